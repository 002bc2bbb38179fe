"""Temporary files a killed run left in the cache, removed by a later run.

Entries are written to a temporary file and renamed into place; a run killed in between
leaves the temporary file behind.  At most once an hour a run removes those whose writer
is gone: a stored run's (``KEY.PID.tmp``) when no process ``PID`` runs, any other once it
is ten minutes old (an entry takes milliseconds to write).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

EVERY = 3600  # seconds between sweeps
STALE = 600  # seconds after which an entry's temporary file is abandoned
STAMP = ".swept"


def sweep(directory: Path) -> int:
    """Remove abandoned temporary files under the cache ``directory``; returns how many."""
    stamp = directory / STAMP
    now = time.time()
    with contextlib.suppress(OSError):
        if now - stamp.stat().st_mtime < EVERY:
            return 0
    removed = 0
    for folder, _, names in os.walk(directory):
        for name in names:
            if name.endswith(".tmp") and _abandoned(Path(folder) / name, now):
                with contextlib.suppress(OSError):
                    os.unlink(Path(folder) / name)
                    removed += 1
    with contextlib.suppress(OSError):
        stamp.touch()
    return removed


def _abandoned(path: Path, now: float) -> bool:
    parts = path.name.split(".")
    if len(parts) == 3 and parts[1].isdigit():  # a stored run being written: KEY.PID.tmp
        return not _running(int(parts[1]))
    try:
        return now - path.stat().st_mtime > STALE
    except OSError:
        return False


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or a number no process has: keep the file
    return True
