"""Every built-in rule's own pass and fail examples, one parametrized test."""

from __future__ import annotations

import pytest

from conftest import ROOT
from corpuslint.config import Config
from corpuslint.packs.ruleset import build_rules
from corpuslint.run.examples import example_findings

RULES = build_rules(Config(root=ROOT))
CASES = [
    pytest.param(rule, expect, text, id=f"{rule.id}-{expect}-{i + 1}")
    for rule in RULES
    for expect in ("pass", "fail")
    for i, text in enumerate(rule.examples[expect])
]


def test_every_builtin_rule_has_both_kinds_of_example():
    for rule in RULES:
        assert rule.examples["pass"] and rule.examples["fail"], rule.id


@pytest.mark.parametrize(("rule", "expect", "text"), CASES)
def test_rule_example(rule, expect, text):
    found = example_findings(rule, text)
    if expect == "fail":
        assert found, f"{rule.id} should flag: {text!r}"
    else:
        assert not found, f"{rule.id} flagged {found} in: {text!r}"


def test_test_rules_command_passes_on_builtin_packs(cli):
    result = cli("test-rules", cwd=ROOT)
    assert result.code == 0, result.out
    assert " 0 failed" in result.err
