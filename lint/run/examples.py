"""Run each rule's own pass and fail examples (``corpuslint test-rules``)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from corpuslint.model.rule import Rule
from corpuslint.run.engine import Linter
from corpuslint.text.yamlsource import position_of

EXAMPLE_PATH = "example.md"


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    expect: str  # "pass" or "fail"
    index: int
    text: str
    found: tuple[str, ...]  # flagged texts

    def __str__(self) -> str:
        examples = self.rule.node.get("examples", {})
        items = examples.get(self.expect) if hasattr(examples, "get") else None
        line = position_of(items, self.index)[0] if items is not None else self.rule.line
        if self.expect == "fail":
            what = "produced no finding"
        else:
            what = "was flagged: " + ", ".join(f'"{t}"' for t in self.found)
        return (f"{self.rule.source}:{line}: error: {self.rule.id} {self.expect} example "
                f"{self.index + 1} {what}: {self.text!r}")


def example_findings(rule: Rule, text: str) -> tuple[str, ...]:
    """Texts that ``rule`` flags in one example (a rule that is off by default is
    tested as if it were on: its examples say what it does when a user turns it on)."""
    result = Linter([replace(rule, enabled=True)]).lint_text(EXAMPLE_PATH, text)
    return tuple(f.text for f in result.findings if f.rule == rule.id)


def check_examples(rule: Rule) -> list[ExampleFailure]:
    failures = []
    for expect in ("pass", "fail"):
        for i, text in enumerate(rule.examples.get(expect, [])):
            found = example_findings(rule, text)
            if bool(found) != (expect == "fail"):
                failures.append(ExampleFailure(rule, expect, i, text, found))
    return failures
