"""``corpuslint report``: what a corpus looks like through the rules.

Findings per rule and the files with most findings, then what each rule kind of the run
adds (its :class:`~corpuslint.kinds.base.KindReport`): the most frequent loaded words,
name groups with their spellings, the mix of date styles, reading grades.  Tables on a
terminal (rich), JSON with ``--format json``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TextIO

from corpuslint.kinds import KINDS, check_class
from corpuslint.kinds.base import REPORT_TOP, KindReport, Section
from corpuslint.model.findings import FileResult
from corpuslint.model.rule import Rule
from corpuslint.model.scopes import SCOPES
from corpuslint.run.engine import Linter


@dataclass
class CorpusReport:
    files: int
    findings: int
    sections: list[Section]

    def data(self) -> dict:
        return {"files": self.files, "findings": self.findings,
                **{section.key: section.data for section in self.sections}}


class Tally:
    """Counts gathered file by file as results stream past; ``build`` makes the report."""

    def __init__(self, linters: list[Linter]) -> None:
        self.linters = linters  # one per configuration of the run
        self.files = 0
        self.per_rule: Counter = Counter()
        self.per_file: Counter = Counter()
        self.kinds: dict[str, KindReport] = {}
        self.scope_chars: Counter = Counter()  # scope -> characters in it, over the corpus
        self.scope_files: Counter = Counter()  # scope -> files where it occurs
        unique: dict[str, Rule] = {}
        for linter in linters:
            for rule in linter.rules:
                unique.setdefault(rule.id, rule)
        for kind in KINDS:
            rules = [rule for rule in unique.values() if rule.kind == kind]
            report = check_class(kind).report if rules else None
            if report is not None:
                self.kinds[kind] = report(rules)

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.per_rule.update(f.rule for f in result.findings)
        if result.findings:
            self.per_file[result.path] = len(result.findings)
        for report in self.kinds.values():
            report.add(result)
        for key, value in result.metrics.items():
            if key.startswith("scope."):
                self.scope_chars[key[6:]] += value
                self.scope_files[key[6:]] += value > 0

    def build(self) -> CorpusReport:
        for linter in self.linters:
            for rule, check in linter.corpus_checks:
                if rule.kind in self.kinds and rule.id in linter.corpus_states:
                    self.kinds[rule.kind].corpus(check, linter.corpus_states[rule.id])
        per_rule = dict(self.per_rule.most_common())
        per_file = dict(self.per_file.most_common(REPORT_TOP))
        sections = [Section("per_rule", per_rule, "Findings per rule", ("rule", "findings"),
                            list(per_rule.items())),
                    Section("per_file", per_file, f"Files with most findings (top {REPORT_TOP})",
                            ("file", "findings"), list(per_file.items()))]
        sections += [s for report in self.kinds.values() for s in report.sections()]
        if self.scope_chars["body"]:
            sections.append(self._scopes())
        return CorpusReport(self.files, sum(self.per_rule.values()), sections)


    def _scopes(self) -> Section:
        body = self.scope_chars["body"]
        data = {name: {"share": round(self.scope_chars[name] / body, 4),
                       "files": self.scope_files[name]} for name in SCOPES}
        rows = [(name, f"{100 * value['share']:.1f} %", value["files"])
                for name, value in data.items()]
        return Section("scopes", data, "Scopes: share of the corpus text, and files with any",
                       ("scope", "share", "files"), rows)


def write_json(report: CorpusReport, out: TextIO) -> None:
    json.dump(report.data(), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_tables(report: CorpusReport, out: TextIO, color: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, soft_wrap=False, no_color=not color, force_terminal=color or None,
                      highlight=False)
    files, findings = report.files, report.findings
    console.print(f"[bold]{files}[/] file{'s' if files != 1 else ''}, "
                  f"[bold]{findings}[/] finding{'s' if findings != 1 else ''}")
    for section in report.sections:
        if not section.rows:
            continue
        table = Table(title=section.title, title_justify="left")
        for i, column in enumerate(section.columns):
            table.add_column(column, justify="right" if i else "left")
        for row in section.rows:
            table.add_row(*(str(cell) for cell in row))
        console.print(table)
