"""Draw the loaded-language development and test sets: paragraphs of unseen news.

    python bench/draw_loaded.py [--seed 2027] [--bbc 300] [--reuters 100]

One paragraph from each of ``--bbc`` BBC articles and ``--reuters`` Reuters stories drawn at
random (``--seed``) from documents no other set uses (the statistics development and test
sets are left out), split in two halves: ``bench/loaded/dev.paragraphs.jsonl`` (tuned on)
and ``bench/loaded/test.paragraphs.jsonl`` (never tuned on).  Each line names a paragraph by
document and offsets; the text stays in ../shared.  Labellers mark loaded words by
``bench/loaded/GUIDELINE.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import re

from corpora import ROOT, bbc_ids, draw, listed, reuters_ids, text_of

OUT = ROOT / "bench" / "loaded"
SETS = ROOT / "bench"
# a paragraph ends at a blank line, or at a line break before an indented line (wire copy)
BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S)")
MIN_WORDS = 12


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Body paragraphs of a document: blocks between breaks, the headline (first) left out."""
    spans, pos = [], 0
    for match in BREAK.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    spans = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans[1:]]
    return [(s, e) for s, e in spans if len(text[s:e].split()) >= MIN_WORDS]


def used_documents() -> list[str]:
    return [*listed(SETS / "devsets" / "statistics" / "bbc.docs.txt"),
            *listed(SETS / "devsets" / "statistics" / "reuters.docs.txt"),
            *listed(SETS / "testsets" / "statistics" / "docs.txt")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--bbc", type=int, default=300)
    parser.add_argument("--reuters", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = draw(bbc_ids(), args.bbc + 20, args.seed, used_documents()) + \
        draw(reuters_ids(), args.reuters * 3, args.seed, used_documents())
    chosen: dict[str, list[dict]] = {"bbc": [], "reuters": []}
    wanted = {"bbc": args.bbc, "reuters": args.reuters}
    for doc in docs:
        source = "reuters" if doc.startswith("reuters") else "bbc"
        spans = paragraphs(text_of(doc))
        if spans and len(chosen[source]) < wanted[source]:
            start, end = rng.choice(spans)
            chosen[source].append({"doc": doc, "start": start, "end": end})
    items = chosen["bbc"] + chosen["reuters"]
    rng.shuffle(items)
    half = len(items) // 2
    note = (f"drawn by bench/draw_loaded.py --seed {args.seed} --bbc {args.bbc} "
            f"--reuters {args.reuters}")
    for name, part in (("dev", items[:half]), ("test", items[half:])):
        with open(OUT / f"{name}.paragraphs.jsonl", "w", encoding="utf-8") as out:
            out.write(json.dumps({"draw": note, "set": name}) + "\n")
            for i, item in enumerate(sorted(part, key=lambda p: (p["doc"], p["start"]))):
                out.write(json.dumps({"para": i, **item}) + "\n")


if __name__ == "__main__":
    main()
