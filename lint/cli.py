"""Command line: ``corpuslint [PATH ...]`` and ``corpuslint test-rules [PACK ...]``.

Exit status: 0 no findings at or above ``--fail-on``; 1 findings; 2 usage or
configuration error, or a file that could not be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint import __version__
from corpuslint.config import CONFIG_NAMES, Config, load_config
from corpuslint.errors import CorpuslintError, UsageError
from corpuslint.model.findings import FileResult, Finding, Problem, Severity, Summaries
from corpuslint.output.formats import FORMATS, WRITERS, Report, default_format, summary
from corpuslint.packs.loader import Rule
from corpuslint.packs.ruleset import build_rules, pack_paths
from corpuslint.run import baseline
from corpuslint.run.context import CACHE_DIR, context_files, context_summaries
from corpuslint.run.discover import Discovery, Target
from corpuslint.run.executor import LinterSpec, default_jobs, first_passes
from corpuslint.run.gitdiff import Changes, changes_since, is_revision
from corpuslint.run.parking import Spill
from corpuslint.store.atomic import write_atomic
from corpuslint.store.jsonfiles import file_digest
from corpuslint.store.lastrun import RunMemo, run_key
from corpuslint.store.results import ResultCache
from corpuslint.text.decoding import DecodeError, decode
from corpuslint.text.yamlsource import PARSED

if TYPE_CHECKING:
    from corpuslint.run.engine import Linter

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


def lint_parser(prog: str = "corpuslint") -> argparse.ArgumentParser:
    p = _Parser(prog=prog, description="Lint article corpora with YAML rules. Other commands: "
                "test-rules [PACK ...], report PATH, docs [FILE], init.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories to lint (default: .); - reads standard input")
    p.add_argument("--config", metavar="FILE", help=".corpuslint.yaml or pyproject.toml to use")
    p.add_argument("--pack", action="append", default=[], metavar="FILE",
                   help="an extra rule pack (repeatable)")
    p.add_argument("--select", action="append", metavar="RULE",
                   help="only these rule ids or families (repeatable, comma-separated)")
    p.add_argument("--ignore", action="append", metavar="RULE",
                   help="skip these rule ids or families (repeatable, comma-separated)")
    p.add_argument("--format", choices=FORMATS,
                   help="output format (default: text; github when GITHUB_ACTIONS=true)")
    p.add_argument("--min-severity", choices=SEVERITIES, default="info",
                   help="report only findings at or above this severity")
    p.add_argument("--fail-on", choices=SEVERITIES,
                   help="lowest severity that makes the exit status 1 (default: warning)")
    p.add_argument("--list-rules", action="store_true", help="list the active rules and exit")
    p.add_argument("--explain", metavar="RULE", help="describe a rule with its examples and exit")
    p.add_argument("--stdin-filename", metavar="PATH",
                   help="name to report for standard input (its suffix picks Markdown or text)")
    p.add_argument("--fix", action="store_true",
                   help="rewrite fixable findings in place (atomically) and report the rest")
    p.add_argument("--diff", nargs="?", const="", metavar="BASE",
                   help="with BASE (a git revision such as origin/main): lint the files changed "
                        "since BASE and report only findings on added or modified lines; "
                        "without: print what --fix would change as a unified diff, writing nothing")
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
    p.add_argument("--report-unused-disables", action="store_true",
                   help="report corpuslint disable directives that suppress nothing")
    p.add_argument("--statistics", action="store_true",
                   help="after the findings, print the corpus report (see corpuslint report)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    p.add_argument("--version", action="version", version=f"corpuslint {__version__}")
    return p


def list_rules(rules: list[Rule], out) -> None:
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        first = rule.description.splitlines()[0] if rule.description else ""
        state = "" if rule.enabled else " (off)"
        out.write(f"{rule.id:<{width}}  {rule.kind:<8} {rule.severity!s:<7}  {first}{state}\n")


def explain(rules: list[Rule], rule_id: str, out) -> None:
    rule = next((r for r in rules if r.id == rule_id), None)
    if rule is None:
        raise UsageError(f'unknown rule "{rule_id}" (see --list-rules)')
    out.write(f"{rule.id} ({rule.kind}, {rule.severity}) from {rule.source}:{rule.line}\n\n")
    out.write((rule.description or "(no description)") + "\n\n")
    out.write(f"message: {rule.message}\n")
    for name, value in rule.options.items():
        if name != "entries":
            out.write(f"option {name}: {value!r}\n")
    if "entries" in rule.options:
        out.write(f"entries: {len(rule.options['entries'])}\n")
    for expect, label in (("fail", "flagged"), ("pass", "not flagged")):
        for text in rule.examples.get(expect, []):
            out.write(f"\n  {label}: {text}")
    out.write("\n")


@dataclass
class Run:
    results: Iterable[FileResult]  # judged, in path order; a stream, read once
    problems: list[Problem]
    paths: dict[str, Path]  # reported path -> file on disk
    linter: Linter | None = None  # None when the stored last run answers


def _cache_dir(args, config: Config) -> Path | None:
    if args.no_cache:
        return None
    return Path(args.cache_dir).absolute() if args.cache_dir else config.root / CACHE_DIR


def _changed_targets(discovery: Discovery, changes: Changes, paths: list[str]) -> list[str]:
    """Changed files to lint (limited to ``paths`` when any are given)."""
    limits = [Path(p).resolve() for p in paths]
    chosen = []
    for rel in sorted(changes.lines):
        path = changes.top / rel
        if not path.is_file() or not discovery.included(path.name):
            continue
        if limits and not any(path == lim or lim in path.parents for lim in limits):
            continue
        chosen.append(os.path.relpath(path))
    return chosen


PROGRESS_MIN_FILES = 200


def _with_progress(items, total: int):
    """A progress bar on a terminal for long runs; nothing in CI or when piped."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty() or os.environ.get("CI"):
        return items
    from rich.console import Console
    from rich.progress import track

    return track(items, total=total, description="linting", transient=True,
                 console=Console(file=sys.stderr))


def _spec(args) -> LinterSpec:
    return LinterSpec(str(Path.cwd()), args.config, tuple(args.pack), tuple(_split(args.select)),
                      tuple(_split(args.ignore)), args.report_unused_disables)


def _linter(args, config: Config) -> Linter:
    """The rules of this run, built and validated (not needed when a stored run answers)."""
    from corpuslint.run.engine import Linter

    spec = _spec(args)
    return Linter(build_rules(config, spec.packs, spec.select, spec.ignore),
                  args.report_unused_disables)


def _run(args, config: Config, changes: Changes | None, remember: bool = True) -> Run:
    """Lint the files asked for, judged against the rest of the corpus (``remember``:
    answer from, or store, the judged results of an unchanged corpus)."""
    if args.paths == ["-"]:
        if args.fix or args.diff is not None or args.baseline:
            raise UsageError("--fix, --diff and --baseline need files, not standard input")
        name = args.stdin_filename or "<stdin>"
        linter = _linter(args, config)
        return Run([linter.lint_bytes(name, sys.stdin.buffer.read())], [], {}, linter)
    if "-" in args.paths:
        raise UsageError("- (standard input) cannot be combined with other paths")
    discovery = Discovery(config, Path.cwd())
    wanted = _changed_targets(discovery, changes, args.paths) if changes else args.paths or ["."]
    # each file once, however it was named, in path order: results stream out sorted
    unique: dict[Path, Target] = {}
    for target in discovery.targets(wanted):
        unique.setdefault(target.real, target)
    targets = sorted(unique.values(), key=lambda t: t.display)
    linted = {t.real for t in targets}
    root = config.root if config.source else changes.top if changes else None
    cache_dir = _cache_dir(args, config)
    paths = {t.display: t.path for t in targets}
    memo = _memo(args, config, targets, root, linted, cache_dir) if remember else None
    results = memo.results() if memo else None
    linter = None
    if results is None:
        linter = _linter(args, config)
        cache = ResultCache(cache_dir, linter.rules)
        context = context_summaries(linter, config, root, linted, cache_dir)
        passes = first_passes(targets, _spec(args), linter, cache, args.jobs,
                              args.executor, args.scheduler, config.max_file_mb * 1e6)
        results = _second_pass(linter, _with_progress(passes, len(targets)), context)
        if memo:
            data_files = [path for rule in linter.rules for path in rule.data_files()]
            results = memo.record(results, len(targets), data_files)
    if changes:
        results = _on_changed_lines(results, changes, paths)
    return Run(results, discovery.problems, paths, linter)


def _memo(args, config: Config, targets: list, root: Path | None, linted: set[Path],
          cache_dir: Path | None) -> RunMemo | None:
    """Where this run's judged results are (or will be) stored, if every file is there.

    Keyed before any rule is built: by the rules' sources (options, configuration and
    pack files by content) and by every file's path, size and modification time.
    """
    if cache_dir is None:
        return None
    spec = _spec(args)
    source = Path(config.source) if config.source else None
    parts = [__version__, spec, config.max_file_mb, root, source,
             file_digest(source) if source else "",
             [(path, file_digest(path)) for path in pack_paths(config, spec.packs)]]
    key = run_key(parts, targets, context_files(config, root, linted))
    return RunMemo(cache_dir, key) if key else None


def _second_pass(linter: Linter, passes: Iterable[FileResult],
                 context: Iterable[Summaries]) -> Iterator[FileResult]:
    """Fold every summary while parking the results, then judge them one by one."""
    spill = Spill()

    def parked() -> Iterator[Summaries]:
        for result in passes:
            spill.write(result)
            yield result.summaries

    linter.reduce(chain(parked(), context))
    for result in spill:
        linter.judge_file(result)
        yield result


def _on_changed_lines(results: Iterable[FileResult], changes: Changes,
                      paths: dict[str, Path]) -> Iterator[FileResult]:
    """Results keeping only the findings on lines added or changed since the base."""
    for result in results:
        result.findings = [f for f in result.findings
                           if changes.touches(paths[result.path], f.line)]
        yield result


def _line_text(run: Run):
    """A function giving the text of a finding's line (for baselines); files come one at
    a time, so only the latest file's lines are kept."""
    cache: dict[str, list[str]] = {}

    def line_text(finding: Finding) -> str:
        if finding.path not in cache:
            cache.clear()
            try:
                cache[finding.path] = decode(run.paths[finding.path].read_bytes()).text.splitlines()
            except (KeyError, OSError, DecodeError):
                cache[finding.path] = []
        lines = cache[finding.path]
        return lines[finding.line - 1] if finding.line <= len(lines) else ""

    return line_text


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


def _fix(result: FileResult, path: Path, findings: list[Finding],
         write: bool) -> tuple[list[Finding], list[Problem]]:
    """Apply (or, for --diff, print) one file's fixes; returns the findings left and
    problems met while fixing."""
    from corpuslint.run import fixer

    fixable = [f for f in findings if f.replacement is not None]
    if not fixable:
        return findings, []
    display = result.path
    try:
        plan = fixer.plan(path, display, fixable, result.digest)
        if write:
            fixer.write(plan)
    except (OSError, ValueError) as exc:
        return findings, [Problem(display, f"not fixed: {exc}")]
    problems = [Problem(display, f"overlapping fixes not applied ({f.rule})", f.line, "warning")
                for f in plan.overlapping]
    if write and plan.applied:
        sys.stderr.write(f"{display}: fixed {len(plan.applied)} "
                         f"finding{'s' if len(plan.applied) != 1 else ''}\n")
        for f in plan.applied:
            sys.stderr.write(f"  {f.line}:{f.column}: {f.text!r} -> {f.replacement!r} "
                             f"[{f.rule}]\n")
    elif not write:
        sys.stdout.write(plan.diff())
    fixed = {id(f) for f in plan.applied}
    return [f for f in findings if id(f) not in fixed], problems


@dataclass
class _Outcome:
    """What the findings stream leaves behind: files, problems and counts for the exit."""

    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    severities: Counter = field(default_factory=Counter)
    with_findings: int = 0
    fixed: int = 0


def _findings(args, run: Run, outcome: _Outcome, statistics,
              preview: bool) -> Iterator[Finding]:
    """The findings to report, file by file, after severity, baseline and fixes."""
    floor = Severity.parse(args.min_severity)
    line_text = _line_text(run)
    remaining = baseline.load(Path(args.baseline)) if args.baseline and \
        not args.write_baseline else None
    for result in run.results:
        outcome.files.append(result.path)
        outcome.problems += result.problems
        if statistics is not None:
            statistics.add(result)
        findings = [f for f in result.findings if f.severity >= floor]
        if remaining is not None:
            findings = baseline.new_findings(findings, remaining, line_text)
        if (args.fix or preview) and result.path in run.paths:
            before = len(findings)
            findings, problems = _fix(result, run.paths[result.path], findings, not preview)
            outcome.problems += problems
            outcome.fixed += before - len(findings)
        outcome.severities.update(f.severity for f in findings)
        outcome.with_findings += bool(findings)
        yield from findings


def run_lint(argv: Sequence[str]) -> int:
    args = lint_parser().parse_args(argv)
    config = load_config(args.config, Path.cwd())
    PARSED.directory = _cache_dir(args, config)
    if args.list_rules or args.explain:
        rules = _linter(args, config).rules
        if args.list_rules:
            list_rules(rules, sys.stdout)
        else:
            explain(rules, args.explain, sys.stdout)
        return EXIT_CLEAN
    if args.write_baseline and not args.baseline:
        raise UsageError("--write-baseline needs --baseline FILE")
    base, preview = _mode(args)
    changes = changes_since(base, Path.cwd()) if base else None
    run = _run(args, config, changes, remember=not args.statistics)
    statistics = None
    if args.statistics:
        from corpuslint.output import corpusstats

        statistics = corpusstats.Tally()
    outcome = _Outcome()
    findings = _findings(args, run, outcome, statistics, preview)
    if args.write_baseline:
        count = baseline.write(Path(args.baseline), findings, _line_text(run))
        sys.stderr.write(f"corpuslint: wrote {count} findings to {args.baseline}\n")
        return EXIT_CLEAN
    if preview:
        for _ in findings:
            pass
        _write_problems(outcome.problems + run.problems)
        return EXIT_FINDINGS if outcome.fixed else EXIT_CLEAN
    output = args.format or default_format(os.environ)
    described = (run.linter or _linter(args, config)).rules if output == "sarif" else []
    WRITERS[output](Report(findings, described, outcome.files), sys.stdout)
    problems = outcome.problems + run.problems
    _write_problems(problems)
    if statistics is not None:
        corpusstats.write_tables(statistics.build(run.linter), sys.stderr)
    if not args.quiet:
        sys.stderr.write(summary(outcome.severities, outcome.with_findings,
                                 len(outcome.files)) + "\n")
    fail_on = Severity.parse(args.fail_on) if args.fail_on else config.fail_on
    if any(p.severity == "error" for p in problems):
        return EXIT_ERROR
    failing = sum(n for severity, n in outcome.severities.items() if severity >= fail_on)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _write_problems(problems: list[Problem]) -> None:
    for problem in problems:
        sys.stderr.write(f"{problem}\n")


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
    args = lint_parser("corpuslint report").parse_args(argv)
    if args.format not in (None, "text", "json"):
        raise UsageError("report --format must be text or json")
    if args.fix or args.diff is not None or args.baseline or args.write_baseline:
        raise UsageError("report takes no --fix, --diff, --baseline or --write-baseline")
    config = load_config(args.config, Path.cwd())
    PARSED.directory = _cache_dir(args, config)
    run = _run(args, config, None, remember=False)
    from corpuslint.output import corpusstats

    problems: list[Problem] = []
    tally = corpusstats.Tally()
    for result in run.results:
        tally.add(result)
        problems += result.problems
    data = tally.build(run.linter)
    if args.format == "json":
        corpusstats.write_json(data, sys.stdout)
    else:
        corpusstats.write_tables(data, sys.stdout)
    _write_problems(problems + run.problems)
    return EXIT_CLEAN


COMMANDS = {"test-rules": run_test_rules, "init": run_init, "docs": run_docs,
            "report": run_report}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(argv[0]) if argv else None
    PARSED.directory = None  # each command sets its own, once its configuration is read
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
