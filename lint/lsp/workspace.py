"""The corpus behind an editor: every file's summary in memory, each buffer judged against it.

A :class:`Workspace` lints its folder once through the run library (so the cache of earlier
runs answers for unchanged files) and keeps each file's corpus-wide summaries.  An open
buffer is then judged from its unsaved text: its first pass, then the corpus-wide rules
folded over the other files' summaries and its own — no file is read again.  A save or an
outside change re-summarises one file; a configuration or pack change rebuilds the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpuslint.config import CONFIG_NAMES, Config, Configurations
from corpuslint.model.findings import FileResult, Summaries
from corpuslint.packs.ruleset import build_rules, pack_paths
from corpuslint.run.engine import Linter
from corpuslint.run.pipeline import Options, lint


@dataclass
class Part:
    """The files under one configuration: its rules and their summaries."""

    config: Config
    linter: Linter
    summaries: dict[Path, Summaries] = field(default_factory=dict)


class Workspace:
    """A folder of articles as the editor sees it (``root``: the workspace folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.parts: dict[Path | None, Part] = {}
        self.configs = Configurations(self.root)
        self.scanned = False  # whether every file's summaries are in

    def part(self, path: Path) -> Part:
        """The part holding ``path``: its configuration and rules (built on first use).
        Raises CorpuslintError for a configuration or pack that does not load."""
        config = self.configs.of(path.parent)
        part = self.parts.get(config.path)
        if part is None:
            rules = build_rules(config)
            part = self.parts[config.path] = Part(config, Linter(rules))
        return part

    def watched(self, path: Path) -> bool:
        """Whether a change to ``path`` changes the rules (a configuration or a pack)."""
        if path.name in CONFIG_NAMES or path.name == "pyproject.toml":
            return True
        return any(path == pack for part in self.parts.values()
                   for pack in pack_paths(part.config))

    def reload(self) -> None:
        """Forget configurations and rules; the next scan or judgement builds them again."""
        self.parts.clear()
        self.configs = Configurations(self.root)
        self.scanned = False

    def scan(self, progress: Callable[[int, int], None] | None = None) -> Iterator[FileResult]:
        """Lint the whole folder as the command line would, keeping every file's summaries;
        yields each file's judged result (``progress(done, total)`` as files finish)."""
        def counted(items: Iterable, total: int) -> Iterator:
            for done, item in enumerate(items, 1):
                yield item
                if progress is not None:
                    progress(done, total)

        run = lint(Options(paths=(str(self.root),), cwd=str(self.root), jobs=2), counted)
        for report in run:
            path = run.paths.get(report.path)
            if path is None:
                continue
            self.part(path).summaries[path.resolve()] = report.result.summaries
            yield report.result
        self.scanned = True

    def summarise(self) -> None:
        """:meth:`scan` for the summaries alone."""
        for _ in self.scan():
            pass

    def judge(self, path: Path, text: str) -> FileResult:
        """The findings of a buffer's text, judged against the rest of its corpus."""
        path = path.resolve()
        part = self.part(path)
        shown = self.relative(path)
        result = part.linter.first_pass_text(shown, text)
        others = (summary for other, summary in part.summaries.items() if other != path)
        part.linter.judge([result], others)
        if part.config.overrides:
            result.findings = part.config.overridden(result.findings, path)
        return result

    def saved(self, path: Path, text: str) -> None:
        """Take in a file's new contents as part of the corpus (after a save or an outside
        change)."""
        path = path.resolve()
        part = self.part(path)
        part.summaries[path] = part.linter.first_pass_text(self.relative(path), text).summaries

    def removed(self, path: Path) -> None:
        for part in self.parts.values():
            part.summaries.pop(path.resolve(), None)

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)
