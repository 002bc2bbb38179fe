"""Rule-pack validation: every mistake is one line naming the YAML file, line and column."""

from __future__ import annotations

import pytest

from conftest import write

GOOD_RULE = """\
rules:
  - id: house.word
    kind: lexicon
    severity: warning
    message: 'avoid "{text}"'
    entries: [{term: awesome, alternatives: [good]}]
"""


@pytest.mark.parametrize(("pack", "expected"), [
    (GOOD_RULE.replace("severity:", "sevrity:"),
     'p.yaml:4:5: error: unknown key "sevrity" in rule house.word'),
    (GOOD_RULE.replace("kind: lexicon", "kind: magic"),
     'p.yaml:3:5: error: unknown kind "magic" in rule house.word'),
    (GOOD_RULE.replace("severity: warning", "severity: fatal"),
     'p.yaml:4:5: error: unknown severity "fatal" (use error, warning or info) in rule house.word'),
    (GOOD_RULE.replace("{text}", "{txet}"),
     'p.yaml:5:5: error: unknown placeholder "{txet}" in message of rule house.word'),
    (GOOD_RULE.replace("id: house.word", "id: House Word"),
     'p.yaml:2:5: error: rule id "House Word" must be dotted lower-case'),
    (GOOD_RULE.replace("    entries:", "    entrees:"),
     'p.yaml:6:5: error: unknown key "entrees" in rule house.word'),
    (GOOD_RULE + GOOD_RULE.replace("rules:\n", ""),
     "p.yaml:7:5: error: rule house.word is declared twice (first at p.yaml:2)"),
    (GOOD_RULE.replace("message: 'avoid \"{text}\"'", "message: [oops"),
     "p.yaml:6:12: error: invalid YAML"),
    ("rules:\n  - id: house.re\n    kind: pattern\n    message: m\n    pattern: '(unclosed'\n",
     "p.yaml:5:5: error: invalid pattern: missing )"),
    ("rules:\n  - id: house.re\n    kind: pattern\n    message: m\n",
     'p.yaml:2:5: error: missing option "pattern" in rule house.re'),
    ("rules:\n  - id: house.re\n    kind: pattern\n    message: m\n    pattern: x\n"
     "    ignore_case: maybe\n",
     'p.yaml:6:5: error: option "ignore_case" must be true or false in rule house.re'),
    ("rules:\n  - id: house.x\n    kind: lexicon\n    message: m\n    entries:\n"
     "      - {term: x, colour: red}\n",
     'p.yaml:6:19: error: unknown key "colour" in entry "x"'),
    ("rulez: []\n", 'p.yaml:1:1: error: unknown key "rulez" in rule pack'),
    ("rules:\n  - !!python/object:os.system {}\n", "p.yaml:2:5: error: unsupported YAML tag"),
])
def test_invalid_pack_reports_its_own_line(cli, tmp_path, pack, expected):
    write(tmp_path / "p.yaml", pack)
    write(tmp_path / "a.md", "Text.\n")
    result = cli("--pack", "p.yaml", "a.md", cwd=tmp_path)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith(expected), result.err
    assert result.err.count("\n") == 1


def test_user_pack_examples_run_with_test_rules(cli, tmp_path):
    write(tmp_path / "p.yaml", GOOD_RULE + "    examples:\n      pass: ['Fine.']\n"
          "      fail: ['Awesome!', 'Nothing here.']\n")
    result = cli("test-rules", "p.yaml", cwd=tmp_path)
    assert result.code == 1
    assert result.out.strip() == ("p.yaml:9: error: house.word fail example 2 produced no "
                                  "finding: 'Nothing here.'")


def test_pattern_timeout_is_reported_against_the_rule(cli, tmp_path):
    write(tmp_path / "p.yaml", "rules:\n  - id: house.slow\n    kind: pattern\n    message: m\n"
          "    pattern: '(a|a)+$'\n    timeout: 0.2\n")
    write(tmp_path / "a.md", "a" * 40 + "b\n")
    write(tmp_path / "b.md", "The brutal attack.\n")
    result = cli("--pack", "p.yaml", ".", cwd=tmp_path)
    assert "a.md: error: pattern of rule house.slow ran longer than 0.2s" in result.err
    assert "b.md:1:5: warning:" in result.out  # the rest of the corpus is still linted
    assert result.code == 2


def test_parsed_yaml_cache_keeps_positions(cli, tmp_path):
    pack = GOOD_RULE.replace("severity: warning", "severity: warning\n    colour: red")
    write(tmp_path / "p.yaml", GOOD_RULE)
    write(tmp_path / "a.md", "Awesome.\n")
    assert cli("--pack", "p.yaml", "--select", "house", "a.md", cwd=tmp_path).code == 1
    cached = [e for e in (tmp_path / ".corpuslint_cache" / "yaml").glob("*.json")
              if "house.word" in e.read_text()]
    assert len(cached) == 1
    write(tmp_path / "p.yaml", pack)  # new content: parsed again, errors still point at lines
    result = cli("--pack", "p.yaml", "a.md", cwd=tmp_path)
    assert result.err.startswith('p.yaml:5:5: error: unknown key "colour" in rule house.word')
    write(tmp_path / "p.yaml", GOOD_RULE)  # served from the cache: same rule, same findings
    cached[0].write_text('["m", [1, 1], [["rules", [1, 1], ["s"]]]]')  # damaged: ignored
    assert cli("--pack", "p.yaml", "--select", "house", "a.md", cwd=tmp_path).code == 1
