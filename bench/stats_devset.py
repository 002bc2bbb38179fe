"""Precision and recall of the stats. rules on the hand-labelled development set.

    python bench/stats_devset.py [--shared ../shared] [--show fp|fn|all]

The labels (bench/devsets/statistics/*.jsonl) follow ../shared/specs/statistics-attribution.md
and point into ../shared/corpora by path and offset.  A mention counts as flagged when a
stats finding overlaps it.  Positives are mentions labelled ``unattributed`` (vague or
not); a finding on a ``not_stat`` or ``attributed`` mention, or on no labelled mention,
is a false positive.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpuslint.config import Config
from corpuslint.packs.ruleset import build_rules
from corpuslint.run.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "bench" / "devsets" / "statistics"


def load_texts(shared: Path, docs: list[str]) -> dict[str, str]:
    texts, reuters = {}, {}
    wanted = {int(d.split("newid=")[1]) for d in docs if d.startswith("reuters.jsonl#")}
    if wanted:
        with open(shared / "corpora" / "reuters.jsonl", encoding="utf-8") as handle:
            for line in handle:
                story = json.loads(line)
                if story["newid"] in wanted:
                    reuters[story["newid"]] = story["body"]
    for doc in docs:
        if doc.startswith("reuters.jsonl#"):
            texts[doc] = reuters[int(doc.split("newid=")[1])]
        else:
            texts[doc] = (shared / "corpora" / doc).read_text(encoding="utf-8")
    return texts


def evaluate(shared: Path, show: str | None = None, out=sys.stdout) -> dict[str, float]:
    docs, labels = [], defaultdict(list)
    for name in ("bbc", "reuters"):
        docs += (DEVSET / f"{name}.docs.txt").read_text().split()
        for line in (DEVSET / f"{name}.jsonl").read_text().splitlines():
            item = json.loads(line)
            labels[item["doc"]].append(item)
    texts = load_texts(shared, docs)
    linter = Linter(build_rules(Config(root=ROOT, builtin=True), selected=["stats"]))
    table: Counter = Counter()  # (gold, predicted) -> count
    unmatched_fp = 0
    for doc in docs:
        text = texts[doc]
        findings = linter.lint_text("doc.txt", text).findings
        used = set()
        for item in labels[doc]:
            gold = "vague" if item["label"] == "unattributed" and item["vague"] else item["label"]
            hits = [f for f in findings if f.start < item["end"] and item["start"] < f.end]
            used.update(id(f) for f in hits)
            predicted = hits[0].rule.split(".")[1] if hits else "-"
            table[gold, predicted] += 1
            wrong = (gold in ("unattributed", "vague")) != bool(hits)
            if show == "all" or (show == "fp" and hits and gold in ("attributed", "not_stat")) \
                    or (show == "fn" and wrong and not hits):
                context = text[max(0, item["start"] - 90):item["end"] + 40].replace("\n", " ")
                out.write(f"{gold:>12} -> {predicted:<18} {item['text']!r:<24} {doc}: …{context}…\n")
        for f in findings:
            if id(f) not in used:
                unmatched_fp += 1
                if show in ("fp", "all"):
                    context = text[max(0, f.start - 90):f.end + 40].replace("\n", " ")
                    out.write(f"{'(unlabelled)':>12} -> {f.rule:<18} {f.text!r:<24} {doc}: …{context}…\n")
    positives = ("unattributed", "vague")
    flagged = ("unattributed", "vague-attribution")
    tp = sum(table[g, p] for g in positives for p in flagged)
    fp = sum(table[g, p] for g in ("attributed", "not_stat") for p in flagged) + unmatched_fp
    fn = sum(table[g, "-"] for g in positives)
    not_stat = sum(table["not_stat", p] for p in ("-", *flagged))
    metrics = {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "not_stat_fp_rate": sum(table["not_stat", p] for p in flagged) / not_stat if not_stat else 0.0,
        "vague_recall": table["vague", "vague-attribution"] / max(1, sum(table["vague", p] for p in ("-", *flagged))),
    }
    out.write(f"\n{len(docs)} documents, {sum(len(v) for v in labels.values())} labelled mentions\n")
    out.write(f"{'gold / flagged as':<18}{'unattributed':>14}{'vague':>8}{'not flagged':>13}\n")
    for gold in ("unattributed", "vague", "attributed", "not_stat"):
        row = [table[gold, p] for p in (*flagged, "-")]
        out.write(f"{gold:<18}{row[0]:>14}{row[1]:>8}{row[2]:>13}\n")
    out.write(f"{'(unlabelled span)':<18}{unmatched_fp:>14}\n\n")
    for name, value in metrics.items():
        out.write(f"{name:<18}{value:.3f}\n")
    return metrics


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--show", choices=("fp", "fn", "all"))
    args = parser.parse_args()
    shared = Path(args.shared)
    if not (shared / "corpora").is_dir():
        print(f"{shared}/corpora not found", file=sys.stderr)
        return 2
    evaluate(shared, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
