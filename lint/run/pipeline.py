"""The lint run as a library: options in, each file's report out.

The command line, ``corpuslint report`` and scripts all lint through :func:`lint`::

    from corpuslint import Options, lint

    run = lint(Options(paths=("seeds/",)))
    for report in run:                      # one FileReport per file, in path order
        for finding in report.findings:
            print(finding.path, finding.line, finding.column, finding.rule, finding.message)
    print(run.problems)                     # files that could not be read, and the like

A run discovers the files, answers from the stored last run when nothing changed, or
lints each file (first pass, cached by content), folds every file's summary into the
corpus-wide state, then judges, suppresses, filters and fixes file by file as the
reports are read.  Iterate a run once.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint import __version__
from corpuslint.config import Config, load_config
from corpuslint.errors import UsageError
from corpuslint.model.findings import FileResult, Finding, Problem, Severity, Summaries
from corpuslint.model.rule import Rule
from corpuslint.packs.ruleset import RuleSet, build_rules, pack_paths
from corpuslint.run import baseline
from corpuslint.run.context import CACHE_DIR, context_files, context_summaries
from corpuslint.run.discover import Discovery, Target
from corpuslint.run.executor import LinterSpec, first_passes, too_large
from corpuslint.run.gitdiff import Changes, changes_since
from corpuslint.run.parking import Parking
from corpuslint.store.jsonfiles import file_digest
from corpuslint.store.lastrun import LastRun, run_key
from corpuslint.store.parsedyaml import ParsedYaml
from corpuslint.store.results import ResultCache
from corpuslint.store.sweep import sweep
from corpuslint.text.decoding import DecodeError, decode
from corpuslint.text.yamlsource import keep_parsed

if TYPE_CHECKING:
    from corpuslint.run.engine import Linter

Progress = Callable[[Iterable[FileResult], int], Iterable[FileResult]]


@dataclass(frozen=True)
class Options:
    """What to lint and how: the command line's options as data.

    ``paths`` are files and directories (none: the working directory ``cwd``, by default
    the process's).  ``fix`` rewrites fixable findings in place; ``preview_fixes`` computes
    the same fixes as a unified diff and writes nothing.  ``changed_since`` is a git
    revision: lint the files changed since it and report only findings on added or
    modified lines.  ``stdin`` lints these bytes as one file reported as
    ``stdin_filename`` (``paths=("-",)`` reads standard input).  ``jobs`` worker processes
    lint in parallel (``executor="dask"``: on Dask, at ``scheduler`` if given).
    ``reuse_last_run`` lets an unchanged corpus be answered from the stored results of the
    last run, without building a rule.
    """

    paths: tuple[str, ...] = ()
    config: str | None = None
    packs: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_severity: Severity = Severity.INFO
    fix: bool = False
    preview_fixes: bool = False
    changed_since: str | None = None
    baseline: str | None = None
    report_unused_disables: bool = False
    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None
    cache: bool = True
    cache_dir: str | None = None
    reuse_last_run: bool = True
    cwd: str | None = None
    stdin: bytes | None = None
    stdin_filename: str = "<stdin>"

    def spec(self, cwd: Path) -> LinterSpec:
        """What a worker needs to build the same rules."""
        return LinterSpec(str(cwd), self.config, tuple(self.packs), tuple(self.select),
                          tuple(self.ignore), self.report_unused_disables)


@dataclass
class FileReport:
    """One file's outcome: what to report and what was (or would be) fixed.

    ``findings`` are those at or above ``min_severity``, not in the baseline and not fixed;
    ``fixed`` the findings fixed (or previewed); ``diff`` the preview's unified diff;
    ``result`` everything the rules found, with the file's metrics.
    """

    path: str
    findings: list[Finding]
    problems: list[Problem]
    result: FileResult
    fixed: list[Finding] = field(default_factory=list)
    diff: str = ""


def load(options: Options) -> tuple[Config, Path]:
    """The configuration a run uses, and its working directory."""
    cwd = Path(options.cwd).absolute() if options.cwd else Path.cwd()
    return load_config(options.config, cwd), cwd


def cache_dir(options: Options, config: Config, cwd: Path) -> Path | None:
    """Where the run keeps its cache (None: no cache)."""
    if not options.cache:
        return None
    return (cwd / options.cache_dir).absolute() if options.cache_dir else config.root / CACHE_DIR


def rules(options: Options) -> RuleSet:
    """The rules a run with ``options`` uses, validated."""
    config, cwd = load(options)
    keep_parsed(_parsed_store(options, config, cwd))
    return build_rules(config, options.packs, options.select, options.ignore)


def _parsed_store(options: Options, config: Config, cwd: Path) -> ParsedYaml | None:
    directory = cache_dir(options, config, cwd)
    return ParsedYaml(directory) if directory else None


def lint(options: Options, progress: Progress | None = None) -> LintRun:
    """Start a lint run; reading its reports does the work (see the module's example).

    ``progress(items, total)`` may wrap the stream of files as they are linted (a
    progress bar); it must yield every item, in order.
    """
    return LintRun(options, progress)


class LintRun:
    """One run: iterate it once for the :class:`FileReport` of each file, in path order.

    Counts for a summary (``files``, ``severities``, ``with_findings``, ``fixed``) and
    ``problems`` are complete once the reports have been read.
    """

    def __init__(self, options: Options, progress: Progress | None = None) -> None:
        reads_stdin = options.stdin is not None or tuple(options.paths) == ("-",)
        if reads_stdin and (options.fix or options.preview_fixes or options.baseline):
            raise UsageError("--fix, --diff and --baseline need files, not standard input")
        if not reads_stdin and "-" in options.paths:
            raise UsageError("- (standard input) cannot be combined with other paths")
        self.options = options
        self.config, self.cwd = load(options)
        self.cache_dir = cache_dir(options, self.config, self.cwd)
        keep_parsed(ParsedYaml(self.cache_dir) if self.cache_dir else None)
        if self.cache_dir is not None and self.cache_dir.is_dir():
            sweep(self.cache_dir)
        self._linter: Linter | None = None  # not built while the stored last run answers
        self.paths: dict[str, Path] = {}  # reported path -> file on disk
        self.files: list[str] = []
        self.severities: Counter = Counter()
        self.with_findings = 0
        self.fixed = 0
        self._file_problems: list[Problem] = []
        self._discovery_problems: list[Problem] = []
        self._progress = progress
        self._results = self._start()

    @property
    def problems(self) -> list[Problem]:
        """Files that could not be read or fixed, what discovery met, then failures of the
        corpus-wide fold."""
        fold = self._linter.problems if self._linter is not None else []
        return self._file_problems + self._discovery_problems + fold

    @property
    def linter(self) -> Linter:
        """The run's rules, ready to lint (built now if the stored last run answered)."""
        if self._linter is None:
            from corpuslint.run.engine import Linter  # not needed when the stored run answers

            ruleset = build_rules(self.config, self.options.packs, self.options.select,
                                  self.options.ignore)
            self._linter = Linter(ruleset, self.options.report_unused_disables)
        return self._linter

    @property
    def rules(self) -> list[Rule]:
        """The rules of the run that are on."""
        return self.linter.rules

    # --- the first pass, or the stored run --------------------------------------------
    def _start(self) -> Iterable[FileResult]:
        options = self.options
        if options.stdin is not None or tuple(options.paths) == ("-",):
            limit = int(self.config.max_file_mb * 1e6)
            data = options.stdin if options.stdin is not None else \
                sys.stdin.buffer.read(limit + 1)
            if len(data) > limit:
                name = options.stdin_filename
                return [FileResult(name, problems=[Problem(name, too_large(len(data), limit))])]
            return [self.linter.lint_bytes(options.stdin_filename, data)]
        changes = changes_since(options.changed_since, self.cwd) if options.changed_since \
            else None
        discovery = Discovery(self.config, self.cwd)
        wanted = _changed_targets(discovery, changes, list(options.paths), self.cwd) \
            if changes else list(options.paths) or ["."]
        # each file once, however it was named, in path order: results stream out sorted
        unique: dict[Path, Target] = {}
        for target in discovery.targets(wanted):
            unique.setdefault(target.real, target)
        self._discovery_problems = discovery.problems
        targets = sorted(unique.values(), key=lambda t: t.display)
        linted = {t.real for t in targets}
        root = self.config.root if self.config.source else changes.top if changes else None
        self.paths = {t.display: t.path for t in targets}
        last = self._last_run(targets, root, linted) if options.reuse_last_run else None
        results = last.results() if last else None
        if results is None:
            cache = ResultCache(self.cache_dir, self.linter.rules)
            context = context_summaries(self.linter, self.config, root, linted, self.cache_dir)
            passes = first_passes(targets, options.spec(self.cwd), self.linter, cache,
                                  options.jobs, options.executor, options.scheduler,
                                  self.config.max_file_mb * 1e6)
            if self._progress is not None:
                passes = self._progress(passes, len(targets))
            results = _second_pass(self.linter, passes, context)
            if last:
                data_files = [path for rule in self.linter.rules for path in rule.data_files]
                results = last.record(results, len(targets), data_files,
                                      intact=lambda: not self.linter.problems)
        if changes:
            results = _on_changed_lines(results, changes, self.paths)
        return results

    def _last_run(self, targets: list[Target], root: Path | None,
              linted: set[Path]) -> LastRun | None:
        """Where this run's judged results are (or will be) stored, if every file is there.

        Keyed before any rule is built: by the rules' sources (options, configuration and
        pack files by content) and by every file's path, size and modification time.
        """
        if self.cache_dir is None:
            return None
        spec, config = self.options.spec(self.cwd), self.config
        source = Path(config.source) if config.source else None
        parts = [__version__, spec, config.max_file_mb, root, source,
                 file_digest(source) if source else "",
                 [(path, file_digest(path)) for path in pack_paths(config, spec.packs)]]
        key = run_key(parts, targets, context_files(config, root, linted))
        return LastRun(self.cache_dir, key) if key else None

    # --- the reports ------------------------------------------------------------------
    def __iter__(self) -> Iterator[FileReport]:
        options = self.options
        floor = options.min_severity
        line_text = self._line_text()
        remaining = baseline.load(Path(options.baseline)) if options.baseline else None
        for result in self._results:
            self.files.append(result.path)
            self._file_problems += result.problems
            report = FileReport(result.path, [f for f in result.findings if f.severity >= floor],
                                list(result.problems), result)
            if remaining is not None:
                report.findings = baseline.new_findings(report.findings, remaining, line_text)
            if (options.fix or options.preview_fixes) and result.path in self.paths:
                self._fix(report, self.paths[result.path])
            self.severities.update(f.severity for f in report.findings)
            self.with_findings += bool(report.findings)
            yield report

    def findings(self) -> Iterator[Finding]:
        """Every finding to report, file by file (reads the run)."""
        for report in self:
            yield from report.findings

    def failing(self, fail_on: Severity | None = None) -> int:
        """Findings read so far at or above ``fail_on`` (default: the configuration's)."""
        floor = self.config.fail_on if fail_on is None else fail_on
        return sum(n for severity, n in self.severities.items() if severity >= floor)

    def write_baseline(self, path: Path) -> int:
        """Record every finding of the run in the baseline file ``path``; returns how many."""
        return baseline.write(path, self.findings(), self._line_text())

    def _fix(self, report: FileReport, path: Path) -> None:
        """Apply (or preview) one file's fixes, moving the fixed findings to ``report.fixed``."""
        from corpuslint.run import fixer

        fixable = [f for f in report.findings if f.replacement is not None]
        if not fixable:
            return
        try:
            plan = fixer.plan(path, report.path, fixable, report.result.digest)
            if self.options.fix:
                fixer.write(plan)
        except (OSError, ValueError) as exc:
            problem = Problem(report.path, f"not fixed: {exc}")
            report.problems.append(problem)
            self._file_problems.append(problem)
            return
        overlapping = [Problem(report.path, f"overlapping fixes not applied ({f.rule})", f.line,
                               "warning") for f in plan.overlapping]
        report.problems += overlapping
        self._file_problems += overlapping
        if not self.options.fix:
            report.diff = plan.diff()
        fixed = {id(f) for f in plan.applied}
        report.fixed = [f for f in report.findings if id(f) in fixed]
        report.findings = [f for f in report.findings if id(f) not in fixed]
        self.fixed += len(report.fixed)

    def _line_text(self):
        """A function giving the text of a finding's line (for baselines); files come one at
        a time, so only the latest file's lines are kept."""
        cache: dict[str, list[str]] = {}

        def line_text(finding: Finding) -> str:
            if finding.path not in cache:
                cache.clear()
                try:
                    data = self.paths[finding.path].read_bytes()
                    cache[finding.path] = decode(data).text.splitlines()
                except (KeyError, OSError, DecodeError):
                    cache[finding.path] = []
            lines = cache[finding.path]
            return lines[finding.line - 1] if finding.line <= len(lines) else ""

        return line_text


def _changed_targets(discovery: Discovery, changes: Changes, paths: list[str],
                     cwd: Path) -> list[str]:
    """Changed files to lint (limited to ``paths`` when any are given)."""
    limits = [(cwd / p).resolve() for p in paths]
    chosen = []
    for rel in sorted(changes.lines):
        path = changes.top / rel
        if not path.is_file() or not discovery.included(path.name):
            continue
        if limits and not any(path == lim or lim in path.parents for lim in limits):
            continue
        chosen.append(os.path.relpath(path, cwd))
    return chosen


def _second_pass(linter: Linter, passes: Iterable[FileResult],
                 context: Iterable[Summaries]) -> Iterator[FileResult]:
    """Fold every summary while parking the results, then judge them one by one."""
    parking = Parking()

    def parked() -> Iterator[Summaries]:
        for result in passes:
            parking.write(result)
            yield result.summaries

    linter.reduce(chain(parked(), context))
    for result in parking:
        linter.judge_file(result)
        yield result


def _on_changed_lines(results: Iterable[FileResult], changes: Changes,
                      paths: dict[str, Path]) -> Iterator[FileResult]:
    """Results keeping only the findings on lines added or changed since the base."""
    for result in results:
        result.findings = [f for f in result.findings
                           if changes.touches(paths[result.path], f.line)]
        yield result
