"""The last run's judged results, answered again when nothing in the corpus changed.

Corpus-wide findings depend on every file, so a re-run normally folds every cached
summary and judges every file again.  When the rules' sources (configuration, pack and
data files, by content), the files linted and the rest of the corpus (same paths, sizes
and modification times, like ruff's cache) are all as they were, the judged results of
the last such run are streamed back instead, without building a rule.  Any change
misses, and the run falls back to the per-file content cache (:mod:`corpuslint.cache`).

A run's results are written as JSON lines to a temporary file as they stream out and
renamed into place only when the run completes, with a digest that must match before a
stored run is believed; older runs' files are then removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from corpuslint.model.findings import FileResult
from corpuslint.store.jsonfiles import file_digest
from corpuslint.store.results import from_json, to_json

KEEP = 2  # run files kept: the latest runs of, say, a whole corpus and of one folder
SETTLED_NS = 2_000_000_000  # a file changed more recently could change again unnoticed


def run_key(parts: Iterable[object], targets: Iterable, context: Iterable) -> str | None:
    """A digest of everything a run's judged results depend on.

    None when a file is gone or was modified in the last two seconds: within the
    clock's granularity a second same-size edit could keep its modification time, so
    such a run is neither answered nor stored (git's "racy clean" rule).
    """
    digest = hashlib.sha256(json.dumps([str(p) for p in parts]).encode())
    settled = time.time_ns() - SETTLED_NS
    for target in targets:
        try:
            info = os.stat(target.path)
        except OSError:
            return None
        if info.st_mtime_ns > settled:
            return None
        # the change time too: a chmod that makes an unreadable file readable changes it
        digest.update(f"{target.display}\0{info.st_size}\0{info.st_mtime_ns}\0"
                      f"{info.st_ctime_ns}\n".encode("utf-8", "surrogateescape"))
    digest.update(b"\0context\0")
    for name, (size, mtime), _ in context:
        if mtime > settled:
            return None
        digest.update(f"{name}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


MAGIC = b"corpuslint-run 1"
HEADER = len(MAGIC) + 1 + 12 + 1 + 64 + 1  # MAGIC, file count, SHA-256 of the rest


class LastRun:
    """One run's judged results in ``DIR/runs/KEY.jsonl``: a header line with the number
    of files and a digest of the rest; a line of the data files the rules read, with
    their digests (known only once the rules are built, so checked when read back);
    then one JSON line per file."""

    def __init__(self, directory: Path, key: str) -> None:
        self.directory = directory / "runs"
        self.path = self.directory / f"{key}.jsonl"

    def results(self) -> Iterator[FileResult] | None:
        """The stored results, streamed, or None when there are none or they are damaged."""
        try:
            stream = self.path.open("rb")
        except OSError:
            return None
        try:
            magic, count, digest = stream.read(HEADER).rstrip(b"\n").rsplit(b" ", 2)
            body = hashlib.sha256()
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                body.update(chunk)
            if magic != MAGIC or body.hexdigest().encode() != digest:
                raise ValueError("damaged")
            stream.seek(HEADER)
            read = json.loads(stream.readline())
            if any(file_digest(Path(path)) != sha for path, sha in read):
                raise ValueError("a data file of the rules changed")
            return self._read(stream, int(count))
        except (OSError, ValueError):
            stream.close()
            return None

    @staticmethod
    def _read(stream, count: int) -> Iterator[FileResult]:
        with stream:
            for _ in range(count):
                # names that were not UTF-8 were written as their bytes (surrogateescape)
                path, data = json.loads(stream.readline().decode("utf-8", "surrogateescape"))
                yield from_json(path, data)

    def record(self, results: Iterable[FileResult], count: int, read: Iterable[Path],
               intact: Callable[[], bool] = lambda: True) -> Iterator[FileResult]:
        """Pass ``results`` through, storing them; kept only if all ``count`` come through,
        none met an internal error and ``intact()`` still holds at the end.
        ``read``: the data files the rules read.

        A cache that cannot be written only costs time: on any error, recording stops.
        """
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        body = hashlib.sha256()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            stream = temporary.open("wb")
            stream.write(b" " * HEADER)
            line = json.dumps([[str(p), file_digest(p)] for p in read]).encode() + b"\n"
            stream.write(line)
            body.update(line)
        except OSError:
            stream = None
        written = 0
        try:
            for result in results:
                if stream is not None and result.failed:
                    stream.close()  # a bug's result must not be answered again
                    stream = None
                if stream is not None:
                    line = (json.dumps([result.path, to_json(result, summaries=False)],
                                       ensure_ascii=False, separators=(",", ":")) + "\n"
                            ).encode("utf-8", "surrogateescape")
                    try:
                        stream.write(line)
                        body.update(line)
                        written += 1
                    except OSError:
                        stream.close()
                        stream = None
                yield result
            if stream is not None and written == count and intact():
                stream.seek(0)
                stream.write(b"%s %012d %s\n" % (MAGIC, count, body.hexdigest().encode()))
                stream.close()
                self._keep(temporary)
        finally:
            if stream is not None:
                stream.close()
            with contextlib.suppress(OSError):  # e.g. the cache directory is a file
                temporary.unlink(missing_ok=True)

    def _keep(self, temporary: Path) -> None:
        """Put the finished run in place; remove all but the latest ``KEEP`` runs."""
        try:
            os.replace(temporary, self.path)
            runs = sorted(self.directory.glob("*.jsonl"), key=_mtime, reverse=True)
            for old in runs[KEEP:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
