"""Run the first pass over many files: in this process, on local processes, or on Dask.

Workers build the rules once (per process, from a picklable :class:`LinterSpec`) and
return first-pass results; the corpus-wide reduce and the judging stay in the parent.
Files go to workers in batches (fewer, larger messages); results come back in the order
of the files whatever the executor, and at most a few batches per worker are in flight,
so memory stays flat however large the corpus.
Cached results (see :mod:`corpuslint.cache`) are never sent to a worker.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.model.findings import FileResult, Problem

if TYPE_CHECKING:
    from corpuslint.run.engine import Linter
    from corpuslint.store.results import ResultCache

PARALLEL_MIN_FILES = 48  # below this many files to lint, starting workers costs more than it saves
LOOK_AHEAD = 256  # files read ahead to count those the cache does not hold
MAX_BATCH = 32  # files per task: fewer, larger messages between processes …
BATCHES_PER_WORKER = 8  # … yet enough tasks per worker to share the files out evenly
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker
SCHEDULER_TIMEOUT = 5  # seconds to reach a Dask scheduler


@dataclass(frozen=True)
class LinterSpec:
    """Everything a worker needs to build the same rules as the parent."""

    cwd: str
    config: str | None  # the configuration file; None: the defaults, relative to ``root``
    root: str = ""
    packs: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    report_unused_disables: bool = False
    measure_scopes: bool = False

    def build(self) -> Linter:
        from corpuslint.config import Config, load_config
        from corpuslint.packs.ruleset import build_rules
        from corpuslint.run.engine import Linter

        cwd = Path(self.cwd)
        config = load_config(self.config, cwd) if self.config else \
            Config(root=Path(self.root), cwd=cwd)
        rules = build_rules(config, self.packs, self.select, self.ignore)
        return Linter(rules, self.report_unused_disables, self.measure_scopes)


# Linters by spec.  The parent puts its own here before starting workers, so forked
# workers inherit it ready-built; spawned workers (and Dask workers) build it once.
_LINTERS: dict[LinterSpec, Linter] = {}


def _linter(spec: LinterSpec) -> Linter:
    if spec not in _LINTERS:
        _LINTERS[spec] = spec.build()
    return _LINTERS[spec]


def first_pass(spec: LinterSpec, files: list[tuple[str, bytes]]) -> list[FileResult]:
    """The task a worker runs: a batch of files (reported path, bytes)."""
    linter = _linter(spec)
    return [linter.first_pass_bytes(display, data) for display, data in files]


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C, once


@dataclass
class _Job:
    display: str
    data: bytes | None = None
    key: str | None = None
    result: FileResult | None = None  # known without a worker (cache hit, unreadable)


def _problem(display: str, message: str) -> _Job:
    return _Job(display, result=FileResult(display, problems=[Problem(display, message)]))


def too_large(size: float, limit: float) -> str:
    """Why a file of ``size`` bytes is not linted."""
    more = "over " if size == limit + 1 else ""  # standard input is read no further
    return f"too large to lint ({more}{size / 1e6:.1f} MB; the limit is max_file_mb: " \
           f"{limit / 1e6:g})"


def _jobs(targets: Iterable, cache: ResultCache, max_bytes: float) -> Iterator[_Job]:
    for target in targets:
        try:
            data = target.data
            size = len(data) if data is not None else target.path.stat().st_size
            if size > max_bytes:
                yield _problem(target.display, too_large(size, max_bytes))
                continue
            if data is None:
                data = target.path.read_bytes()
        except OSError as exc:
            yield _problem(target.display, f"cannot read: {exc.strerror or exc}")
            continue
        if cache.directory is None:
            yield _Job(target.display, data)
            continue
        key = cache.key(target.display, data)
        cached = cache.get(target.display, key)
        yield _Job(target.display, None if cached else data, key, cached)


class _Pool:
    """A bounded window of batches on an executor, yielding results in submission order."""

    def __init__(self, submit, workers: int, files: int) -> None:
        self.submit, self.pending = submit, deque()
        self.window = workers * IN_FLIGHT_PER_WORKER
        self.batch = max(1, min(MAX_BATCH, files // (workers * BATCHES_PER_WORKER)))

    def run(self, jobs: Iterable[_Job], spec: LinterSpec) -> Iterator[tuple[_Job, FileResult]]:
        batch: list[_Job] = []
        for job in jobs:
            batch.append(job)
            if len(batch) == self.batch:
                self._submit(batch, spec)
                batch = []
                while len(self.pending) > self.window:
                    yield from self._next()
        if batch:
            self._submit(batch, spec)
        while self.pending:
            yield from self._next()

    def _submit(self, batch: list[_Job], spec: LinterSpec) -> None:
        work = [(job.display, job.data) for job in batch if job.result is None]
        self.pending.append((batch, self.submit(first_pass, spec, work) if work else None))

    def _next(self) -> Iterator[tuple[_Job, FileResult]]:
        batch, future = self.pending.popleft()
        linted = iter(future.result() if future is not None else ())
        for job in batch:
            yield job, job.result or next(linted)


def first_passes(targets: list, spec: LinterSpec, linter: Linter, cache: ResultCache,
                 jobs: int, executor: str = "local", scheduler: str | None = None,
                 max_bytes: float = float("inf")) -> Iterator[FileResult]:
    """First-pass results of ``targets``, in order, cached results reused."""
    stream = _jobs(targets, cache, max_bytes)
    _LINTERS[spec] = linter
    if executor == "dask":
        results = _dask(stream, spec, jobs, len(targets), scheduler)
    elif jobs > 1 and len(targets) >= PARALLEL_MIN_FILES:
        results = _processes_when_worth_it(stream, spec, linter, jobs, len(targets))
    else:
        results = _here(stream, linter)
    for job, result in results:
        if job.result is None and job.key is not None:
            cache.put(job.key, result)
        yield result


def _here(jobs: Iterable[_Job], linter: Linter) -> Iterator[tuple[_Job, FileResult]]:
    return ((job, job.result or linter.first_pass_bytes(job.display, job.data)) for job in jobs)


def _processes_when_worth_it(stream: Iterator[_Job], spec: LinterSpec, linter: Linter,
                             jobs: int, files: int) -> Iterator[tuple[_Job, FileResult]]:
    """Lint here while the files come mostly from the cache (a re-run after a few edits);
    start the workers at the first window of files that holds enough to lint."""
    while window := list(islice(stream, LOOK_AHEAD)):
        if sum(job.result is None for job in window) >= PARALLEL_MIN_FILES:
            yield from _processes(chain(window, stream), spec, jobs, files)
            return
        yield from _here(window, linter)


def _processes(stream: Iterable[_Job], spec: LinterSpec, jobs: int, files: int):
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        yield from _Pool(pool.submit, jobs, files).run(stream, spec)
    except BaseException:
        # interrupted (or the consumer stopped): workers hold nothing worth waiting for —
        # the cache is written here — so a file that takes long never delays Ctrl-C; the
        # pool, its workers gone, may call itself broken: that must not hide the interrupt
        for worker in list((getattr(pool, "_processes", None) or {}).values()):
            worker.terminate()
        with contextlib.suppress(Exception):
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _dask(stream: Iterable[_Job], spec: LinterSpec, jobs: int, files: int,
          scheduler: str | None):
    from corpuslint.errors import UsageError

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--executor dask needs Dask: install corpuslint with its dask extra "
                         "(pip install 'corpuslint-news[dask]')") from None
    if scheduler:
        try:
            client, cluster = Client(scheduler, timeout=SCHEDULER_TIMEOUT), None
        except (OSError, TimeoutError, ValueError) as exc:
            reason = str(exc).split(" after ")[0] if str(exc) else type(exc).__name__
            raise UsageError(f"--scheduler {scheduler}: cannot reach a Dask scheduler there "
                             f"within {SCHEDULER_TIMEOUT} s ({reason})") from None
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        if cluster is not None:
            client.register_worker_callbacks(setup=_silence_logging)  # now, while every worker is idle
        def submit(fn, *args):
            return client.submit(fn, *args, pure=False)
        yield from _Pool(submit, jobs, files).run(stream, spec)
    finally:
        if cluster is None:
            client.close()
        else:
            _close_quietly(client, cluster)


def _close_quietly(client, cluster) -> None:
    """Close our own cluster without Dask's shutdown chatter on the user's stderr.

    Workers that heartbeat while the scheduler goes away log the failure with a traceback
    (timing decides whether they do); a run's own errors are reported, one line each,
    before this point, so nothing Dask says while closing is worth showing.  The workers
    were silenced when they started (a busy worker could not answer now); this process is
    silenced only while it closes, and both closes happen whatever interrupts them.
    """
    before = logging.root.manager.disable
    _silence_logging()
    try:
        client.close()
    finally:
        try:
            cluster.close()
        finally:
            logging.disable(before)


def _silence_logging() -> None:
    logging.disable(logging.CRITICAL)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
