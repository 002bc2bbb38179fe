"""Ctrl-C during a parallel run: one line, exit 130, no tracebacks, no corrupt cache.

The run is made to wait in a worker, on one file, at a known moment (a ``sitecustomize``
module planted for the run), and the interrupt comes then: the test does not depend on
how fast the machine is.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import write

TEXT = ("The brutal attack on 29 December. Police said 12 people were hurt. Gaddafi spoke. "
        "It is believed that 40 people died. ") * 40 + "\n"
STALL = """\
import pathlib
import time

from corpuslint.run.engine import Linter

_first_pass = Linter.first_pass_bytes


def first_pass_bytes(self, display, data):
    if display.endswith("a300.md"):
        pathlib.Path({ready!r}).touch()  # the run is under way, and waits here
        time.sleep(120)
    return _first_pass(self, display, data)


Linter.first_pass_bytes = first_pass_bytes
"""


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_ctrl_c_during_parallel_run(tmp_path):
    for i in range(600):
        write(tmp_path / "articles" / f"a{i:03}.md", TEXT)
    ready = tmp_path / "ready"
    write(tmp_path / "plant" / "sitecustomize.py", STALL.format(ready=str(ready)))
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PYTHONPATH"] = str(tmp_path / "plant")
    proc = subprocess.Popen(
        [sys.executable, "-m", "corpuslint", "-j", "2", "--cache-dir", "cache", "articles"],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the run never got there"
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
    started = time.monotonic()
    _, err = proc.communicate(timeout=60)
    assert time.monotonic() - started < 30  # the stalled worker does not hold it up
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "corpuslint: interrupted"
    entries = list((tmp_path / "cache").rglob("*.json"))
    for entry in entries:
        json.loads(entry.read_text())  # every cache entry written is whole
    assert not list((tmp_path / "cache").rglob("*.tmp"))
