"""The rest of the corpus in partial runs (pre-commit passes only the changed files).

Corpus-wide kinds judge the files given against every file under the configuration
file's directory.  Files not given are only summarised, never reported on, and their
summaries are cached by path, size and modification time, so a pre-commit run reads
just the files that changed since the last run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.config import Config
from corpuslint.run.discover import Discovery
from corpuslint.store.jsonfiles import read_json, write_json
from corpuslint.store.results import rules_fingerprint
from corpuslint.text.decoding import DecodeError, decode

if TYPE_CHECKING:
    from corpuslint.model.findings import Summaries
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
        self.entries[name] = [stamp, summaries]
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


def context_files(config: Config, root: Path | None,
                  linted: set[Path]) -> Iterator[tuple[str, list[int], Path]]:
    """The corpus files under ``root`` not being linted: name, [size, mtime], path."""
    if root is None:
        return
    discovery = Discovery(config, root)
    top = root.resolve()
    for target in discovery.targets([str(root)]):
        if target.real in linted:
            continue
        try:
            info = target.real.stat()
        except OSError:
            continue
        yield target.real.relative_to(top).as_posix(), [info.st_size, info.st_mtime_ns], \
            target.real


def context_summaries(linter: Linter, config: Config, root: Path | None, linted: set[Path],
                      cache_dir: Path | None) -> Iterator[Summaries]:
    """Summaries of the corpus files under ``root`` that are not being linted."""
    if not linter.corpus_rules or root is None:
        return
    cache = SummaryCache(cache_dir, fingerprint(linter))
    try:
        for name, stamp, path in context_files(config, root, linted):
            summaries = cache.get(name, stamp)
            if summaries is None and stamp[0] > config.max_file_mb * 1e6:
                continue  # too large: reported when linted, not read as context
            if summaries is None:
                summaries = _summarise(linter, path, name)
                if summaries is None:
                    continue
                cache.put(name, stamp, summaries)
            yield summaries
    finally:
        cache.save()
