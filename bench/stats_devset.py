"""Precision and recall of the stats. rules on the development set and the test set.

    python bench/stats_devset.py [--shared ../shared] [--set dev|dev2|…|test|all]
                                 [--show fp|fn|all] [--no-paths]

Both sets are hand-labelled by the house definition (../shared/specs/statistics-attribution.md
with docs/statistics-definition.md) and point into ../shared/corpora by id and offset:
the development set (bench/devsets/statistics, 100 documents: tuned on), its second batch
(bench/devsets/statistics/batch2, 40 documents drawn by ``bench/draw_statistics.py --seed 4711
--bbc 20 --reuters 20 --into devsets/statistics/batch2`` from documents no set or audit had
used, labelled like the test set; its figures before any tuning on it were a second unseen
measure, then it joined the development set), its later batches (batch3 to batch31, drawn
the same way with ``--seed`` 5813, 7207, 9311, 6151, 3301, 8629, 9137, 10271, 11393, 12479,
13523, 14593, 15671, 16889, 17987, 19231, 20357, 21467, 22543, 23581, 24659, 25747, 26833,
27919, 28961, 29989, 31051, 32117 and 33179,
each measured before it was tuned on) and the test set
(bench/testsets/statistics, 48 documents drawn by bench/draw_statistics.py, labelled by two
labellers whose disagreements were settled against the definition: never tuned on).  The
figures of both are printed side by side, with the later batches (dev2 on) pooled in the
column ``batches``; a change that raises dev and lowers test is no
improvement.  A mention counts as flagged when a stats finding overlaps it.  Positives are
mentions labelled ``unattributed`` (vague or not); a finding on a ``not_stat`` or
``attributed`` mention, or on no labelled mention, is a false positive.  ``--show`` lists
errors in context (of the development set unless ``--set test`` is given: look at test
errors only to report them, never to tune).  Each document is linted under its corpus path
(``bbc/sport/349.txt``), as ``corpuslint`` run over the corpus meets it, so the register a
path names applies; ``--no-paths`` lints every document as a bare ``doc.txt`` instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpora import listed, text_of

from corpuslint.config import Config
from corpuslint.packs.ruleset import build_rules
from corpuslint.run.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "bench" / "devsets" / "statistics"
TESTSET = ROOT / "bench" / "testsets" / "statistics"
BATCHES = {f"dev{folder.name.removeprefix('batch')}": folder
           for folder in sorted(DEVSET.glob("batch*"), key=lambda f: int(f.name.removeprefix("batch")))
           if (folder / "labels.jsonl").is_file()}


def labelled(which: str) -> tuple[list[str], dict[str, list[dict]]]:
    """The documents of set ``which`` (dev, a later batch such as dev2, or test) and their
    labelled mentions."""
    docs, labels = [], defaultdict(list)
    folder = BATCHES.get(which, TESTSET)
    files = ([(DEVSET / f"{name}.docs.txt", DEVSET / f"{name}.jsonl") for name in ("bbc", "reuters")]
             if which == "dev" else [(folder / "docs.txt", folder / "labels.jsonl")])
    for docs_file, labels_file in files:
        docs += listed(docs_file)
        for line in labels_file.read_text().splitlines():
            item = json.loads(line)
            labels[item["doc"]].append(item)
    return docs, labels


def evaluate(shared: Path, show: str | None = None, out=sys.stdout,
             which: str = "dev", paths: bool = True, counts: Counter | None = None) -> dict[str, float]:
    """The set's figures; its counts are added to ``counts`` when given (for a pooled figure)."""
    docs, labels = labelled(which)
    texts = {doc: text_of(doc, shared) for doc in docs}
    linter = Linter(build_rules(Config(root=ROOT, builtin=True), selected=["stats"]))
    table: Counter = Counter()  # (gold, predicted) -> count
    unmatched_fp = 0
    for doc in docs:
        text = texts[doc]
        path = doc if paths and not doc.startswith("reuters") else "doc.txt"
        findings = linter.lint_text(path, text).findings
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
    tally = Counter({
        "tp": tp, "fp": fp, "fn": fn,
        "not_stat": sum(table["not_stat", p] for p in ("-", *flagged)),
        "not_stat_flagged": sum(table["not_stat", p] for p in flagged),
        "vague": sum(table["vague", p] for p in ("-", *flagged)),
        "vague_found": table["vague", "vague-attribution"],
    })
    if counts is not None:
        counts.update(tally)
    metrics = _metrics(tally)
    out.write(f"\n{which} set: {len(docs)} documents, "
              f"{sum(len(v) for v in labels.values())} labelled mentions\n")
    out.write(f"{'gold / flagged as':<18}{'unattributed':>14}{'vague':>8}{'not flagged':>13}\n")
    for gold in ("unattributed", "vague", "attributed", "not_stat"):
        row = [table[gold, p] for p in (*flagged, "-")]
        out.write(f"{gold:<18}{row[0]:>14}{row[1]:>8}{row[2]:>13}\n")
    out.write(f"{'(unlabelled span)':<18}{unmatched_fp:>14}\n\n")
    for name, value in metrics.items():
        out.write(f"{name:<18}{value:.3f}\n")
    return metrics


def _metrics(tally: Counter) -> dict[str, float]:
    tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "not_stat_fp_rate": tally["not_stat_flagged"] / tally["not_stat"] if tally["not_stat"] else 0.0,
        "vague_recall": tally["vague_found"] / max(1, tally["vague"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--set", choices=("dev", *BATCHES, "test", "all"), default="all")
    parser.add_argument("--show", choices=("fp", "fn", "all"))
    parser.add_argument("--no-paths", action="store_true", help="lint every document as doc.txt")
    args = parser.parse_args()
    shared = Path(args.shared)
    if not (shared / "corpora").is_dir():
        print(f"{shared}/corpora not found", file=sys.stderr)
        return 2
    sets = ("dev", *BATCHES, "test") if args.set == "all" else (args.set,)
    figures, later = {}, Counter()
    for which in sets:
        shown = args.show if which == (args.set if args.set != "all" else "dev") else None
        figures[which] = evaluate(shared, shown, which=which, paths=not args.no_paths,
                                  counts=later if which in BATCHES else None)
    if args.set == "all":
        # the later batches pooled: each was first scored unseen, so together they weigh a
        # change on far more text than any one of them
        figures = {**{k: v for k, v in figures.items() if k != "test"},
                   "batches": _metrics(later), "test": figures["test"]}
    if len(figures) > 1:
        print(f"\n{'':<18}" + "".join(f"{which:>8}" for which in figures))
        for name in figures["dev"]:
            print(f"{name:<18}" + "".join(f"{f[name]:>8.3f}" for f in figures.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
