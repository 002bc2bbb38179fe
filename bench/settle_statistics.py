"""Agreement between the two labellers of the statistics test set, and the settled labels.

    python bench/settle_statistics.py compare [FOLDER]  # agreement; writes disagreements.jsonl
    python bench/settle_statistics.py merge [FOLDER]    # agreed labels + decisions.jsonl -> labels.jsonl

FOLDER (under bench/) is the set: ``testsets/statistics`` unless given (the development
set's later batches, such as ``devsets/statistics/batch2``, are labelled the same way).

Labellers A and B label ``bench/testsets/statistics`` independently (``labels.A.jsonl``,
``labels.B.jsonl``) by the house definition.  Their mentions are paired by overlapping
spans in the same document.  A pair agrees when label and vagueness are the same (spans
that differ are settled as their union: scoring asks only whether a finding overlaps a
mention); every other pair, and every mention only one of them made, is a disagreement,
settled against the definition in ``decisions.jsonl`` (one line per disagreement, keyed
by its ``id``: the settled mention, or ``"label": "no_mention"``).  ``no_mention`` lines
(a candidate that is not a number in use) take part like labels.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from corpora import ROOT, text_of

SET = ROOT / "bench" / (sys.argv[2] if len(sys.argv) > 2 else "testsets/statistics")
FIELDS = ("doc", "start", "end", "text", "label", "vague", "note")


def read(name: str) -> list[dict]:
    path = SET / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def label_of(item: dict | None) -> str:
    if item is None:
        return "(none)"
    return "vague" if item["label"] == "unattributed" and item.get("vague") else item["label"]


def pairs(a: list[dict], b: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Mentions of A and B paired by overlapping spans (each used once), in document order."""
    result, used = [], set()
    by_doc: dict[str, list[int]] = {}
    for j, item in enumerate(b):
        by_doc.setdefault(item["doc"], []).append(j)
    for item in a:
        match = next((j for j in by_doc.get(item["doc"], ()) if j not in used
                      and b[j]["start"] < item["end"] and item["start"] < b[j]["end"]), None)
        if match is not None:
            used.add(match)
        result.append((item, b[match] if match is not None else None))
    result += [(None, item) for j, item in enumerate(b) if j not in used]
    return sorted(result, key=lambda p: ((p[0] or p[1])["doc"], (p[0] or p[1])["start"]))


def agrees(x: dict | None, y: dict | None) -> bool:
    return x is not None and y is not None and label_of(x) == label_of(y)


def union(x: dict, y: dict) -> dict:
    """One mention spanning both labellers' spans."""
    start, end = min(x["start"], y["start"]), max(x["end"], y["end"])
    return {**x, "start": start, "end": end, "text": text_of(x["doc"])[start:end]}


def kappa(paired: list[tuple[dict | None, dict | None]]) -> float:
    """Cohen's kappa on the label (span ignored) of mentions both labellers made."""
    both = [(label_of(x), label_of(y)) for x, y in paired if x and y]
    observed = sum(p == q for p, q in both) / len(both)
    left, right = Counter(p for p, _ in both), Counter(q for _, q in both)
    expected = sum(left[k] * right[k] for k in left) / len(both) ** 2
    return (observed - expected) / (1 - expected)


def compare() -> None:
    paired = pairs(read("labels.A.jsonl"), read("labels.B.jsonl"))
    agreed = sum(agrees(x, y) for x, y in paired)
    same_span = sum(1 for x, y in paired if agrees(x, y) and x["start"] == y["start"]
                    and x["end"] == y["end"])
    print(f"{len(paired)} mentions; {agreed} agree on the label ({agreed / len(paired):.1%}), "
          f"{same_span} on label and span; Cohen's kappa on the label of mentions both made "
          f"{kappa(paired):.3f}")
    table = Counter((label_of(x), label_of(y)) for x, y in paired if not agrees(x, y))
    for (p, q), n in table.most_common():
        print(f"  A {p:<13} B {q:<13} {n}")
    with open(SET / "disagreements.jsonl", "w", encoding="utf-8") as out:
        for i, (x, y) in enumerate(p for p in paired if not agrees(*p)):
            out.write(json.dumps({"id": i, "doc": (x or y)["doc"], "A": x, "B": y},
                                 ensure_ascii=False) + "\n")


def merge() -> None:
    paired = pairs(read("labels.A.jsonl"), read("labels.B.jsonl"))
    decisions = {d["id"]: d for d in read("decisions.jsonl")}
    settled = []
    disputed = sum(1 for p in paired if not agrees(*p))
    missing = sorted(set(range(disputed)) - decisions.keys())
    if missing:
        sys.exit(f"disagreements without a decision: {missing}")
    settled = [*decisions.values(), *(union(x, y) for x, y in paired if agrees(x, y))]
    # two labellers' pieces of one date can settle as the same mention: keep it once
    unique = {(m["doc"], m["start"], m["end"]): m for m in settled if m["label"] != "no_mention"}
    mentions = sorted(unique.values(), key=lambda m: (m["doc"], m["start"]))
    for m in mentions:
        assert text_of(m["doc"])[m["start"]:m["end"]] == m["text"], m
    with open(SET / "labels.jsonl", "w", encoding="utf-8") as out:
        for m in mentions:
            out.write(json.dumps({k: m.get(k, False if k == "vague" else "") for k in FIELDS},
                                 ensure_ascii=False) + "\n")
    print(f"{len(mentions)} mentions: {dict(Counter(label_of(m) for m in mentions))}")


if __name__ == "__main__":
    {"compare": compare, "merge": merge}[sys.argv[1] if len(sys.argv) > 1 else "compare"]()
