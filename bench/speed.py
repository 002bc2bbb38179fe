"""Time corpuslint: a single-file run (the pre-commit case), a run over the BBC corpus,
and the cost of the stats pack as a ratio to the loaded-language pack alone.

    python bench/speed.py [--corpus ../shared/corpora/bbc] [--select loaded] [--repeat 3]

Figures are wall-clock seconds, best of --repeat runs of the installed console script,
with `python -c pass` as the start-up peer measured in the same run.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best_of(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])  # noqa: E501
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--select", action="append", default=[])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    exe = shutil.which("corpuslint") or str(Path(sys.executable).with_name("corpuslint"))
    select = [f"--select={s}" for s in args.select]
    python = best_of([sys.executable, "-c", "pass"], args.repeat)
    single = best_of([exe, "-q", *select, str(ROOT / "seeds" / "iran-protests.md")], args.repeat)
    print(f"python start-up           {python:7.3f} s")
    print(f"single file (seed)        {single:7.3f} s  ({single / python:.1f}x python start-up)")
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus {corpus} not found; corpus timing skipped")
        return 0
    files = sum(1 for _ in corpus.rglob("*.txt"))
    megabytes = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6
    whole = best_of([exe, "-q", *select, str(corpus)], args.repeat)
    print(f"corpus {corpus.name} ({files} files, {megabytes:.1f} MB) "
          f"{whole:7.3f} s  ({megabytes / whole:.2f} MB/s, {whole / single:.1f}x single file)")
    loaded = best_of([exe, "-q", "--select=loaded", str(corpus)], args.repeat)
    with_stats = best_of([exe, "-q", "--select=loaded,stats", str(corpus)], args.repeat)
    print(f"loaded pack alone         {loaded:7.3f} s")
    print(f"loaded + stats packs      {with_stats:7.3f} s  ({with_stats / loaded:.2f}x loaded alone)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
