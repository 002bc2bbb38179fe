"""Precision and recall of the loaded. rules on the development and test paragraphs.

    python bench/loaded_sets.py [--set dev|test|both] [--show fp|fn]

The sets (bench/loaded/SET.labels.jsonl, drawn by bench/draw_loaded.py, marked by two
labellers by bench/loaded/GUIDELINE.md and settled by bench/settle_loaded.py) name
paragraphs of unseen BBC and Reuters copy with the loaded words in each.  Every document is
linted whole (so quotations, names, comments and register are seen as in a real run) with
the loaded rules at their shipped settings; a finding counts when it lies in a labelled
paragraph, and it is right when it overlaps a mark.  Figures: precision, recall, the share
of paragraphs with no mark that get a finding, per rule, and the same for the paragraphs of
the news register alone.  Tune on dev; test is only reported (``--show`` lists dev errors).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict

from corpora import ROOT, text_of

SETS = ROOT / "bench" / "loaded"


def labelled(which: str) -> list[dict]:
    lines = (SETS / f"{which}.labels.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip() and '"draw"' not in line]


def _linter():
    from corpuslint.config import Config
    from corpuslint.packs.ruleset import build_rules
    from corpuslint.run.engine import Linter

    # the shipped defaults: selecting the family would turn on the rules that are off
    rules = [rule for rule in build_rules(Config(root=None, builtin=True))
             if rule.id.startswith("loaded.")]
    return Linter(rules)


def evaluate(which: str, show: str | None = None, out=sys.stdout) -> dict[str, dict]:
    paragraphs = labelled(which)
    linter = _linter()
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for paragraph in paragraphs:
        by_doc[paragraph["doc"]].append(paragraph)
    figures = {"all": Counter(), "news": Counter()}
    per_rule: dict[str, Counter] = defaultdict(Counter)
    for doc, items in sorted(by_doc.items()):
        text = text_of(doc)
        findings = linter.lint_text(doc.replace("/", "_"), text).findings
        for paragraph in items:
            inside = [f for f in findings if paragraph["start"] <= f.start < paragraph["end"]]
            marks = paragraph["marks"]
            groups = ("all", "news") if paragraph.get("register", "news") == "news" else ("all",)
            for group in groups:
                tally = figures[group]
                tally["paragraphs"] += 1
                tally["marks"] += len(marks)
                tally["found marks"] += sum(any(f.start < m["end"] and m["start"] < f.end
                                                for f in inside) for m in marks)
                tally["findings"] += len(inside)
                tally["unmarked paragraphs"] += not marks
                tally["unmarked flagged"] += bool(not marks and inside)
            for finding in inside:
                right = any(finding.start < m["end"] and m["start"] < finding.end for m in marks)
                figures["all"]["right"] += right
                if "news" in groups:
                    figures["news"]["right"] += right
                per_rule[finding.rule]["findings"] += 1
                per_rule[finding.rule]["right"] += right
                if show == "fp" and not right:
                    context = text[max(0, finding.start - 100):finding.end + 60].replace("\n", " ")
                    out.write(f"FP {finding.rule:<24} {finding.text!r:<18} {doc}: …{context}…\n")
            if show == "fn":
                for mark in marks:
                    if not any(f.start < mark["end"] and mark["start"] < f.end for f in inside):
                        context = text[max(0, mark["start"] - 100):mark["end"] + 60].replace("\n", " ")
                        out.write(f"FN {mark['category']:<16} {mark['text']!r:<18} {doc}: …{context}…\n")
    result = {}
    for group, tally in figures.items():
        result[group] = {
            "precision": tally["right"] / max(1, tally["findings"]),
            "recall": tally["found marks"] / max(1, tally["marks"]),
            "unmarked_flagged": tally["unmarked flagged"] / max(1, tally["unmarked paragraphs"]),
            "findings": tally["findings"], "marks": tally["marks"],
            "paragraphs": tally["paragraphs"],
        }
    result["rules"] = {rule: {"findings": c["findings"], "precision": c["right"] / c["findings"]}
                       for rule, c in sorted(per_rule.items())}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show", choices=("fp", "fn"))
    args = parser.parse_args()
    sets = ("dev", "test") if args.set == "both" else (args.set,)
    results = {which: evaluate(which, args.show if which == sets[0] else None) for which in sets}
    print(f"\n{'':<34}" + "".join(f"{which:>12}" for which in sets))
    for group in ("all", "news"):
        for name in ("paragraphs", "marks", "findings", "precision", "recall", "unmarked_flagged"):
            values = [results[which][group][name] for which in sets]
            shown = "".join(f"{v:>12.3f}" if isinstance(v, float) else f"{v:>12}" for v in values)
            print(f"{group + ' ' + name:<34}{shown}")
    rules = sorted({rule for which in sets for rule in results[which]["rules"]})
    for rule in rules:
        cells = []
        for which in sets:
            r = results[which]["rules"].get(rule)
            cells.append(f"{r['precision']:.2f} of {r['findings']}" if r else "—")
        print(f"{rule:<34}" + "".join(f"{c:>12}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
