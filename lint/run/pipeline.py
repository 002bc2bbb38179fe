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

import heapq
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint import __version__
from corpuslint.config import Config, Configurations
from corpuslint.errors import UsageError
from corpuslint.kinds import corpus_wide
from corpuslint.model.findings import FileResult, Finding, Problem, Severity, Summaries
from corpuslint.model.rule import Rule
from corpuslint.packs.loader import collect_rules
from corpuslint.packs.ruleset import RuleSet, build_rules, load_packs, pack_paths, select
from corpuslint.run import baseline
from corpuslint.run.context import CACHE_DIR, Context
from corpuslint.run.discover import Discovery, Target
from corpuslint.run.executor import LinterSpec, first_passes
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
    the process's).  ``fail_on`` is the least severity :meth:`LintRun.failing` counts
    (default: each file's configuration's ``fail_on``).  ``fix`` rewrites fixable findings in place; ``preview_fixes`` computes
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
    fail_on: Severity | None = None
    fix: bool = False
    preview_fixes: bool = False
    changed_since: str | None = None
    baseline: str | None = None
    report_unused_disables: bool = False
    measure_scopes: bool = False  # record each scope's share of each file (the corpus report)
    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None
    cache: bool = True
    cache_dir: str | None = None
    reuse_last_run: bool = True
    cwd: str | None = None
    stdin: bytes | None = None
    stdin_filename: str = "<stdin>"


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


def working_directory(options: Options) -> Path:
    return Path(options.cwd).absolute() if options.cwd else Path.cwd()


def cache_dir(options: Options, config: Config, cwd: Path) -> Path | None:
    """Where a run keeps the cache of the files ``config`` governs (None: no cache)."""
    if not options.cache:
        return None
    return (cwd / options.cache_dir).absolute() if options.cache_dir else config.root / CACHE_DIR


def rules(options: Options) -> RuleSet:
    """The rules of the configuration that applies in the working directory, validated."""
    cwd = working_directory(options)
    config = Configurations(cwd, options.config).of(cwd.resolve())
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


class Part:
    """The files one configuration governs, linted and judged against one corpus: the
    configuration's folder, else the git work tree holding them, else the files alone."""

    def __init__(self, run: LintRun, config: Config, targets: list[Target]) -> None:
        self.run, self.config, self.targets = run, config, targets
        self.root = config.corpus_root
        self.cache_dir = cache_dir(run.options, config, run.cwd)
        self._linter: Linter | None = None  # not built while the stored last run answers

    @property
    def spec(self) -> LinterSpec:
        """What a worker needs to build the same rules."""
        options, config = self.run.options, self.config
        return LinterSpec(str(self.run.cwd), str(config.path) if config.path else None,
                          str(config.root), tuple(options.packs), tuple(options.select),
                          tuple(options.ignore), options.report_unused_disables,
                          options.measure_scopes)

    @property
    def linter(self) -> Linter:
        """The part's rules, ready to lint (built when first needed)."""
        if self._linter is None:
            from corpuslint.run.engine import Linter  # not needed when the stored run answers

            options = self.run.options
            ruleset = build_rules(self.config, options.packs, options.select, options.ignore)
            self._linter = Linter(ruleset, options.report_unused_disables, options.measure_scopes)
        return self._linter

    def alone(self) -> bool:
        """Whether corpus-wide rules judge these files alone (no corpus root was found)."""
        if self.root is not None:
            return False
        options = self.run.options
        ruleset = select(collect_rules(load_packs(self.config, options.packs)),
                         options.select or self.config.select, [*self.config.ignore,
                                                                *options.ignore])
        return any(rule.enabled and corpus_wide(rule.kind) for rule in ruleset)

    def results(self) -> Iterable[FileResult]:
        """The judged results of the part's files, in path order."""
        if self.cache_dir is not None and self.cache_dir.is_dir():
            sweep(self.cache_dir)
        context = Context(self.run.configs, self.config, self.root,
                          {t.real for t in self.targets})
        last = self._last_run(context) if self.run.options.reuse_last_run else None
        results = last.results() if last else None
        if results is not None:
            return results
        options = self.run.options
        cache = ResultCache(self.cache_dir, self.linter.rules, options.measure_scopes)
        passes = first_passes(self.targets, self.spec, self.linter, cache, options.jobs,
                              options.executor, options.scheduler,
                              self.config.max_file_mb * 1e6)
        if self.run.progress is not None:
            passes = self.run.progress(passes, len(self.targets))
        summaries = context.cache(self.linter, self.cache_dir)
        if summaries is not None:
            passes = context.remembered(passes, self.targets, summaries)
        results = _second_pass(self.linter, passes, context.summaries(self.linter, summaries))
        if last:
            data_files = [path for rule in self.linter.rules for path in rule.data_files]
            results = last.record(results, len(self.targets), data_files,
                                  intact=lambda: not self.linter.problems)
        return results

    def _last_run(self, context: Context) -> LastRun | None:
        """Where the part's judged results are (or will be) stored, if every file is there.

        Keyed before any rule is built: by the rules' sources (options, configuration and
        pack files by content) and by every file's path, size and modification time.
        """
        if self.cache_dir is None or any(t.data is not None for t in self.targets):
            return None
        spec, config = self.spec, self.config
        parts = [__version__, spec, config.max_file_mb, self.root, config.path,
                 file_digest(config.path) if config.path else "",
                 [(path, file_digest(path)) for path in pack_paths(config, spec.packs)]]
        key = run_key(parts, self.targets, context)
        return LastRun(self.cache_dir, key) if key else None


class LintRun:
    """One run: iterate it once for the :class:`FileReport` of each file, in path order.

    Each file is linted under the configuration that applies to it (the nearest at or above
    its folder, or ``Options.config``) and judged against that configuration's corpus.
    Counts for a summary (``files``, ``severities``, ``with_findings``, ``fixed``,
    ``failing``), ``problems`` and ``notes`` are complete once the reports have been read.
    """

    def __init__(self, options: Options, progress: Progress | None = None) -> None:
        reads_stdin = options.stdin is not None or tuple(options.paths) == ("-",)
        if reads_stdin and (options.fix or options.preview_fixes or options.baseline):
            raise UsageError("--fix, --diff and --baseline need files, not standard input")
        if not reads_stdin and "-" in options.paths:
            raise UsageError("- (standard input) cannot be combined with other paths")
        self.options = options
        self.progress = progress
        self.cwd = working_directory(options)
        self.configs = Configurations(self.cwd, options.config)
        keep_parsed(_parsed_store(options, self.configs.of(self.cwd.resolve()), self.cwd))
        self.paths: dict[str, Path] = {}  # reported path -> file on disk
        self.files: list[str] = []
        self.severities: Counter = Counter()
        self.with_findings = 0
        self.fixed = 0
        self.failing_count = 0
        self.notes: list[str] = []
        self.in_baseline = 0  # findings the baseline holds, not reported
        self._file_problems: list[Problem] = []
        self._discovery_problems: list[Problem] = []
        self._configs_of: dict[str, Config] = {}  # reported path -> its configuration
        self.parts = self._parts()
        streams = [part.results() for part in self.parts]
        self._results = streams[0] if len(streams) == 1 else \
            heapq.merge(*streams, key=lambda result: result.path)
        if self._changes is not None:
            self._results = _on_changed_lines(self._results, self._changes, self.paths)

    @property
    def problems(self) -> list[Problem]:
        """Files that could not be read or fixed, what discovery met, then failures of the
        corpus-wide fold."""
        fold = [p for part in self.parts if part._linter for p in part._linter.problems]
        return self._file_problems + self._discovery_problems + fold

    @property
    def linters(self) -> list[Linter]:
        """The rules of each configuration of the run, ready to lint."""
        return [part.linter for part in self.parts]

    @property
    def rules(self) -> list[Rule]:
        """The rules of the run that are on (of every configuration, each id once)."""
        seen: dict[str, Rule] = {}
        for linter in self.linters:
            for rule in linter.rules:
                seen.setdefault(rule.id, rule)
        return list(seen.values())

    # --- the files and their configurations -------------------------------------------
    def _parts(self) -> list[Part]:
        options = self.options
        self._changes = changes_since(options.changed_since, self.cwd) \
            if options.changed_since else None
        if self._changes is not None and self._changes.note:
            self.notes.append(self._changes.note)
        if options.stdin is not None or tuple(options.paths) == ("-",):
            targets = [self._stdin_target()]
        else:
            targets = self._targets()
        self.paths = {t.display: t.path for t in targets}
        groups: dict[int, list[Target]] = {}
        for target in targets:
            groups.setdefault(id(target.config), []).append(target)
            self._configs_of[target.display] = target.config
        parts = [Part(self, group[0].config, group) for group in groups.values()]
        if not parts:  # nothing to lint: an empty part keeps the run's shape
            parts = [Part(self, self.configs.of(self.cwd.resolve()), [])]
        # a folder given is a corpus; files named one by one (as pre-commit names them) are
        # judged alone only for want of a corpus root
        alone = sum(sum(t.named for t in part.targets) for part in parts
                    if any(t.named for t in part.targets) and part.alone())
        if alone:
            self.notes.append(f"note: names and dates judged on the {alone} "
                              f"file{'s' if alone != 1 else ''} given; add .corpuslint.yaml "
                              "at the corpus root")
        return parts

    def _targets(self) -> list[Target]:
        discovery = Discovery(self.configs, self.cwd)
        wanted = _changed_targets(discovery, self._changes, list(self.options.paths), self.cwd) \
            if self._changes else list(self.options.paths) or ["."]
        # each file once, however it was named, in path order: results stream out sorted
        unique: dict[Path, Target] = {}
        for target in discovery.targets(wanted):
            unique.setdefault(target.real, target)
        self._discovery_problems = discovery.problems
        return sorted(unique.values(), key=lambda t: t.display)

    def _stdin_target(self) -> Target:
        """Standard input as a file named ``stdin_filename``, under that name's configuration
        and judged against its corpus (as an editor's unsaved buffer is)."""
        options = self.options
        path = self.cwd / options.stdin_filename
        config = self.configs.of(path.parent.resolve())
        limit = int(config.max_file_mb * 1e6)
        data = options.stdin if options.stdin is not None else sys.stdin.buffer.read(limit + 1)
        return Target(options.stdin_filename, path, path.resolve(), config, data[:limit + 1],
                      named=True)

    # --- the reports ------------------------------------------------------------------
    def __iter__(self) -> Iterator[FileReport]:
        options = self.options
        floor = options.min_severity
        line_text = self._line_text()
        remaining = baseline.load(Path(options.baseline)) if options.baseline else None
        for result in self._results:
            self.files.append(result.path)
            self._file_problems += result.problems
            config = self._configs_of.get(result.path)
            if config is not None and config.overrides and result.path in self.paths:
                result.findings = config.overridden(result.findings,
                                                    self.paths[result.path].resolve())
            report = FileReport(result.path, [f for f in result.findings if f.severity >= floor],
                                list(result.problems), result)
            if remaining is not None:
                shown = baseline.new_findings(report.findings, remaining, line_text)
                self.in_baseline += len(report.findings) - len(shown)
                report.findings = shown
            if (options.fix or options.preview_fixes) and result.path in self.paths:
                self._fix(report, self.paths[result.path])
            self.severities.update(f.severity for f in report.findings)
            self.with_findings += bool(report.findings)
            floor_fail = options.fail_on or (config.fail_on if config else Severity.WARNING)
            self.failing_count += sum(f.severity >= floor_fail for f in report.findings)
            yield report

    def findings(self) -> Iterator[Finding]:
        """Every finding to report, file by file (reads the run)."""
        for report in self:
            yield from report.findings

    def failing(self) -> int:
        """Findings read so far at or above ``Options.fail_on`` (default: the ``fail_on`` of
        each file's configuration)."""
        return self.failing_count

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
        if not path.is_file() or not discovery.included(
                discovery.configs.of(path.parent.resolve()), path.name):
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
