"""The rest of the corpus in partial runs (pre-commit passes only the changed files).

Corpus-wide kinds judge the files given against every file of their corpus (under the
configuration's folder, or the git work tree).  Files not given are only summarised, never
reported on, and every file's summaries are cached by path, size and modification time —
those of linted files too — so a pre-commit run reads just the files that changed since
the last run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.config import Config, Configurations
from corpuslint.run.discover import Discovery
from corpuslint.store.jsonfiles import read_json, write_json
from corpuslint.store.results import rules_fingerprint
from corpuslint.text.decoding import DecodeError, decode

if TYPE_CHECKING:
    from corpuslint.model.findings import FileResult, Summaries
    from corpuslint.run.engine import Linter

CACHE_DIR = ".corpuslint_cache"


def fingerprint(linter: Linter) -> str:
    """Changes whenever the corpus-wide rules or their options (or corpuslint) change."""
    return rules_fingerprint(linter.corpus_rules)[:20]


class SummaryCache:
    """Summaries of corpus files keyed by relative path, size and mtime, in one JSON file."""

    def __init__(self, directory: Path | None, key: str) -> None:
        self.path = directory / f"summaries-{key}.json" if directory else None
        self.entries: dict[str, list] = {}
        self.dirty = False
        entries = read_json(self.path)
        self.entries = entries if isinstance(entries, dict) else {}  # damaged: rebuilt

    def get(self, name: str, stamp: list[int]) -> Summaries | None:
        entry = self.entries.get(name)
        return entry[1] if entry and entry[0] == stamp else None

    def put(self, name: str, stamp: list[int], summaries: Summaries) -> None:
        entry = [stamp, summaries]
        if self.entries.get(name) != entry:  # the file is rewritten only when something changed
            self.entries[name] = entry
            self.dirty = True

    def save(self) -> None:
        if self.path and self.dirty:
            write_json(self.path, self.entries, self.path.parent)


def _summarise(linter: Linter, path: Path, display: str) -> Summaries | None:
    try:
        text = decode(path.read_bytes()).text
    except (OSError, DecodeError):
        return None  # reported when the file itself is linted, not as context
    from corpuslint.model.document import Document

    problems: list = []
    try:
        summaries = linter.collect(Document.from_text(display, text), problems)
    except Exception:  # reading the document failed: reported when the file itself is linted
        return None
    return None if problems else summaries


class Context:
    """The files of one configuration's corpus under ``root`` that are not being linted."""

    def __init__(self, configs: Configurations, config: Config, root: Path | None,
                 linted: set[Path]) -> None:
        self.configs, self.config, self.root, self.linted = configs, config, root, linted
        self.top = root.resolve() if root is not None else None

    @cached_property
    def files(self) -> list[tuple[str, list[int], Path]]:
        """Each file's name (relative to the root), [size, mtime] and path, walked once."""
        if self.root is None:
            return []
        found = []
        # folders another configuration governs are another corpus
        for target in Discovery(self.configs, self.root, only=self.config).targets([str(self.root)]):
            if target.real not in self.linted:
                stamp = _stamp(target.real)
                if stamp is not None:
                    found.append((target.real.relative_to(self.top).as_posix(), stamp, target.real))
        return found

    def __iter__(self) -> Iterator[tuple[str, list[int], Path]]:
        """The files, walked when first read (a run answered otherwise never walks)."""
        return iter(self.files)

    def cache(self, linter: Linter, cache_dir: Path | None) -> SummaryCache | None:
        """Where the corpus's summaries are kept for the next partial run (None: nowhere)."""
        if self.root is None or not linter.corpus_rules:
            return None
        return SummaryCache(cache_dir, fingerprint(linter))

    def remembered(self, passes: Iterable[FileResult], targets: Iterable,
                   cache: SummaryCache) -> Iterator[FileResult]:
        """``passes``, each linted file's summaries kept too, so that a later run naming only
        some files finds the rest already summarised."""
        names = {t.display: t.real for t in targets}
        for result in passes:
            real = names.get(result.path)
            stamp = _stamp(real) if real is not None and not result.failed else None
            if stamp is not None and self.top in real.parents:
                cache.put(real.relative_to(self.top).as_posix(), stamp, result.summaries)
            yield result

    def summaries(self, linter: Linter, cache: SummaryCache | None) -> Iterator[Summaries]:
        """Summaries of the files not linted (the cache is saved once they are read)."""
        if cache is None:
            return
        try:
            for name, stamp, path in self.files:
                summaries = cache.get(name, stamp)
                if summaries is None and stamp[0] > self.config.max_file_mb * 1e6:
                    continue  # too large: reported when linted, not read as context
                if summaries is None:
                    summaries = _summarise(linter, path, name)
                    if summaries is None:
                        continue
                    cache.put(name, stamp, summaries)
                yield summaries
        finally:
            cache.save()


def _stamp(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]
