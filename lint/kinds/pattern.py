"""``pattern``: a regular expression (the ``regex`` module) with a time limit.

A pattern that backtracks catastrophically is stopped after ``timeout`` seconds and
reported against the rule, so one bad user rule cannot hang a run.

Example rule::

    - id: house.per-cent
      kind: pattern
      severity: info
      message: 'write "per cent", not "{text}"'
      pattern: '(?<=\\d)\\s?%'
      suggestions: [' per cent']
      examples:
        pass: ['Up 5 per cent.']
        fail: ['Up 5%.']
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.kinds.base import Check, CheckError, Option, quoted_list, scope_options
from corpuslint.model.document import Document
from corpuslint.model.findings import Hit


class PatternTimeout(CheckError):
    """A rule's pattern ran past its time limit on one document."""


class PatternCheck(Check):
    kind = "pattern"
    options = {
        "pattern": Option(str, required=True, help="a regex-module pattern matched against prose"),
        "ignore_case": Option(bool, False, "match case-insensitively"),
        **scope_options(skip=("quote",)),
        "suggestions": Option(list, [], "replacements to suggest", items=str),
        "timeout": Option(float, 1.0, "seconds a pattern may run on one document", minimum=0,
                          above=True),
    }

    def __init__(self, rule) -> None:
        super().__init__(rule)
        flags = regex.V0 | (regex.IGNORECASE if self.option("ignore_case") else 0)
        try:
            self.regex = regex.compile(self.option("pattern"), flags)
        except regex.error as exc:
            raise rule.error(f"invalid pattern: {exc}", "pattern") from None

    def check(self, doc: Document) -> Iterator[Hit]:
        suggestions = tuple(self.option("suggestions"))
        try:
            for match in self.regex.finditer(doc.prose, timeout=self.option("timeout")):
                start, end = match.span()
                if end == start:
                    continue
                yield Hit(start, end, {"suggestions": quoted_list(suggestions)},
                          suggestions=suggestions)
        except TimeoutError:
            raise PatternTimeout(
                f"pattern of rule {self.rule.id} ran longer than {self.option('timeout')}s "
                "and was stopped") from None
