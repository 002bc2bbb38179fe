"""Draw a labelled statistics set: documents never looked at while tuning, with candidates.

    python bench/draw_statistics.py [--seed 2026] [--bbc 24] [--reuters 24] [--into FOLDER]

Writes ``bench/testsets/statistics/docs.txt`` (the draw, with its seed) and
``candidates.jsonl`` (by offset; the text stays in ../shared): every span that could be a quantity mention, found by a broad
pattern that knows nothing of corpuslint's grammar (digits, number words, fractions,
multipliers, vague quantities).  Labellers judge each candidate by the house definition
(docs/statistics-definition.md), correct its span and add any mention it missed.
Documents of the development set are never drawn.  ``--into`` draws a further batch of
the development set into another folder (``bench/devsets/statistics/batch2``) and then
leaves out every document any set or audit has used so far.
"""

from __future__ import annotations

import argparse
import json
import re

from audit import used_documents
from corpora import ROOT, bbc_ids, draw, listed, reuters_ids, text_of

OUT = ROOT / "bench" / "testsets" / "statistics"
DEV = ROOT / "bench" / "devsets" / "statistics"
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen "
    "dozens score scores half halves third thirds quarter quarters fifth fifths tenth tenths "
    "twice double doubled tripled trebled quadrupled halved"
).split()
CANDIDATE = re.compile(
    r"[$£€¥]?\d[\d,.]*(?:\s?(?:%|per\s?cent|pct|bn|m|mln|bln|p|c)\b)?"
    rf"|\b(?:{'|'.join(NUMBER_WORDS)})(?:-(?:{'|'.join(NUMBER_WORDS)}))?\b",
    re.IGNORECASE,
)


def candidates(doc: str, text: str) -> list[dict]:
    return [{"doc": doc, "start": m.start(), "end": m.end(), "text": m.group()}
            for m in CANDIDATE.finditer(text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--bbc", type=int, default=24)
    parser.add_argument("--reuters", type=int, default=24)
    parser.add_argument("--into", help="a folder under bench/ for a further development batch")
    args = parser.parse_args()
    out_dir = ROOT / "bench" / args.into if args.into else OUT
    if args.into:
        seen, left_out = sorted(used_documents()), "every document used so far left out"
        into = f" --into {args.into}"
    else:
        seen = listed(DEV / "bbc.docs.txt") + listed(DEV / "reuters.docs.txt")
        left_out, into = "development-set documents left out", ""
    docs = draw(bbc_ids(), args.bbc, args.seed, seen) + \
        draw(reuters_ids(), args.reuters, args.seed, seen)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "docs.txt").write_text(
        f"# drawn by bench/draw_statistics.py --seed {args.seed} --bbc {args.bbc} "
        f"--reuters {args.reuters}{into}; {left_out}\n" + "\n".join(docs) + "\n")
    with open(out_dir / "candidates.jsonl", "w", encoding="utf-8") as out:
        for doc in docs:
            for item in candidates(doc, text_of(doc)):
                out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
