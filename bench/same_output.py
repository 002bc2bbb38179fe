"""Does this tree lint exactly as another revision does?  Byte for byte, every format.

    python bench/same_output.py [--before REV] [--shared ../shared]

Runs the command line of revision REV (default HEAD, checked out in a temporary git
worktree and imported from there) and of this working tree on ``seeds/`` and on the BBC
corpus, in every output format, plus ``corpuslint report --format json``, with the cache
off, and compares standard output, standard error and the exit status.  For changes that
must not change behaviour (moves, renames, speed work).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("text", "json", "github", "sarif", "junit")


def importable(tree: Path, into: Path) -> Path:
    """A folder holding ``corpuslint`` as a link to ``tree``'s package folder."""
    into.mkdir(parents=True, exist_ok=True)
    (into / "corpuslint").symlink_to(tree / "lint")
    return into


def run(path_entry: Path, args: list[str], cwd: Path) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(path_entry), "CI": "1"}
    env.pop("GITHUB_ACTIONS", None)
    proc = subprocess.run([sys.executable, "-m", "corpuslint", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, errors="surrogateescape")
    return proc.returncode, proc.stdout, proc.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="HEAD")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    targets = [ROOT / "seeds"]
    bbc = Path(args.shared) / "corpora" / "bbc"
    if bbc.is_dir():
        targets.append(bbc)
    with tempfile.TemporaryDirectory() as tmp:
        worktree = Path(tmp) / "before"
        subprocess.run(["git", "worktree", "add", "--detach", str(worktree), args.before],
                       cwd=ROOT, check=True, capture_output=True)
        try:
            before = importable(worktree, Path(tmp) / "path-before")
            after = importable(ROOT, Path(tmp) / "path-after")
            differing = 0
            for target in targets:
                commands = [["--no-cache", "-j", "2", "--format", f, "."] for f in FORMATS]
                commands.append(["report", "--no-cache", "-j", "2", "--format", "json", "."])
                for command in commands:
                    old, new = run(before, command, target), run(after, command, target)
                    streams = [name for name, a, b in zip(("exit status", "stdout", "stderr"),
                                                          old, new) if a != b]
                    differing += bool(streams)
                    print(f"{'DIFFERENT' if streams else 'same':<10} {target.name}: corpuslint "
                          f"{' '.join(command)} (exit {new[0]}, {len(new[1])} bytes out)"
                          + (f": {', '.join(streams)} differ" if streams else ""))
                    if "stderr" in streams:
                        changed = set(new[2].splitlines()) ^ set(old[2].splitlines())
                        print("           stderr lines added or removed:", *sorted(changed)[:4],
                              sep="\n             ")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT,
                           check=False, capture_output=True)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
