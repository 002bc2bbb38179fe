"""Inline control, handled once for every rule.

Markdown::

    <!-- corpuslint disable stats.unattributed, loaded -->   (ids or families; none: all)
    <!-- corpuslint enable -->
    <!-- corpuslint disable-next-line loaded.emotive -->

Plain text: the same directives on a line of their own starting with ``corpuslint:``
(``corpuslint: disable-next-line loaded``).  Directives inside code are examples, not
directives.  A directive naming an unknown rule is reported (``corpuslint.unknown-rule``);
with ``--report-unused-disables`` so is one that suppresses nothing
(``corpuslint.unused-disable``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from corpuslint.model.findings import Directive, Finding, Severity
from corpuslint.model.selectors import matches, matches_any
from corpuslint.text.spans import SpanSet

_DIRECTIVE = re.compile(
    r"<!--\s*corpuslint\s+(?P<action>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->"
    r"|^[ \t]*corpuslint:[ \t]*(?P<action2>disable-next-line|disable|enable)\b(?P<rules2>[^\r\n]*)",
    re.MULTILINE)
UNKNOWN_RULE = "corpuslint.unknown-rule"
UNUSED = "corpuslint.unused-disable"


def _covers(directive: Directive, rule: str) -> bool:
    return not directive.rules or matches(rule, directive.rules)


def find_directives(text: str, code: SpanSet, locate) -> list[Directive]:
    """Directives of a document, in order; ``locate(start, end)`` gives an Occurrence."""
    found = []
    for match in _DIRECTIVE.finditer(text):
        if code.containing(match.start()):
            continue
        action = match["action"] or match["action2"]
        names = (match["rules"] if match["action"] else match["rules2"]) or ""
        rules = tuple(n for n in re.split(r"[\s,]+", names.strip()) if n)
        found.append(Directive(action, rules, locate(*match.span())))
    return found


def _suppressor(finding: Finding, directives: list[Directive]) -> Directive | None:
    """The directive that silences ``finding``: the last one before it that names its rule."""
    last: Directive | None = None
    for d in directives:
        if d.where.start >= finding.start:
            break
        if not _covers(d, finding.rule):
            continue
        if d.action == "disable-next-line":
            if d.where.end_line + 1 == finding.line:
                return d
        else:
            last = d
    return last if last is not None and last.action == "disable" else None


def apply(path: str, findings: Iterable[Finding], directives: list[Directive],
          known: frozenset[str], report_unused: bool = False) -> list[Finding]:
    """The findings left after the directives, plus findings about the directives."""
    kept, used = [], set()
    for finding in findings:
        directive = _suppressor(finding, directives) if directives else None
        if directive is None:
            kept.append(finding)
        else:
            used.add(id(directive))
    for d in directives:
        for name in d.rules:
            if not matches_any(name, known):
                kept.append(_about(path, d, UNKNOWN_RULE, Severity.WARNING,
                                   f'directive names unknown rule "{name}"'))
        if report_unused and d.action != "enable" and id(d) not in used:
            kept.append(_about(path, d, UNUSED, Severity.INFO,
                               f"corpuslint {d.action} suppresses nothing"))
    return kept


def _about(path: str, d: Directive, rule: str, severity: Severity, message: str) -> Finding:
    w = d.where
    return Finding(path, w.line, w.column, w.end_line, w.end_column, rule, severity, message,
                   w.text, (), w.start, w.end)
