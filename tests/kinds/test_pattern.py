"""The pattern kind: a regex over the prose, with a time limit that stops a runaway pattern."""

from __future__ import annotations

import pytest

from conftest import SEEDS, lint_with, rules_from
from corpuslint.errors import ConfigError

PACK = """\
rules:
  - id: house.per-cent
    kind: pattern
    severity: info
    message: 'write "per cent", not "{text}"; {suggestions}'
    pattern: '(?<=\\d)\\s?%'
    suggestions: [' per cent']
  - id: house.some-words
    kind: pattern
    message: 'a word list'
    pattern: '\\b(?:regime|opposition)\\b'
    ignore_case: true
"""


@pytest.fixture
def rules(tmp_path):
    return rules_from(tmp_path, PACK)


def found(result, rule: str) -> list[str]:
    return [f.text for f in result.findings if f.rule == rule]


def test_a_pattern_finds_its_matches_in_real_text(rules):
    result = lint_with(rules, (SEEDS / "iran-protests.md").read_text())
    words = found(result, "house.some-words")
    assert words.count("regime") == 6 and words.count("opposition") == 3
    assert "Opposition" not in words  # none in the seed; ignore_case is tested below


def test_case_and_quotes(rules, tmp_path):
    result = lint_with(rules, 'The Regime fell. "The regime is over," he said. Up 5%.\n')
    assert found(result, "house.some-words") == ["Regime"]
    assert found(result, "house.per-cent") == ["%"]
    strict = rules_from(tmp_path, PACK.replace("    ignore_case: true\n",
                                               "    ignore_case: false\n    skip: []\n"))
    result = lint_with(strict, 'The Regime fell. "The regime is over," he said.\n')
    assert found(result, "house.some-words") == ["regime"]


def test_prose_only_and_empty_matches_skipped(tmp_path):
    rules = rules_from(tmp_path, PACK + "  - {id: house.empty, kind: pattern, message: m, "
                                        "pattern: '\\b'}\n")
    result = lint_with(rules, "Up 5% in `x = 5%` and https://a.org/5%.\n")
    assert found(result, "house.per-cent") == ["%"]
    assert found(result, "house.empty") == []


def test_message_and_suggestions(rules):
    (finding,) = lint_with(rules, "Prices rose 5 %.\n").findings
    assert finding.text == " %"  # the message shows it without its space
    assert finding.message == 'write "per cent", not "%"; " per cent"'
    assert finding.suggestions == (" per cent",) and finding.replacement is None


def test_a_runaway_pattern_is_stopped_and_reported_the_rest_still_run(tmp_path):
    rules = rules_from(tmp_path, PACK + "  - {id: house.slow, kind: pattern, message: m, "
                                        "pattern: '(a|a)+$', timeout: 0.2}\n")
    result = lint_with(rules, "a" * 40 + "b regime\n")
    assert [p.message for p in result.problems] == \
        ["pattern of rule house.slow ran longer than 0.2s and was stopped"]
    assert found(result, "house.some-words") == ["regime"]


def test_an_invalid_pattern_names_its_line(tmp_path):
    with pytest.raises(ConfigError) as error:
        rules_from(tmp_path, "rules:\n  - id: house.x\n    kind: pattern\n    message: m\n"
                             "    pattern: '(unclosed'\n")
    assert error.value.line == 5 and error.value.message.startswith("invalid pattern")
