"""``corpuslint report``: what a corpus looks like through the rules.

Findings per rule and per file, the most frequent loaded words, name groups with their
spellings and counts, the mix of date styles and, when the readability rules run, the
distribution of reading grades.  Tables on a terminal (rich), JSON with ``--format json``.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from corpuslint.engine import FileResult, Linter

TOP = 15
GRADE_BANDS = ((0, 6), (6, 9), (9, 12), (12, 15), (15, 99))


def build(results: list[FileResult], linter: Linter) -> dict:
    findings = [f for r in results for f in r.findings]
    data: dict = {
        "files": len(results),
        "findings": len(findings),
        "per_rule": dict(Counter(f.rule for f in findings).most_common()),
        "per_file": dict(Counter(f.path for f in findings).most_common(TOP)),
        "loaded_words": dict(Counter(f.text.lower() for f in findings
                                     if f.rule.startswith("loaded.")).most_common(TOP)),
        "name_groups": [],
        "date_styles": {},
    }
    grades = [r.metrics["flesch_kincaid_grade"] for r in results
              if "flesch_kincaid_grade" in r.metrics]
    if grades:
        data["readability"] = {f"{low}–{high}" if high < 99 else f"{low}+":
                               sum(low <= g < high for g in grades) for low, high in GRADE_BANDS}
    for rule, check in linter.corpus_checks:
        described = check.describe(linter.corpus_states.get(rule.id))
        data["name_groups"] += described.get("name_groups", [])
        for style, count in described.get("date_styles", {}).items():
            data["date_styles"][style] = max(count, data["date_styles"].get(style, 0))
    return data


def write_json(data: dict, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_tables(data: dict, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, soft_wrap=False)
    console.print(f"[bold]{data['files']}[/] files, [bold]{data['findings']}[/] findings")

    def table(title: str, columns: tuple[str, ...], rows) -> None:
        rows = list(rows)
        if not rows:
            return
        t = Table(title=title, title_justify="left")
        for i, column in enumerate(columns):
            t.add_column(column, justify="right" if i else "left")
        for row in rows:
            t.add_row(*(str(cell) for cell in row))
        console.print(t)

    table("Findings per rule", ("rule", "findings"), data["per_rule"].items())
    table(f"Files with most findings (top {TOP})", ("file", "findings"), data["per_file"].items())
    table("Most frequent loaded words", ("word", "times"), data["loaded_words"].items())
    table("Name groups with several spellings", ("group", "spellings"),
          ((g["group"] + (" (inferred)" if g["inferred"] else ""),
            ", ".join(f"{s} {n}x" for s, n in g["spellings"].items()))
           for g in data["name_groups"]))
    table("Date styles", ("style", "dates"), data["date_styles"].items())
    if data.get("readability"):
        table("Reading grade per file (Flesch-Kincaid)", ("grade", "files"),
              data["readability"].items())
