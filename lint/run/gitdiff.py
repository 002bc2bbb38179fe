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

# "+++ b/name", with a tab after a name holding a space; C-quoted when the name holds a
# quote, a backslash or a control character
_FILE = re.compile(r'^\+\+\+ (?:b/(?P<path>.*?)\t?|"b/(?P<quoted>(?:[^"\\]|\\.)*)"\t?|/dev/null)$')
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
# the same diff whatever the user's git configuration (prefixes, renames, quoting)
_DIFF = ["-c", "core.quotepath=off", "diff", "-U0", "--no-color", "--no-ext-diff",
         "--src-prefix=a/", "--dst-prefix=b/", "--find-renames", "--diff-filter=AMR"]
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@")


@dataclass
class Changes:
    top: Path  # the repository's top level; paths below are relative to it
    lines: dict[str, set[int]] = field(default_factory=dict)
    note: str | None = None  # what the user should know about how lines were compared

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


def unquote(name: str) -> str:
    """A file name as git C-quotes it (``\\"``, ``\\t``, ``\\303\\251``…), unquoted."""
    raw, i = bytearray(), 0
    while i < len(name):
        if name[i] != "\\":
            raw += name[i].encode("utf-8", "surrogateescape")
            i += 1
        elif name[i + 1] in "01234567":
            raw.append(int(name[i + 1:i + 4], 8))
            i += 4
        else:
            raw.append(_ESCAPES[name[i + 1]])
            i += 2
    return raw.decode("utf-8", "surrogateescape")


def parse(diff: str) -> dict[str, set[int]]:
    """Added or modified line numbers (new side) per file of a ``git diff -U0``."""
    lines: dict[str, set[int]] = {}
    current: set[int] | None = None
    for row in diff.split("\n"):
        file_match = _FILE.match(row)
        if file_match:
            path = file_match["path"]
            if file_match["quoted"] is not None:
                path = unquote(file_match["quoted"])
            current = lines.setdefault(path, set()) if path else None
            continue
        hunk = _HUNK.match(row)
        if hunk and current is not None:
            start = int(hunk["start"])
            count = 1 if hunk["count"] is None else int(hunk["count"])
            current.update(range(start, start + count))
    return {path: changed for path, changed in lines.items() if changed}


def _fetch_spec(base: str) -> str:
    """What to fetch so that ``base`` exists: a remote-tracking branch keeps its name."""
    remote, _, branch = base.partition("/")
    if branch:
        return f"{remote} {branch}:refs/remotes/{remote}/{branch}"
    return f"origin {base}:{base}"


def changes_since(base: str, cwd: Path) -> Changes:
    """Lines changed between ``base`` (its merge base with HEAD) and the working tree,
    untracked files included."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip()).resolve()
    if not is_revision(base, cwd):
        raise UsageError(f'--diff: base revision "{base}" not found (in a shallow clone, '
                         f"fetch it first, e.g. git fetch --depth=50 {_fetch_spec(base)})")
    try:
        merge_base = _git(["merge-base", base, "HEAD"], cwd).strip()
    except UsageError:
        merge_base = ""
    note = None
    if not merge_base:  # a shallow clone: compare with base itself, and say what that costs
        merge_base = base
        note = (f'note: --diff: "{base}" and HEAD have no common ancestor in this shallow clone; '
                f'lines changed on "{base}" since the branch left it count as changed too '
                "(fetch more history: git fetch --deepen=200, or fetch-depth: 0)")
    lines = parse(_git([*_DIFF, merge_base, "--"], top))
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard"], top)
    for rel in filter(None, untracked.split("\0")):
        try:  # a new file not yet added: every line is new
            count = (top / rel).read_bytes().count(b"\n") + 1
        except OSError:
            continue
        lines[rel] = set(range(1, count + 1))
    return Changes(top, lines, note)
