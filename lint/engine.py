"""The pipeline: read → parse → per-document checks → findings, one file at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpuslint.document import Document
from corpuslint.findings import Finding, Hit, Problem
from corpuslint.kinds.pattern import PatternTimeout
from corpuslint.packs import Rule
from corpuslint.reader import DecodeError, decode


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def to_finding(rule: Rule, doc: Document, hit: Hit) -> Finding:
    """Place a hit in the document and render its message."""
    line, column = doc.position(hit.start)
    end_line, end_column = doc.position(hit.end)
    text = doc.text[hit.start:hit.end]
    values = _Values(text=text, rule=rule.id, suggestions="")
    values.update(hit.values)
    message = hit.message or rule.message.format_map(values)
    return Finding(doc.path, line, column, end_line, end_column, rule.id, rule.severity,
                   message, text, tuple(hit.suggestions), hit.start, hit.end, hit.replacement)


class Linter:
    """Runs a fixed set of rules over documents; checks are built once."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = [rule for rule in rules if rule.enabled]
        self.checks = [(rule, rule.make_check()) for rule in self.rules]

    def lint_document(self, doc: Document, result: FileResult) -> None:
        for rule, check in self.checks:
            try:
                result.findings.extend(to_finding(rule, doc, hit) for hit in check.check(doc))
            except PatternTimeout as exc:
                result.problems.append(Problem(doc.path, str(exc)))

    def lint_text(self, path: str, text: str) -> FileResult:
        result = FileResult(path)
        self.lint_document(Document.from_text(path, text), result)
        result.findings.sort()
        return result

    def lint_bytes(self, path: str, data: bytes) -> FileResult:
        try:
            decoded = decode(data)
        except DecodeError as exc:
            return FileResult(path, problems=[Problem(path, str(exc))])
        result = self.lint_text(path, decoded.text)
        if decoded.warning:
            result.problems.insert(0, Problem(path, decoded.warning, severity="warning"))
        return result

    def lint_file(self, display: str, path: Path) -> FileResult:
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return FileResult(display, problems=[Problem(display, f"cannot read: {reason}")])
        return self.lint_bytes(display, data)

    def lint_files(self, targets: Iterable) -> Iterator[FileResult]:
        for target in targets:
            yield self.lint_file(target.display, target.path)
