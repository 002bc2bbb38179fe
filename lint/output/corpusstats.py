"""``corpuslint report``: what a corpus looks like through the rules.

Findings per rule and per file, the most frequent loaded words, name groups with their
spellings and counts, the mix of date styles and, when the readability rules run, the
distribution of reading grades.  Tables on a terminal (rich), JSON with ``--format json``.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from corpuslint.model.findings import FileResult
from corpuslint.run.engine import Linter

TOP = 15
GRADE_BANDS = ((0, 6), (6, 9), (9, 12), (12, 15), (15, 99))


class Tally:
    """Counts gathered file by file as results stream past; ``build`` makes the report."""

    def __init__(self) -> None:
        self.files = 0
        self.per_rule: Counter = Counter()
        self.per_file: Counter = Counter()
        self.loaded_words: Counter = Counter()
        self.grades: Counter = Counter()  # grade band -> files

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.per_rule.update(f.rule for f in result.findings)
        if result.findings:
            self.per_file[result.path] = len(result.findings)
        self.loaded_words.update(f.text.lower() for f in result.findings
                                 if f.rule.startswith("loaded."))
        grade = result.metrics.get("flesch_kincaid_grade")
        if grade is not None:
            self.grades[next((band for band in GRADE_BANDS if band[0] <= grade < band[1]),
                             None)] += 1

    def build(self, linter: Linter) -> dict:
        data: dict = {
            "files": self.files,
            "findings": sum(self.per_rule.values()),
            "per_rule": dict(self.per_rule.most_common()),
            "per_file": dict(self.per_file.most_common(TOP)),
            "loaded_words": dict(self.loaded_words.most_common(TOP)),
            "name_groups": [],
            "date_styles": {},
        }
        if self.grades:
            data["readability"] = {f"{low}–{high}" if high < 99 else f"{low}+":
                                   self.grades[(low, high)] for low, high in GRADE_BANDS}
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
    files, findings = data["files"], data["findings"]
    console.print(f"[bold]{files}[/] file{'s' if files != 1 else ''}, "
                  f"[bold]{findings}[/] finding{'s' if findings != 1 else ''}")

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
