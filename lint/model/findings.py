"""Findings (what rules report), severities, and a file's first-pass result."""

from __future__ import annotations

import enum
import operator
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from corpuslint.printable import shown_path, visible


class Severity(enum.IntEnum):
    """Ordered severities; ``info`` never fails a run by default."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[str(name).upper()]
        except KeyError:
            raise ValueError(f'unknown severity "{name}" (use error, warning or info)') from None


@dataclass(frozen=True)
class Hit:
    """A span a rule flags in one document, before it becomes a finding."""

    start: int
    end: int
    values: dict = field(default_factory=dict)  # extra message-template variables
    suggestions: tuple[str, ...] = ()  # words that can replace the span as it stands
    replacement: str | None = None  # what --fix would write over [start, end)
    advice: tuple[str, ...] = ()  # what the writer could do instead (never written in)
    message: str | None = None  # overrides the rule's template when set
    located: Occurrence | None = None  # position and text, for hits judged without the document


class Occurrence(NamedTuple):
    """A span with its position and text: what corpus-wide kinds keep between passes."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """One reported problem at a 1-based line and code-point column."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    text: str = field(compare=False)
    suggestions: tuple[str, ...] = field(default=(), compare=False)
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    replacement: str | None = field(default=None, compare=False)
    advice: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "severity": str(self.severity),
            "rule": self.rule,
            "message": self.message,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "advice": list(self.advice),
        }

    def __reduce__(self):
        """Pickled as the constructor's arguments: results cross between processes and
        wait on disk by the thousand, and this is several times faster than the default."""
        return Finding, _finding_fields(self)


_finding_fields = operator.attrgetter(*(f.name for f in fields(Finding)))


@dataclass(frozen=True)
class Directive:
    """An inline ``corpuslint disable``/``enable`` comment (see :mod:`corpuslint.run.suppress`)."""

    action: str  # disable, enable or disable-next-line
    rules: tuple[str, ...]  # ids or families; empty: every rule
    where: Occurrence


@dataclass(frozen=True)
class Problem:
    """A file that could not be linted (or was linted with a caveat)."""

    path: str
    message: str
    line: int | None = None
    severity: str = "error"  # "error" makes the run exit 2; "warning" does not
    detail: str = ""  # for an internal error: the traceback, shown with -v

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{shown_path(where)}: {self.severity}: {visible(self.message)}"


Summaries = dict[str, Any]  # rule id -> a corpus-wide kind's summary of one file


@dataclass
class FileResult:
    """What the first pass found in one file, and what the second pass needs of it."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    summaries: Summaries = field(default_factory=dict)
    directives: list[Directive] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)  # per-file figures for reports
    digest: str = ""  # of the bytes linted: --fix refuses a file that changed since

    @property
    def failed(self) -> bool:
        """Whether a rule or the reading of the document failed unexpectedly (a bug: such a
        result is never kept in a cache, so it cannot outlive the fix)."""
        return any(problem.detail for problem in self.problems)
