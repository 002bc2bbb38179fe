"""Command line: ``corpuslint [PATH ...]`` and ``corpuslint test-rules [PACK ...]``.

Exit status: 0 no findings at or above ``--fail-on``; 1 findings; 2 usage or
configuration error, or a file that could not be read.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

from corpuslint import __version__
from corpuslint.config import CONFIG_NAMES, Config, load_config
from corpuslint.errors import CorpuslintError, UsageError
from corpuslint.model.findings import Finding, Problem, Severity
from corpuslint.output.explain import explanation, find_rules, rule_table
from corpuslint.output.formats import FORMATS, WRITERS, Report, default_format, summary
from corpuslint.packs.ruleset import build_rules
from corpuslint.printable import shown_path
from corpuslint.run import pipeline
from corpuslint.run.context import CACHE_DIR
from corpuslint.run.executor import default_jobs
from corpuslint.run.gitdiff import is_revision
from corpuslint.run.pipeline import LintRun, Options
from corpuslint.store.atomic import write_atomic
from corpuslint.text.yamlsource import keep_parsed

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = ("info", "warning", "error")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line and exit 2, like every other usage error
        raise UsageError(message)


def _split(values: Sequence[str] | None) -> list[str]:
    return [v.strip() for value in values or () for v in value.split(",") if v.strip()]


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {value!r}")
    return int(value)


def lint_parser(prog: str = "corpuslint", report: bool = False) -> argparse.ArgumentParser:
    """The options of a lint run; ``report``: those ``corpuslint report`` takes."""
    if report:
        p = _Parser(prog=prog, description="A corpus report: findings per rule and file, the "
                    "most frequent loaded words, name groups, date styles, reading grades.")
    else:
        p = _Parser(prog=prog, description="Lint article corpora with YAML rules. Other "
                    "commands: test-rules [PACK ...], report PATH, docs [FILE], init.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories to lint (default: .)"
                        + ("" if report else "; - reads standard input"))
    p.add_argument("--config", metavar="FILE",
                   help=".corpuslint.yaml or pyproject.toml for every file (default: the "
                        "nearest above each file)")
    p.add_argument("--pack", action="append", default=[], metavar="FILE",
                   help="an extra rule pack (repeatable)")
    p.add_argument("--select", action="append", metavar="RULE",
                   help="only these rule ids or families (repeatable, comma-separated)")
    p.add_argument("--ignore", action="append", metavar="RULE",
                   help="skip these rule ids or families (repeatable, comma-separated)")
    if report:
        p.add_argument("--format", choices=("text", "json"), help="tables (default) or JSON")
    else:
        p.add_argument("--format", choices=FORMATS,
                       help="output format (default: text; github when GITHUB_ACTIONS=true)")
        p.add_argument("--min-severity", choices=SEVERITIES, default="info",
                       help="report only findings at or above this severity")
        p.add_argument("--fail-on", choices=SEVERITIES,
                       help="lowest severity that makes the exit status 1 (default: warning)")
        p.add_argument("--list-rules", action="store_true",
                       help="list the rules and whether each is on, and exit")
        p.add_argument("--explain", metavar="RULE",
                       help="describe a rule with its examples and exit")
        p.add_argument("--stdin-filename", metavar="PATH",
                       help="name to report for standard input (its suffix picks Markdown or "
                            "text; its folder, the configuration and corpus)")
        p.add_argument("--fix", action="store_true",
                       help="rewrite fixable findings in place (atomically) and report the rest")
        p.add_argument("--diff", nargs="?", const="", metavar="BASE",
                       help="with BASE (a git revision such as origin/main): lint the files "
                            "changed since BASE and report only findings on added or modified "
                            "lines; without: print what --fix would change as a unified diff, "
                            "writing nothing")
        p.add_argument("--baseline", metavar="FILE",
                       help="report only findings not recorded in this baseline file")
        p.add_argument("--write-baseline", action="store_true",
                       help="record the current findings in the --baseline file and exit 0")
    p.add_argument("-j", "--jobs", type=_positive, default=default_jobs(), metavar="N",
                   help="worker processes (default: all cores; 1 lints in this process)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="run the per-file pass on local processes or on Dask")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="a Dask scheduler address (default: a local Dask cluster)")
    p.add_argument("--no-cache", action="store_true",
                   help="do not read or write the cache")
    p.add_argument("--cache-dir", metavar="DIR",
                   help=f"where to keep the cache (default: {CACHE_DIR} beside the config)")
    if not report:
        p.add_argument("--report-unused-disables", action="store_true",
                       help="report corpuslint disable directives that suppress nothing")
        p.add_argument("--statistics", action="store_true",
                       help="after the findings, print the corpus report (see corpuslint "
                            "report)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the output (auto: on a terminal, unless NO_COLOR is set)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no summary line or notes on stderr")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="show where an internal error happened (also CORPUSLINT_DEBUG=1)")
    p.add_argument("--version", action="version", version=f"corpuslint {__version__}")
    return p


def colour(args, stream) -> bool:
    """Whether to colour what goes to ``stream``: ``--color``, else a terminal without
    ``NO_COLOR`` set (https://no-color.org) and not a dumb one."""
    if args.color != "auto":
        return args.color == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _options(args, preview: bool, base: str | None) -> Options:
    """The run's options from the parsed command line."""
    lint_only = {"min_severity": "info", "fail_on": None, "fix": False, "baseline": None,
                 "write_baseline": False, "report_unused_disables": False, "statistics": True,
                 "stdin_filename": None}  # what ``corpuslint report`` leaves out
    given = {name: getattr(args, name, default) for name, default in lint_only.items()}
    return Options(
        paths=tuple(args.paths), config=args.config, packs=tuple(args.pack),
        select=tuple(_split(args.select)), ignore=tuple(_split(args.ignore)),
        min_severity=Severity.parse(given["min_severity"]),
        fail_on=Severity.parse(given["fail_on"]) if given["fail_on"] else None,
        fix=given["fix"], preview_fixes=preview, changed_since=base,
        baseline=given["baseline"] if not given["write_baseline"] else None,
        report_unused_disables=given["report_unused_disables"], jobs=args.jobs,
        executor=args.executor, scheduler=args.scheduler, cache=not args.no_cache,
        cache_dir=args.cache_dir, reuse_last_run=not given["statistics"],
        measure_scopes=given["statistics"],
        stdin_filename=given["stdin_filename"] or "<stdin>")


def _mode(args) -> tuple[str | None, bool]:
    """The --diff BASE revision (changed-lines mode), and whether --diff previews fixes."""
    if args.diff is None:
        return None, False
    if args.diff == "":
        return None, True
    if os.path.exists(args.diff) and not is_revision(args.diff, Path.cwd()):
        args.paths.insert(0, args.diff)  # "--diff PATH": a path, not a revision
        return None, True
    return args.diff, False


PROGRESS_MIN_FILES = 200


def _progress(args):
    """A progress bar on a terminal for long runs; nothing in CI or when piped."""
    def bar(items, total: int):
        if total < PROGRESS_MIN_FILES or not sys.stderr.isatty() or os.environ.get("CI"):
            return items
        from rich.console import Console
        from rich.progress import track

        return track(items, total=total, description="linting", transient=True,
                     console=Console(file=sys.stderr, no_color=not colour(args, sys.stderr)))

    return bar


def _stream(run: LintRun, statistics, fixing: bool) -> Iterator[Finding]:
    """The run's findings for a writer, printing fixes (or their diff) file by file."""
    for report in run:
        if statistics is not None:
            statistics.add(report.result)
        if report.diff:
            sys.stdout.write(report.diff)
        if fixing and report.fixed:
            count = len(report.fixed)
            sys.stderr.write(f"{shown_path(report.path)}: fixed {count} "
                             f"finding{'s' if count != 1 else ''}\n")
            for f in report.fixed:
                sys.stderr.write(f"  {f.line}:{f.column}: {f.text!r} -> {f.replacement!r} "
                                 f"[{f.rule}]\n")
        yield from report.findings


def run_lint(argv: Sequence[str]) -> int:
    args = lint_parser().parse_args(argv)
    if args.list_rules or args.explain:
        rules = pipeline.rules(_options(args, False, None))
        if args.list_rules:
            sys.stdout.write(rule_table(rules))
        else:
            sys.stdout.write("\n".join(map(explanation, find_rules(rules, args.explain))))
        return EXIT_CLEAN
    if args.write_baseline and not args.baseline:
        raise UsageError("--write-baseline needs --baseline FILE")
    base, preview = _mode(args)
    run = pipeline.lint(_options(args, preview, base), _progress(args))
    if args.write_baseline:
        count = run.write_baseline(Path(args.baseline))
        sys.stderr.write(f"corpuslint: wrote {count} findings to {args.baseline}\n")
        return EXIT_CLEAN
    statistics = None
    if args.statistics:
        from corpuslint.output import corpusstats

        statistics = corpusstats.Tally(run.linters)
    findings = _stream(run, statistics, args.fix)
    if preview:
        for _ in findings:
            pass
        _write_problems(run.problems, args.verbose)
        return EXIT_FINDINGS if run.fixed else EXIT_CLEAN
    output = args.format or default_format(os.environ)
    described = run.rules if output == "sarif" else []
    WRITERS[output](Report(findings, described, run.files, colour(args, sys.stdout)), sys.stdout)
    _write_problems(run.problems, args.verbose)
    if statistics is not None:
        corpusstats.write_tables(statistics.build(), sys.stderr, colour(args, sys.stderr))
    if not args.quiet:
        sys.stderr.writelines(note + "\n" for note in run.notes)
        sys.stderr.write(summary(run.severities, run.with_findings, len(run.files),
                                 run.in_baseline) + "\n")
    if any(p.severity == "error" for p in run.problems):
        return EXIT_ERROR
    return EXIT_FINDINGS if run.failing() else EXIT_CLEAN


def _debugging(argv: Sequence[str] = ()) -> bool:
    """Whether to show tracebacks of internal errors: -v, or CORPUSLINT_DEBUG=1."""
    return os.environ.get("CORPUSLINT_DEBUG", "") not in ("", "0") or \
        any(a in ("-v", "--verbose") for a in argv)


def _write_problems(problems: list[Problem], verbose: bool = False) -> None:
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
        if problem.detail and (verbose or _debugging()):
            sys.stderr.write(problem.detail)


def run_test_rules(argv: Sequence[str]) -> int:
    parser = _Parser(prog="corpuslint test-rules",
                     description="Run every rule's pass and fail examples.")
    parser.add_argument("packs", nargs="*", metavar="PACK",
                        help="rule packs to test (default: the built-in and configured packs)")
    parser.add_argument("--config", metavar="FILE")
    args = parser.parse_args(argv)
    from corpuslint.run.examples import check_examples

    config = load_config(args.config, Path.cwd())
    if args.packs:
        config = Config(root=config.root, builtin=False)
    rules = build_rules(config, args.packs)
    failures = [failure for rule in rules for failure in check_examples(rule)]
    examples = sum(len(r.examples["pass"]) + len(r.examples["fail"]) for r in rules)
    for failure in failures:
        sys.stdout.write(f"{failure}\n")
    sys.stderr.write(f"corpuslint test-rules: {len(rules)} rules, {examples} examples, "
                     f"{len(failures)} failed\n")
    return EXIT_FINDINGS if failures else EXIT_CLEAN


def run_init(argv: Sequence[str]) -> int:
    parser = _Parser(prog="corpuslint init", description="Write a commented .corpuslint.yaml.")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    from corpuslint.packs.starter import STARTER

    target = Path(CONFIG_NAMES[0])
    if target.exists() and not args.force:
        raise UsageError(f"{target} already exists (use --force to overwrite)")
    write_atomic(target, STARTER.encode())
    sys.stderr.write(f"corpuslint: wrote {target}\n")
    return EXIT_CLEAN


def run_docs(argv: Sequence[str]) -> int:
    parser = _Parser(prog="corpuslint docs",
                     description="Write the rules reference generated from the rule packs.")
    parser.add_argument("output", nargs="?", metavar="FILE", help="where to write (default: stdout)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if FILE is not what would be generated")
    args = parser.parse_args(argv)
    from corpuslint.packs.docgen import render

    text = render(build_rules(load_config(None, Path.cwd())))
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_CLEAN
    path = Path(args.output)
    if args.check:
        current = path.read_text("utf-8") if path.is_file() else ""
        if current != text:
            sys.stderr.write(f"{path}: error: out of date; run corpuslint docs {path}\n")
            return EXIT_FINDINGS
        return EXIT_CLEAN
    write_atomic(path, text.encode())
    return EXIT_CLEAN


def run_report(argv: Sequence[str]) -> int:
    """``corpuslint report PATH``: the lint run's options, a corpus report as output."""
    args = lint_parser("corpuslint report", report=True).parse_args(argv)
    run = pipeline.lint(_options(args, False, None), _progress(args))
    from corpuslint.output import corpusstats

    tally = corpusstats.Tally(run.linters)
    for report in run:
        tally.add(report.result)
    if args.format == "json":
        corpusstats.write_json(tally.build(), sys.stdout)
    else:
        corpusstats.write_tables(tally.build(), sys.stdout, colour(args, sys.stdout))
    _write_problems(run.problems, args.verbose)
    return EXIT_CLEAN


def run_lsp(argv: Sequence[str]) -> int:
    """``corpuslint lsp``: the language server, on standard input and output."""
    argparse.ArgumentParser(prog="corpuslint lsp",
                            description="Serve diagnostics to an editor over the Language "
                                        "Server Protocol (stdio).").parse_args(argv)
    try:
        from corpuslint.lsp.server import serve
    except ImportError as exc:
        raise UsageError(f"the language server needs the [lsp] extra ({exc.name} is missing): "
                         "pip install 'corpuslint-news[lsp]'") from None
    return serve()


COMMANDS = {"test-rules": run_test_rules, "init": run_init, "docs": run_docs,
            "report": run_report, "lsp": run_lsp}


def console() -> None:
    """The ``corpuslint`` command: :func:`main`, then exit.  After an interrupt the process
    ends at once: a worker pool's exit handlers, interrupted in turn, would print tracebacks
    (every file written so far is whole: writes are atomic)."""
    code = main()
    if code == 130:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # whatever slips through is escaped, not a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    command = COMMANDS.get(argv[0]) if argv else None
    keep_parsed(None)  # each run keeps parsed YAML in its own cache, once its configuration is read
    try:
        return command(argv[1:]) if command else run_lint(argv)
    except CorpuslintError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("corpuslint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as exc:  # a bug outside any one file: one line, the traceback on request
        sys.stderr.write(f"corpuslint: error: internal error: {type(exc).__name__}: {exc} "
                         "(please report; -v or CORPUSLINT_DEBUG=1 shows where)\n")
        if _debugging(argv):
            traceback.print_exception(exc, file=sys.stderr)
        return EXIT_ERROR
