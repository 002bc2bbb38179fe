"""Command line: ``corpuslint [PATH ...]`` and ``corpuslint test-rules [PACK ...]``.

Exit status: 0 no findings at or above ``--fail-on``; 1 findings; 2 usage or
configuration error, or a file that could not be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpuslint import __version__
from corpuslint.config import Config, load_config
from corpuslint.corpus import CACHE_DIR, context_summaries
from corpuslint.discover import Discovery
from corpuslint.engine import FileResult, Linter
from corpuslint.errors import CorpuslintError, UsageError
from corpuslint.findings import Finding, Problem, Severity
from corpuslint.packs import Rule
from corpuslint.report import FORMATS, WRITERS, Report, summary
from corpuslint.ruleset import build_rules

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = ("info", "warning", "error")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line and exit 2, like every other usage error
        raise UsageError(message)


def _split(values: Sequence[str] | None) -> list[str]:
    return [v.strip() for value in values or () for v in value.split(",") if v.strip()]


def lint_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="corpuslint", description="Lint article corpora with YAML rules. "
                "Other commands: corpuslint test-rules [PACK ...].")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories to lint (default: .); - reads standard input")
    p.add_argument("--config", metavar="FILE", help=".corpuslint.yaml or pyproject.toml to use")
    p.add_argument("--pack", action="append", default=[], metavar="FILE",
                   help="an extra rule pack (repeatable)")
    p.add_argument("--select", action="append", metavar="RULE",
                   help="only these rule ids or families (repeatable, comma-separated)")
    p.add_argument("--ignore", action="append", metavar="RULE",
                   help="skip these rule ids or families (repeatable, comma-separated)")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
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
    p.add_argument("--diff", action="store_true",
                   help="print what --fix would change as a unified diff; write nothing")
    p.add_argument("--no-cache", action="store_true",
                   help="do not read or write the cache of corpus summaries")
    p.add_argument("--cache-dir", metavar="DIR",
                   help=f"where to cache corpus summaries (default: {CACHE_DIR} beside the config)")
    p.add_argument("--report-unused-disables", action="store_true",
                   help="report corpuslint disable directives that suppress nothing")
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
    results: list[FileResult]
    problems: list[Problem]
    paths: dict[str, Path]  # reported path -> file on disk


def _cache_dir(args, config: Config) -> Path | None:
    if args.no_cache:
        return None
    return Path(args.cache_dir) if args.cache_dir else config.root / CACHE_DIR


def _run(args, config: Config, linter: Linter) -> Run:
    """Lint the files asked for, judged against the rest of the corpus."""
    if args.paths == ["-"]:
        if args.fix or args.diff:
            raise UsageError("--fix and --diff need files, not standard input")
        name = args.stdin_filename or "<stdin>"
        return Run([linter.lint_bytes(name, sys.stdin.buffer.read())], [], {})
    if "-" in args.paths:
        raise UsageError("- (standard input) cannot be combined with other paths")
    discovery = Discovery(config, Path.cwd())
    targets = list(discovery.targets(args.paths or ["."]))
    linted = {t.path.resolve() for t in targets}
    context = context_summaries(linter, config, linted, _cache_dir(args, config))
    results = linter.lint_files(targets, context)
    return Run(results, discovery.problems, {t.display: t.path for t in targets})


def _fix(run: Run, findings: list[Finding], write: bool) -> tuple[list[Finding], list[Problem]]:
    """Apply (or, for --diff, print) fixes; returns the findings left and fix problems."""
    from corpuslint import fixer

    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.replacement is not None and finding.path in run.paths:
            by_path.setdefault(finding.path, []).append(finding)
    fixed, problems = set(), []
    for display, items in by_path.items():
        try:
            plan = fixer.plan(run.paths[display], display, items)
            if write:
                fixer.write(plan)
        except (OSError, ValueError) as exc:
            problems.append(Problem(display, f"not fixed: {exc}"))
            continue
        for f in plan.overlapping:
            problems.append(Problem(display, f"overlapping fixes not applied ({f.rule})",
                                    f.line, "warning"))
        fixed.update(id(f) for f in plan.applied)
        if write and plan.applied:
            sys.stderr.write(f"{display}: fixed {len(plan.applied)} "
                             f"finding{'s' if len(plan.applied) != 1 else ''}\n")
            for f in plan.applied:
                sys.stderr.write(f"  {f.line}:{f.column}: {f.text!r} -> {f.replacement!r} "
                                 f"[{f.rule}]\n")
        elif not write:
            sys.stdout.write(plan.diff())
    return [f for f in findings if id(f) not in fixed], problems


def run_lint(argv: Sequence[str]) -> int:
    args = lint_parser().parse_args(argv)
    config = load_config(args.config, Path.cwd())
    rules = build_rules(config, args.pack, _split(args.select), _split(args.ignore))
    if args.list_rules:
        list_rules(rules, sys.stdout)
        return EXIT_CLEAN
    if args.explain:
        explain(rules, args.explain, sys.stdout)
        return EXIT_CLEAN
    run = _run(args, config, Linter(rules, args.report_unused_disables))
    floor = Severity.parse(args.min_severity)
    findings = sorted(f for r in run.results for f in r.findings if f.severity >= floor)
    problems = [p for r in run.results for p in r.problems] + run.problems
    if args.fix or args.diff:
        remaining, fix_problems = _fix(run, findings, write=not args.diff)
        problems += fix_problems
        if args.diff:
            changes = len(findings) - len(remaining)
            return EXIT_FINDINGS if changes else EXIT_CLEAN
        findings = remaining
    WRITERS[args.format](Report(findings, rules, [r.path for r in run.results]), sys.stdout)
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
    if not args.quiet:
        sys.stderr.write(summary(findings, len(run.results)) + "\n")
    fail_on = Severity.parse(args.fail_on) if args.fail_on else config.fail_on
    if any(p.severity == "error" for p in problems):
        return EXIT_ERROR
    return EXIT_FINDINGS if any(f.severity >= fail_on for f in findings) else EXIT_CLEAN


def run_test_rules(argv: Sequence[str]) -> int:
    parser = _Parser(prog="corpuslint test-rules",
                     description="Run every rule's pass and fail examples.")
    parser.add_argument("packs", nargs="*", metavar="PACK",
                        help="rule packs to test (default: the built-in and configured packs)")
    parser.add_argument("--config", metavar="FILE")
    args = parser.parse_args(argv)
    from corpuslint.selftest import check_examples

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


COMMANDS = {"test-rules": run_test_rules}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(argv[0]) if argv else None
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
