"""The README's Python example runs as written, from the repository, and says what it shows."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)


def test_the_api_example_prints_the_seed_findings(cli):
    (block,) = python_blocks()
    proc = subprocess.run([sys.executable, "-c", block], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    printed = cli("--min-severity", "warning", "--no-cache", "seeds/", cwd=ROOT)
    expected = [re.match(r"(.*?:\d+:\d+): \w+: .*\[(.*)\]$", line).groups()
                for line in printed.out.splitlines()]
    lines = proc.stdout.splitlines()
    assert [(line.split(" ")[0], line.split(" ")[1].rstrip(":")) for line in lines[:-1]] == expected
    assert "'brutal'" in proc.stdout and "'more than 1,000'" not in proc.stdout  # info only
    assert lines[-1] == f"1 file(s), {len(expected)} finding(s) at warning or above"
