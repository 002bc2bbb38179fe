"""Inline control, handled once for every rule.

Markdown::

    <!-- corpuslint disable stats.unattributed, loaded -->   (ids or families; none: all)
    <!-- corpuslint enable -->
    <!-- corpuslint disable-next-line loaded.emotive -->
    The brutal regime fell. <!-- corpuslint disable-line loaded -->
    <!-- corpuslint disable-file names -->                    (anywhere in the file)

Plain text: the same directives on a line of their own starting with ``corpuslint:``
(``corpuslint: disable-next-line loaded``).  Directives inside code are examples, not
directives.  A directive naming an unknown rule is reported (``corpuslint.unknown-rule``);
an unknown directive word (``disabel``, or ``disable-lines``) is an error
(``corpuslint.bad-directive``) and changes nothing; with ``--report-unused-disables`` a
directive that suppresses nothing is reported too (``corpuslint.unused-disable``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from corpuslint.model.findings import Directive, Finding, Severity
from corpuslint.model.selectors import matches, matches_any
from corpuslint.text.spans import SpanSet

ACTIONS = ("disable", "enable", "disable-line", "disable-next-line", "disable-file")
_DIRECTIVE = re.compile(
    r"<!--\s*corpuslint\b[ \t]*(?P<action>[\w-]*)(?P<rules>[^>]*?)\s*-->"
    r"|^[ \t]*corpuslint:[ \t]*(?P<action2>[\w-]+)(?P<rules2>[^\r\n]*)",
    re.MULTILINE)
UNKNOWN_RULE = "corpuslint.unknown-rule"
UNUSED = "corpuslint.unused-disable"
BAD_DIRECTIVE = "corpuslint.bad-directive"


def _covers(directive: Directive, rule: str) -> bool:
    return not directive.rules or matches(rule, directive.rules)


def _meant(word: str) -> bool:
    """Whether a plain-text ``corpuslint:`` line is a directive: its word is one, or close to
    one (a typo to report), rather than prose that happens to start so."""
    return word in ACTIONS or bool(difflib.get_close_matches(word, ACTIONS, 1, 0.75))


def find_directives(text: str, code: SpanSet, locate) -> list[Directive]:
    """Directives of a document, in order; ``locate(start, end)`` gives an Occurrence."""
    found = []
    for match in _DIRECTIVE.finditer(text):
        if code.containing(match.start()):
            continue
        markdown = match["action"] is not None
        action = match["action"] if markdown else match["action2"]
        if not markdown and not _meant(action):
            continue
        names = (match["rules"] if markdown else match["rules2"]) or ""
        rules = tuple(n for n in re.split(r"[\s,]+", names.strip()) if n)
        found.append(Directive(action, rules, locate(*match.span())))
    return found


def _suppressor(finding: Finding, directives: list[Directive]) -> Directive | None:
    """The directive that silences ``finding``: one for the whole file or for its line, else
    the last disable or enable before it that names its rule."""
    last: Directive | None = None
    for d in directives:
        if d.action not in ACTIONS or not _covers(d, finding.rule):
            continue
        if d.action == "disable-file":
            return d
        if d.action == "disable-line":
            if d.where.line <= finding.line <= d.where.end_line:
                return d
        elif d.where.start >= finding.start:
            continue  # after the finding: only file- and line-wide directives reach back
        elif d.action == "disable-next-line":
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
        if d.action not in ACTIONS:
            word = f'"{d.action}"' if d.action else "nothing"
            kept.append(_about(path, d, BAD_DIRECTIVE, Severity.ERROR,
                               f"unknown directive {word}, so nothing was disabled (use "
                               f"{', '.join(ACTIONS[:-1])} or {ACTIONS[-1]})"))
            continue
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
