"""Speed and findings of this tree against another revision, measured in one run.

    python bench/against_before.py [--before REV] [--shared ../shared] [--repeat 3]

Lints the BBC corpus with the command line of revision REV (checked out in a temporary
git worktree) and of this working tree, cache off, ``-j 1``, alternating the two for
``--repeat`` rounds, and prints the best wall time of each and their ratio, then the
findings per rule of each.  An accuracy change may cost at most 10 % on this run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from same_output import importable, run

ROOT = Path(__file__).resolve().parent.parent


def timed(path_entry: Path, corpus: Path) -> tuple[float, Counter]:
    start = time.perf_counter()
    _, out, _ = run(path_entry, ["--no-cache", "-j", "1", "--format", "json", "."], corpus)
    elapsed = time.perf_counter() - start
    return elapsed, Counter(finding["rule"] for finding in json.loads(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="HEAD")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = Path(args.shared) / "corpora" / "bbc"
    if not corpus.is_dir():
        print(f"{corpus} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        worktree = Path(tmp) / "before"
        subprocess.run(["git", "worktree", "add", "--detach", str(worktree), args.before],
                       cwd=ROOT, check=True, capture_output=True)
        try:
            trees = {"before": importable(worktree, Path(tmp) / "path-before"),
                     "after": importable(ROOT, Path(tmp) / "path-after")}
            best = {name: float("inf") for name in trees}
            counts: dict[str, Counter] = {}
            for _ in range(args.repeat):
                for name, entry in trees.items():
                    elapsed, counts[name] = timed(entry, corpus)
                    best[name] = min(best[name], elapsed)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT,
                           check=False, capture_output=True)
    print(f"BBC, -j 1, no cache, best of {args.repeat}: before ({args.before}) "
          f"{best['before']:.2f} s, after {best['after']:.2f} s, "
          f"ratio {best['after'] / best['before']:.3f}")
    print(f"{'rule':<28}{'before':>8}{'after':>8}")
    for rule in sorted(set(counts["before"]) | set(counts["after"])):
        print(f"{rule:<28}{counts['before'][rule]:>8}{counts['after'][rule]:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
