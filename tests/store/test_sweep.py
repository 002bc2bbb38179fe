"""A killed run's temporary files are removed by a later run; a live writer's are kept."""

from __future__ import annotations

import os
import time

from conftest import small_corpus, write
from corpuslint.store import sweep


def test_a_later_run_removes_what_a_killed_run_left(cli, tmp_path):
    small_corpus(tmp_path)
    assert cli(".", cwd=tmp_path).code == 1
    cache = tmp_path / ".corpuslint_cache"
    old = time.time() - 2 * sweep.STALE
    left = [write(cache / "files" / "ab" / ".cd.json.x1y2.tmp", "{"),  # an entry cut short
            write(cache / "runs" / "0123.999999999.tmp", "corpuslint-run")]  # no such process
    os.utime(left[0], (old, old))
    kept = [write(cache / "files" / "ab" / ".ef.json.z3.tmp", "{"),  # being written now
            write(cache / "runs" / f"4567.{os.getpid()}.tmp", "x")]  # its writer still runs
    (cache / sweep.STAMP).unlink(missing_ok=True)
    assert cli(".", cwd=tmp_path).code == 1
    assert [p.exists() for p in left + kept] == [False, False, True, True]
    # at most one sweep an hour
    write(cache / "runs" / "89.999999999.tmp", "x")
    cli(".", cwd=tmp_path)
    assert (cache / "runs" / "89.999999999.tmp").exists()
