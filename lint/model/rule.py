"""A rule as data: what a pack declares, validated, with the place it was declared.

Rules are data and kinds are code: a rule names its kind, and the kind's check is
built from the rule (:func:`corpuslint.kinds.build_check`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpuslint.errors import ConfigError
from corpuslint.model.findings import Severity
from corpuslint.text.yamlsource import YMap, position_of


@dataclass(frozen=True)
class Measured:
    """A rule's precision as an editor's audit measured it on unseen documents."""

    on: str  # what was judged: "40 findings on 150 unseen BBC articles"
    precision: float
    low: float  # the 95 % interval
    high: float
    audit: str  # the audit's folder under bench/audits, with its draw and verdicts

    def describe(self) -> str:
        return (f"measured on {self.on}: {self.precision:.2f} right "
                f"(95 % interval {self.low:.2f}–{self.high:.2f}; bench/audits/{self.audit})")


@dataclass
class Rule:
    """One validated rule, with the pack file and line it came from."""

    id: str
    kind: str
    severity: Severity
    message: str
    description: str
    options: dict[str, Any]
    examples: dict[str, list[str]]
    source: str
    line: int
    node: YMap = field(repr=False, default_factory=YMap)
    enabled: bool = True
    directory: Path | None = None  # the pack's folder, for data files a rule names
    data_files: tuple[Path, ...] = ()  # files its options name: their contents are part of the rule
    # options the user's configuration set: option -> (file, line, column) where it did
    origins: dict[str, tuple[str | None, int | None, int | None]] = field(default_factory=dict)
    measured: tuple[Measured, ...] = ()  # audited precision, by corpus
    sources: tuple[str, ...] = ()  # the published guidance or research the rule follows

    def error(self, message: str, key: str | None = None) -> ConfigError:
        """A configuration error at the rule's line (or where its option ``key`` was set:
        in its pack, or in the configuration that overrode it)."""
        if key in self.origins:
            return ConfigError(f"{message} in rule {self.id}", *self.origins[key])
        line, col = position_of(self.node, key) if key else (self.line, None)
        return ConfigError(f"{message} in rule {self.id}", self.source, line, col)
