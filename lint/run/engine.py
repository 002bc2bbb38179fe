"""The pipeline: read → parse → per-document checks → corpus-wide reduce → findings.

The first pass lints each file on its own and keeps, for corpus-wide kinds, a small
summary of the file.  The second pass reduces the summaries of every file of the
corpus (the files linted plus, in partial runs, the rest of the corpus) and judges
each linted file against the result.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Iterable
from itertools import chain
from typing import Any

from corpuslint.kinds.base import CheckError, CorpusCheck, locate
from corpuslint.model.document import Document
from corpuslint.model.findings import FileResult, Finding, Hit, Occurrence, Problem, Severity, Summaries
from corpuslint.model.rule import Rule
from corpuslint.model.scopes import scope_shares
from corpuslint.packs.ruleset import RuleSet
from corpuslint.run import suppress
from corpuslint.text.decoding import DecodeError, decode
from corpuslint.text.spans import SpanSet


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def to_finding(rule: Rule, path: str, where: Occurrence, hit: Hit,
               severity: Severity | None = None) -> Finding:
    """Render a hit's message and place it at ``where`` (at ``severity``, else the rule's)."""
    # a span may run over a line break; the message stays on one line
    values = _Values(text=" ".join(where.text.split()), rule=rule.id, suggestions="")
    values.update(hit.values)
    message = hit.message or rule.message.format_map(values)
    return Finding(path, where.line, where.column, where.end_line, where.end_column, rule.id,
                   severity or rule.severity, message, where.text, tuple(hit.suggestions), where.start,
                   where.end, hit.replacement, tuple(hit.advice))


def internal_error(path: str, rule: str | None, exc: BaseException) -> Problem:
    """A bug met on one file (in one rule, or reading the document): reported against the
    file, with the traceback kept for -v, while the other files and rules go on."""
    where = f"in rule {rule}" if rule else "while reading the document"
    return Problem(path, f"internal error {where}: {type(exc).__name__}: {exc} (please report)",
                   detail="".join(traceback.format_exception(exc)))


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Linter:
    """Runs a fixed set of rules over documents; checks are built once."""

    def __init__(self, rules: RuleSet | Iterable[Rule], report_unused_disables: bool = False,
                 measure_scopes: bool = False) -> None:
        ruleset = rules if isinstance(rules, RuleSet) else RuleSet(rules)
        self.known = ruleset.known  # every rule loaded, selected or not
        self.report_unused_disables = report_unused_disables
        self.measure_scopes = measure_scopes
        self.rules = [rule for rule in ruleset if rule.enabled]
        checks = [(rule, ruleset.checks[rule.id]) for rule in self.rules]
        self.checks = [(r, c) for r, c in checks if not isinstance(c, CorpusCheck)]
        self.corpus_checks = [(r, c) for r, c in checks if isinstance(c, CorpusCheck)]
        self.corpus_rules = [rule for rule, _ in self.corpus_checks]
        self.corpus_states: dict[str, Any] = {}  # rule id -> corpus-wide state, after reduce
        self.problems: list[Problem] = []  # of the corpus-wide fold, not of one file

    def collect(self, doc: Document, problems: list[Problem] | None = None) -> Summaries:
        """Summaries of ``doc`` for the corpus-wide kinds (a rule that fails has none; its
        failure goes to ``problems``)."""
        summaries = {}
        for rule, check in self.corpus_checks:
            try:
                summaries[rule.id] = check.collect(doc)
            except Exception as exc:  # a bug in one rule stays in this file and rule
                if problems is not None:
                    problems.append(internal_error(doc.path, rule.id, exc))
        return summaries

    def lint_document(self, doc: Document, result: FileResult) -> None:
        """First pass over one document."""
        for rule, check in self.checks:
            try:
                result.metrics.update(check.measure(doc))
                severity = check.severity(doc)
                if severity is None:
                    continue  # the rule is off in this register
                result.findings.extend(
                    to_finding(rule, doc.path, locate(doc, h.start, h.end), h, severity)
                    for h in check.check(doc) if check.placed(doc, h.start, h.end))
            except CheckError as exc:
                result.problems.append(Problem(doc.path, str(exc)))
            except Exception as exc:  # a bug in one rule stays in this file and rule
                result.problems.append(internal_error(doc.path, rule.id, exc))
        result.summaries = self.collect(doc, result.problems)
        if self.measure_scopes:
            result.metrics.update(scope_shares(doc))
        result.directives = suppress.find_directives(
            doc.text, SpanSet(doc.layout.code), lambda start, end: locate(doc, start, end))

    def reduce(self, summaries: Iterable[Summaries]) -> None:
        """Fold every corpus file's summaries, one file at a time, into corpus-wide state.

        A rule whose fold fails is reported once in ``problems`` and judges nothing.
        """
        folding = {rule.id: (rule, check) for rule, check in self.corpus_checks}
        states = {rule.id: check.start() for rule, check in self.corpus_checks}
        for summary in summaries:
            for rule_id, (rule, check) in list(folding.items()):
                if rule_id in summary:
                    try:
                        check.add(states[rule_id], summary[rule_id])
                    except Exception as exc:
                        self._fold_failed(rule, exc, folding)
        self.corpus_states = {}
        for rule_id, (rule, check) in list(folding.items()):
            try:
                self.corpus_states[rule_id] = check.finish(states[rule_id])
            except Exception as exc:
                self._fold_failed(rule, exc, folding)

    def _fold_failed(self, rule: Rule, exc: Exception, folding: dict) -> None:
        folding.pop(rule.id)
        self.problems.append(internal_error("corpuslint", rule.id, exc))

    def judge_file(self, result: FileResult) -> None:
        """Second pass over one file: corpus-wide findings, then inline directives."""
        for rule, check in self.corpus_checks:
            if rule.id in result.summaries and rule.id in self.corpus_states:
                try:
                    hits = list(check.judge(result.summaries[rule.id], self.corpus_states[rule.id]))
                except Exception as exc:  # a bug in one rule stays in this file and rule
                    result.problems.append(internal_error(result.path, rule.id, exc))
                    continue
                result.findings.extend(to_finding(rule, result.path, hit.located, hit)
                                       for hit in hits)
        result.findings = sorted(suppress.apply(
            result.path, result.findings, result.directives, self.known,
            self.report_unused_disables))

    def judge(self, results: list[FileResult], context: Iterable[Summaries] = ()) -> None:
        """Second pass over results held in memory (plus ``context`` files' summaries)."""
        self.reduce(chain((r.summaries for r in results), context))
        for result in results:
            self.judge_file(result)

    def first_pass_text(self, path: str, text: str) -> FileResult:
        result = FileResult(path)
        self.lint_document(Document.from_text(path, text), result)
        return result

    def first_pass_bytes(self, display: str, data: bytes) -> FileResult:
        """The first pass over a file's bytes; never raises for what is in the file."""
        try:
            decoded = decode(data)
        except DecodeError as exc:
            return FileResult(display, problems=[Problem(display, str(exc))])
        try:
            result = self.first_pass_text(display, decoded.text)
        except Exception as exc:  # outside any rule: reading the document itself failed
            return FileResult(display, problems=[internal_error(display, None, exc)])
        result.digest = content_digest(data)
        if decoded.warning:
            result.problems.insert(0, Problem(display, decoded.warning, severity="warning"))
        return result

    def lint_text(self, path: str, text: str) -> FileResult:
        """Both passes over a single document (the document is its own corpus)."""
        result = self.first_pass_text(path, text)
        self.judge([result])
        return result

    def lint_bytes(self, path: str, data: bytes) -> FileResult:
        """Both passes over a single file's bytes (standard input)."""
        result = self.first_pass_bytes(path, data)
        self.judge([result])
        return result
