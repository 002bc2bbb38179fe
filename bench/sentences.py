"""Compare corpuslint's sentence segmenter with pySBD.

Run as ``python bench/sentences.py [--corpus DIR] [--limit-mb N] [-v]``.  Prints, for each
segmenter, the number of pySBD English golden rules passed and the throughput in MB/s on
the BBC corpus (each file segmented as one text), then the ratio of the two speeds.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

from ruamel.yaml import YAML

from corpuslint.text import sentences

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden_rules_en.yaml"
SHARED = Path(os.environ.get("CORPUSLINT_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "bbc"

Segmenter = Callable[[str], list[str]]


def ours(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split(text, [(0, len(text))])]


def load_pysbd() -> Segmenter | None:
    try:
        import pysbd
    except ImportError:
        return None
    return pysbd.Segmenter(language="en", clean=False, char_span=False).segment


def normalise(sents: list[str]) -> list[str]:
    return [n for n in (" ".join(s.split()) for s in sents) if n]


def golden(segment: Segmenter, verbose: bool) -> tuple[int, int]:
    rules = YAML(typ="safe").load(GOLDEN.read_text(encoding="utf-8"))
    passed = 0
    for number, rule in enumerate(rules, 1):
        got = normalise(segment(rule["text"]))
        if got == normalise(rule["expected"]):
            passed += 1
        elif verbose:
            print(f"  FAIL {number}: {rule['text']!r}\n       got {got}")
    return passed, len(rules)


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # the BBC corpus is Latin-1 ("£" is 0xA3)


def throughput(segment: Segmenter, texts: list[str]) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    began = time.perf_counter()
    for text in texts:
        segment(text)
    return size / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit-mb", type=float, default=0, help="use only the first N MB")
    parser.add_argument("-v", "--verbose", action="store_true", help="list failing rules")
    args = parser.parse_args()

    segmenters: dict[str, Segmenter] = {"corpuslint": ours}
    pysbd_segment = load_pysbd()
    if pysbd_segment is None:
        print("pysbd is not importable: comparing nothing")
    else:
        segmenters["pysbd"] = pysbd_segment

    for name, segment in segmenters.items():
        passed, total = golden(segment, args.verbose)
        print(f"{name:>10}: golden rules {passed}/{total}")

    if not args.corpus.is_dir():
        print(f"corpus {args.corpus} not found: skipping throughput")
        return
    texts: list[str] = []
    size = 0
    for path in sorted(args.corpus.rglob("*.txt")):
        texts.append(read_text(path))
        size += len(texts[-1].encode("utf-8"))
        if args.limit_mb and size >= args.limit_mb * 1e6:
            break
    print(f"corpus: {len(texts)} files, {size / 1e6:.2f} MB")
    speeds = {name: throughput(segment, texts) for name, segment in segmenters.items()}
    for name, speed in speeds.items():
        print(f"{name:>10}: {speed:8.2f} MB/s")
    if "pysbd" in speeds:
        print(f"speed ratio corpuslint/pysbd: {speeds['corpuslint'] / speeds['pysbd']:.1f}x")


if __name__ == "__main__":
    main()
