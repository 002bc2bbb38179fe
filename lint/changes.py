"""``--diff BASE``: which lines a pull request added or changed, from ``git diff -U0``.

Only findings that start on an added or modified line are reported; the files are
still judged against the whole corpus.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from corpuslint.errors import UsageError

_FILE = re.compile(r"^\+\+\+ (?:b/(?P<path>.*)|/dev/null)$")
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@")


@dataclass
class Changes:
    top: Path  # the repository's top level; paths below are relative to it
    lines: dict[str, set[int]] = field(default_factory=dict)

    def touches(self, path: Path, line: int) -> bool:
        try:
            rel = path.resolve().relative_to(self.top).as_posix()
        except ValueError:
            return False
        return line in self.lines.get(rel, ())


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False)
    except FileNotFoundError:
        raise UsageError("--diff needs git, which is not installed") from None
    if proc.returncode != 0:
        raise UsageError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip()
                         else f"git {' '.join(args)} failed")
    return proc.stdout


def is_revision(name: str, cwd: Path) -> bool:
    proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{name}^{{commit}}"],
                          cwd=cwd, capture_output=True, text=True, check=False)
    return proc.returncode == 0


def parse(diff: str) -> dict[str, set[int]]:
    """Added or modified line numbers (new side) per file of a ``git diff -U0``."""
    lines: dict[str, set[int]] = {}
    current: set[int] | None = None
    for row in diff.splitlines():
        file_match = _FILE.match(row)
        if file_match:
            path = file_match["path"]
            current = lines.setdefault(path, set()) if path else None
            continue
        hunk = _HUNK.match(row)
        if hunk and current is not None:
            start = int(hunk["start"])
            count = 1 if hunk["count"] is None else int(hunk["count"])
            current.update(range(start, start + count))
    return {path: changed for path, changed in lines.items() if changed}


def changes_since(base: str, cwd: Path) -> Changes:
    """Lines changed between ``base`` (its merge base with HEAD) and the working tree,
    untracked files included."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip()).resolve()
    if not is_revision(base, cwd):
        raise UsageError(f'--diff: base revision "{base}" not found (in a shallow clone, '
                         f"fetch it first, e.g. git fetch --depth=50 origin {base.split('/')[-1]})")
    try:
        merge_base = _git(["merge-base", base, "HEAD"], cwd).strip() or base
    except UsageError:  # a shallow clone may lack the common ancestor: compare with base
        merge_base = base
    diff = _git(["diff", "-U0", "--no-color", "--no-ext-diff", "--diff-filter=AM",
                 merge_base, "--"], top)
    lines = parse(diff)
    for rel in _git(["ls-files", "--others", "--exclude-standard"], top).splitlines():
        try:  # a new file not yet added: every line is new
            count = (top / rel).read_bytes().count(b"\n") + 1
        except OSError:
            continue
        lines[rel] = set(range(1, count + 1))
    return Changes(top, lines)
