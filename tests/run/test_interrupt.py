"""Ctrl-C during a parallel run: one line, exit 130, no tracebacks, no corrupt cache."""

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


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_ctrl_c_during_parallel_run(tmp_path):
    for i in range(600):
        write(tmp_path / "articles" / f"a{i:03}.md", TEXT)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "corpuslint", "-j", "2", "--cache-dir", "cache", "articles"],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((tmp_path / "cache").rglob("*.json")):
        time.sleep(0.05)  # wait until the run is well under way
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "corpuslint: interrupted"
    for entry in (tmp_path / "cache").rglob("*.json"):
        json.loads(entry.read_text())  # every cache entry written is whole
    assert not list((tmp_path / "cache").rglob("*.tmp"))
