"""Agreement between the two labellers of a loaded-language set, and the settled marks.

    python bench/settle_loaded.py compare dev|test   # agreement; writes SET.disagreements.jsonl
    python bench/settle_loaded.py merge dev|test     # agreed marks + SET.decisions.jsonl -> SET.labels.jsonl

Labellers A and B mark ``bench/loaded/SET.paragraphs.jsonl`` independently by
``bench/loaded/GUIDELINE.md`` (``SET.labels.A.jsonl``, ``SET.labels.B.jsonl``).  Marks are
paired by overlapping spans in the same paragraph; a pair agrees whatever its category
(scoring asks only whether a finding overlaps a mark), and its span is the union.  A mark
only one labeller made is a disagreement, and so is a paragraph's register when they
differ; each is settled against the guideline in ``SET.decisions.jsonl`` (one line per
disagreement ``id``: ``{"id", "keep": true|false, "category", "note"}`` for a mark,
``{"id", "register", "note"}`` for a register).
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from corpora import ROOT, text_of

SETS = ROOT / "bench" / "loaded"


def read(name: str) -> list[dict]:
    lines = (SETS / name).read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip() and '"draw"' not in line]


def _paired(x: list[dict], y: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    pairs, used = [], set()
    only_x = []
    for m in x:
        j = next((j for j, n in enumerate(y) if j not in used
                  and n["start"] < m["end"] and m["start"] < n["end"]), None)
        if j is None:
            only_x.append(m)
        else:
            used.add(j)
            pairs.append((m, y[j]))
    return pairs, only_x, [n for j, n in enumerate(y) if j not in used]


def disagreements(name: str) -> tuple[list[dict], list[tuple[dict, dict, dict]], dict]:
    """The disputed marks and registers, the agreed pairs, and counts for the summary."""
    a, b = read(f"{name}.labels.A.jsonl"), read(f"{name}.labels.B.jsonl")
    assert [(p["doc"], p["start"]) for p in a] == [(p["doc"], p["start"]) for p in b]
    disputed, agreed = [], []
    counts = Counter(paragraphs=len(a))
    for pa, pb in zip(a, b):
        pairs, only_a, only_b = _paired(pa["marks"], pb["marks"])
        agreed += [(pa, m, n) for m, n in pairs]
        counts.update(both=len(pairs), only_a=len(only_a), only_b=len(only_b))
        for who, marks in (("A", only_a), ("B", only_b)):
            disputed += [{"doc": pa["doc"], "para": pa["para"], "by": who, "mark": m}
                         for m in marks]
        if pa["register"] != pb["register"]:
            disputed.append({"doc": pa["doc"], "para": pa["para"],
                             "register": {"A": pa["register"], "B": pb["register"]}})
            counts["register"] += 1
        counts["flagged_both"] += bool(pa["marks"]) and bool(pb["marks"])
        counts["flagged_either"] += bool(pa["marks"]) or bool(pb["marks"])
    for i, item in enumerate(disputed):
        item["id"] = i
    return disputed, agreed, counts


def compare(name: str) -> None:
    disputed, _, c = disagreements(name)
    marks = c["both"] + c["only_a"] + c["only_b"]
    print(f"{name}: {c['paragraphs']} paragraphs; {marks} marks, {c['both']} made by both "
          f"({c['both'] / max(1, marks):.0%}), {c['only_a']} by A only, {c['only_b']} by B only; "
          f"paragraphs flagged by both / either: {c['flagged_both']}/{c['flagged_either']}; "
          f"registers differ in {c['register']}")
    with open(SETS / f"{name}.disagreements.jsonl", "w", encoding="utf-8") as out:
        for item in disputed:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def merge(name: str) -> None:
    disputed, agreed, _ = disagreements(name)
    decisions = {d["id"]: d for d in read(f"{name}.decisions.jsonl")}
    missing = [d["id"] for d in disputed if d["id"] not in decisions]
    if missing:
        sys.exit(f"disagreements without a decision: {missing}")
    paragraphs = {(p["doc"], p["para"]): {**p, "marks": [], "note": ""}
                  for p in read(f"{name}.labels.A.jsonl")}
    for para, m, n in agreed:
        start, end = min(m["start"], n["start"]), max(m["end"], n["end"])
        paragraphs[para["doc"], para["para"]]["marks"].append(
            {"start": start, "end": end, "text": text_of(para["doc"])[start:end],
             "category": m["category"]})
    for item in disputed:
        decision, paragraph = decisions[item["id"]], paragraphs[item["doc"], item["para"]]
        if "register" in item:
            paragraph["register"] = decision["register"]
        elif decision.get("keep"):
            paragraph["marks"].append({**item["mark"], "category": decision.get(
                "category", item["mark"]["category"])})
    with open(SETS / f"{name}.labels.jsonl", "w", encoding="utf-8") as out:
        for paragraph in paragraphs.values():
            paragraph["marks"].sort(key=lambda m: m["start"])
            paragraph.pop("note")
            out.write(json.dumps(paragraph, ensure_ascii=False) + "\n")
    kept = Counter(m["category"] for p in paragraphs.values() for m in p["marks"])
    print(f"{name}: {sum(kept.values())} marks settled: {dict(kept.most_common())}")


if __name__ == "__main__":
    {"compare": compare, "merge": merge}[sys.argv[1]](sys.argv[2])
