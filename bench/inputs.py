"""Hostile inputs that must not blow up, timed against an ordinary run in the same command.

    python bench/inputs.py

The test suite checks what corpuslint reports for each of these; this script measures
how long they take, as ratios to linting the sample articles (seeds/) with the same
rules, so a change that makes one of them quadratic shows here, not in a timed test.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRIES = 100_000


def word(i: int) -> str:
    letters, i = [], i + 26**3
    while i:
        i, r = divmod(i, 26)
        letters.append("abcdefghijklmnopqrstuvwxyz"[r])
    return "zq" + "".join(letters)


def lexicon_pack(path: Path, entries: int) -> None:
    lines = ["rules:", "  - id: big.lexicon", "    kind: lexicon", "    message: m",
             "    entries:"]
    lines += [f"      - term: {word(i) if i % 10 else word(i) + ' ' + word(i + 1)}"
              for i in range(entries)]
    path.write_text("\n".join(lines) + "\n")


def timed(*args: str, cwd: Path) -> float:
    exe = shutil.which("corpuslint") or str(Path(sys.executable).with_name("corpuslint"))
    start = time.perf_counter()
    subprocess.run([exe, "-q", "--no-cache", *args], cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "seeds", work / "seeds")
        lexicon_pack(work / "big.yaml", ENTRIES)
        (work / "slow.yaml").write_text("rules:\n  - id: house.slow\n    kind: pattern\n"
                                        "    message: m\n    pattern: '(a|a)+$'\n"
                                        "    timeout: 0.2\n")
        (work / "image.md").write_text("![chart](data:image/png;base64," + "A" * 20_000 +
                                       ")\n\nThe brutal day.\n")
        (work / "slow.md").write_text("a" * 40 + "b\n")
        clause = ("output rose 5 pct to 1,200 tonnes and exports fell 3 pct, the ministry said, while "
                  "imports rose 2 pct to 500 mln dlrs, ")
        (work / "nostop.txt").write_text("NEW YORK, March 3 - " + clause * (200_000 // len(clause)) + "\n")
        peer = timed("seeds", cwd=work)
        rows = {
            f"{ENTRIES:,}-entry lexicon pack": timed("--pack", "big.yaml", "seeds", cwd=work),
            "paragraph opening with a 20 KB data URI": timed("image.md", cwd=work),
            "catastrophic user regex (0.2 s timeout)": timed("--pack", "slow.yaml",
                                                              "slow.md", cwd=work),
            "200 KB of wire copy with no full stop": timed("nostop.txt", cwd=work),
        }
    print(f"{'linting seeds/ (the peer run)':<44}{peer:>8.2f} s")
    for name, seconds in rows.items():
        print(f"{name:<44}{seconds:>8.2f} s  {seconds / peer:>6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
