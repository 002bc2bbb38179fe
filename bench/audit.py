"""An editor's audit: random findings on unseen news, judged one by one, scored with an interval.

    python bench/audit.py draw NAME --rules stats.unattributed --corpus bbc [--count 40]
                                    [--docs 400] [--seed 1] [--dropped | --whole]
    python bench/audit.py show NAME            # each finding in its context, for the judge
    python bench/audit.py score [NAME ...]     # precision with its 95 % Wilson interval
    python bench/audit.py disagree NAME        # where two judges differ, for settling

``draw`` lints ``--docs`` documents drawn at random (``--seed``) from ``--corpus`` (``bbc``
or ``reuters``: whole wire stories) that no development, test or earlier audit set has
used, and keeps ``--count`` of the chosen rules' findings drawn at random from all they
found.  With ``--dropped`` it keeps instead the findings the rules' scopes removed
(``skip``), each with the scope that removed it: the audit of the structure, not of the rules.
With ``--whole`` the whole collection is linted as one corpus (every BBC article, or every
Reuters story written out as a file), as corpus-wide rules such as ``names.inferred`` must
be, and ``--count`` findings are drawn from all of it.
The draw goes to ``bench/audits/NAME/sample.jsonl`` (documents by id and offsets; the text
stays in ../shared).  A judge writes ``verdicts.jsonl`` beside it: one line per finding,
``{"id": 3, "verdict": "right" | "wrong", "class": "...", "note": "..."}``, judged by the
house definition of the rule's family (``--dropped``: right when the span does lie in that
scope as the README defines it).

A second judge, who does not read the first one's verdicts, writes ``verdicts.2.jsonl`` the
same way; ``disagree`` prints the findings the two judged differently with both notes, and
``settled.jsonl`` records each one settled against the definition, ``{"id": 3, "verdict":
…, "reason": "..."}``.  ``score`` then counts the verdict both judges gave, or the settled
one, and reports how often the judges agreed and Cohen's kappa.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import replace
from pathlib import Path

from corpora import ROOT, bbc_ids, draw, listed, reuters_ids, same_document, text_of

AUDITS = ROOT / "bench" / "audits"
Z = 1.96  # 95 %


def used_documents() -> set[str]:
    """Documents of every development, test and audit set: never drawn again."""
    used = [*listed(ROOT / "bench" / "devsets" / "statistics" / "bbc.docs.txt"),
            *listed(ROOT / "bench" / "devsets" / "statistics" / "reuters.docs.txt"),
            *listed(ROOT / "bench" / "testsets" / "statistics" / "docs.txt")]
    for batch in sorted((ROOT / "bench" / "devsets" / "statistics").glob("batch*/docs.txt")):
        used += listed(batch)
    for name in ("dev", "test"):
        path = ROOT / "bench" / "loaded" / f"{name}.paragraphs.jsonl"
        if path.is_file():
            used += [json.loads(line).get("doc", "") for line in path.read_text().splitlines()]
    for sample in AUDITS.glob("*/sample.jsonl"):
        used += [json.loads(line)["doc"] for line in sample.read_text().splitlines()
                 if line.startswith('{"id"')]
    return {same_document(doc) for doc in used if doc}


def wilson(right: int, judged: int) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion."""
    if not judged:
        return 0.0, 1.0
    p = right / judged
    centre = (p + Z * Z / (2 * judged)) / (1 + Z * Z / judged)
    half = Z * math.sqrt(p * (1 - p) / judged + Z * Z / (4 * judged * judged)) / (1 + Z * Z / judged)
    return max(0.0, centre - half), min(1.0, centre + half)


def _linters(rules: list[str], dropped: bool):
    from corpuslint.config import Config
    from corpuslint.packs.ruleset import build_rules
    from corpuslint.run.engine import Linter

    ruleset = build_rules(Config(root=None, builtin=True), selected=rules)
    if not dropped:
        return Linter(ruleset), None
    open_rules = []
    for rule in ruleset:
        options = {**rule.options, "skip": []}
        open_rules.append(replace(rule, options=options))
    return Linter(ruleset), Linter(open_rules)


def _dropped(doc_id: str, text: str, linter, open_linter) -> list[dict]:
    from corpuslint.model.document import Document

    kept = {(f.rule, f.start, f.end) for f in linter.lint_text("doc.txt", text).findings}
    doc = Document.from_text("doc.txt", text)
    skips = {rule.id: rule.options.get("skip") or [] for rule in linter.rules}
    found = []
    for finding in open_linter.lint_text("doc.txt", text).findings:
        if (finding.rule, finding.start, finding.end) in kept:
            continue
        scope = next((s for s in skips[finding.rule]
                      if doc.in_scope([s], finding.start, finding.end)), "?")
        found.append({"doc": doc_id, "start": finding.start, "end": finding.end,
                      "text": finding.text, "rule": finding.rule, "scope": scope})
    return found


def _whole(args) -> tuple[list[dict], int]:
    """Findings of the rules over the whole collection, linted as one corpus."""
    import tempfile

    from corpora import SHARED

    from corpuslint import Options, lint

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.corpus == "bbc":
            folder, ids = SHARED / "corpora" / "bbc", bbc_ids()
            names = {f"bbc/{p}": p for p in (i.removeprefix("bbc/") for i in ids)}
        else:
            ids, folder, names = reuters_ids(), root, {}
            for doc in ids:
                name = f"{int(doc.split('=')[1]):05d}.txt"
                (root / name).write_text(text_of(doc), encoding="utf-8")
                names[doc] = name
        (root / ".corpuslint.yaml").write_text("include: ['*.txt']\n", encoding="utf-8")
        config = str(root / ".corpuslint.yaml")
        run = lint(Options(paths=(str(folder),), config=config, select=tuple(args.rules),
                           jobs=2, cache=False, cwd=folder))
        by_name = {name: doc for doc, name in names.items()}
        found = [{"doc": by_name.get(report.path, report.path), "start": f.start, "end": f.end,
                  "text": f.text, "rule": f.rule, "message": f.message}
                 for report in run for f in report.findings]
    return found, len(ids)


def draw_sample(args) -> int:
    if args.whole:
        found, count = _whole(args)
        return _write(args, random.Random(args.seed).sample(found, min(args.count, len(found))),
                      found, count)
    ids = bbc_ids() if args.corpus == "bbc" else reuters_ids()
    docs = draw(ids, args.docs, args.seed, used_documents())
    linter, open_linter = _linters(args.rules, args.dropped)
    found: list[dict] = []
    for doc_id in docs:
        text = text_of(doc_id)
        if args.dropped:
            found += _dropped(doc_id, text, linter, open_linter)
            continue
        for f in linter.lint_text("doc.txt", text).findings:
            found.append({"doc": doc_id, "start": f.start, "end": f.end, "text": f.text,
                          "rule": f.rule, "message": f.message})
    rng = random.Random(args.seed)
    if args.dropped:  # up to --count per scope
        by_scope: dict[str, list[dict]] = {}
        for item in found:
            by_scope.setdefault(item["scope"], []).append(item)
        sample = [x for scope in sorted(by_scope)
                  for x in rng.sample(by_scope[scope], min(args.count, len(by_scope[scope])))]
    else:
        sample = rng.sample(found, min(args.count, len(found)))
    return _write(args, sample, found, len(docs))


def _write(args, sample: list[dict], found: list[dict], documents: int) -> int:
    out = AUDITS / args.name
    out.mkdir(parents=True, exist_ok=True)
    header = {"draw": f"bench/audit.py draw {args.name} --rules {' '.join(args.rules)} "
                      f"--corpus {args.corpus} --count {args.count} --docs {args.docs} "
                      f"--seed {args.seed}" + (" --dropped" if args.dropped else "")
                      + (" --whole" if args.whole else ""),
              "findings_in_draw": len(found), "documents": documents}
    with open(out / "sample.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps(header) + "\n")
        for i, item in enumerate(sample):
            handle.write(json.dumps({"id": i, **item}, ensure_ascii=False) + "\n")
    print(f"{len(sample)} of {len(found)} findings in {documents} documents -> {out}/sample.jsonl")
    return 0


def _items(name: str) -> tuple[dict, list[dict]]:
    lines = (AUDITS / name / "sample.jsonl").read_text(encoding="utf-8").splitlines()
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:]]


def show(args) -> int:
    _, items = _items(args.name)
    for item in items:
        text = text_of(item["doc"])
        before = text[max(0, item["start"] - 300):item["start"]]
        after = text[item["end"]:item["end"] + 200]
        what = item.get("message") or f"dropped by scope {item.get('scope')}"
        print(f"=== id {item['id']} {item['rule']} {item['doc']}\n{what}\n"
              f"…{before}[[{text[item['start']:item['end']]}]]{after}…\n")
    return 0


def _verdicts(path: Path) -> dict[int, dict]:
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {v["id"]: v for v in (json.loads(line) for line in lines if line.strip())}


def _judged(name: str) -> tuple[list[dict], str]:
    """The verdicts of an audit (agreed or settled when two judges read it) and a note on
    how far the judges agreed."""
    folder = AUDITS / name
    first, second = _verdicts(folder / "verdicts.jsonl"), _verdicts(folder / "verdicts.2.jsonl")
    if not second:
        return list(first.values()), ""
    settled = _verdicts(folder / "settled.jsonl")
    both = sorted(first.keys() & second.keys())
    final, open_ = [], 0
    for i in both:
        if first[i]["verdict"] == second[i]["verdict"]:
            final.append(first[i])
        elif i in settled:
            final.append({**first[i], **settled[i]})
        else:
            open_ += 1
    agreed = sum(first[i]["verdict"] == second[i]["verdict"] for i in both)
    note = f"  agree {agreed}/{len(both)}, kappa {_kappa(first, second, both):.2f}"
    return final, note + (f", {open_} unsettled" if open_ else "")


def _kappa(first: dict, second: dict, ids: list[int]) -> float:
    """Cohen's kappa of two judges' right/wrong verdicts."""
    if not ids:
        return 0.0
    observed = sum(first[i]["verdict"] == second[i]["verdict"] for i in ids) / len(ids)
    a = sum(first[i]["verdict"] == "right" for i in ids) / len(ids)
    b = sum(second[i]["verdict"] == "right" for i in ids) / len(ids)
    chance = a * b + (1 - a) * (1 - b)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def score(args) -> int:
    names = args.names or sorted(p.parent.name for p in AUDITS.glob("*/verdicts.jsonl"))
    print(f"{'audit':<34}{'judged':>7}{'right':>7}{'precision':>11}  95 % interval")
    for name in names:
        if not (AUDITS / name / "verdicts.jsonl").is_file():
            continue
        verdicts, agreement = _judged(name)
        _, items = _items(name)
        groups: dict[str, list[dict]] = {name: verdicts}
        if items and "scope" in items[0]:
            scopes = {item["id"]: item["scope"] for item in items}
            for verdict in verdicts:
                groups.setdefault(f"  {scopes[verdict['id']]}", []).append(verdict)
        for label, group in groups.items():
            right = sum(v["verdict"] == "right" for v in group)
            low, high = wilson(right, len(group))
            print(f"{label:<34}{len(group):>7}{right:>7}{right / max(1, len(group)):>11.2f}"
                  f"  {low:.2f}–{high:.2f}" + (agreement if label == name else ""))
    return 0


def disagree(args) -> int:
    folder = AUDITS / args.name
    first, second = _verdicts(folder / "verdicts.jsonl"), _verdicts(folder / "verdicts.2.jsonl")
    settled = _verdicts(folder / "settled.jsonl")
    _, items = _items(args.name)
    for item in items:
        i = item["id"]
        if i not in first or i not in second or first[i]["verdict"] == second[i]["verdict"]:
            continue
        text = text_of(item["doc"])
        context = text[max(0, item["start"] - 300):item["start"]] + "[[" + \
            text[item["start"]:item["end"]] + "]]" + text[item["end"]:item["end"] + 200]
        print(f"=== id {i} {item['rule']} {item['doc']}" + (" (settled)" if i in settled else "")
              + f"\n{item.get('message', '')}\n…{context}…")
        for who, verdicts in (("judge 1", first), ("judge 2", second)):
            v = verdicts[i]
            print(f"{who}: {v['verdict']} {v.get('class', '')}: {v.get('note', '')}")
        print()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw")
    drawing.add_argument("name")
    drawing.add_argument("--rules", nargs="+", required=True)
    drawing.add_argument("--corpus", choices=("bbc", "reuters"), required=True)
    drawing.add_argument("--count", type=int, default=40)
    drawing.add_argument("--docs", type=int, default=400)
    drawing.add_argument("--seed", type=int, default=1)
    drawing.add_argument("--dropped", action="store_true")
    drawing.add_argument("--whole", action="store_true")
    showing = commands.add_parser("show")
    showing.add_argument("name")
    scoring = commands.add_parser("score")
    scoring.add_argument("names", nargs="*")
    disagreeing = commands.add_parser("disagree")
    disagreeing.add_argument("name")
    args = parser.parse_args()
    return {"draw": draw_sample, "show": show, "score": score, "disagree": disagree}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
