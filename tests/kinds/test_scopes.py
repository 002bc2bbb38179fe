"""Rules choose where they look: ``skip`` and ``only`` name the scopes of news structure."""

from __future__ import annotations

import pytest

from conftest import lint_with, rules_from, write
from corpuslint.config import Config
from corpuslint.errors import ConfigError
from corpuslint.packs.ruleset import build_rules

LOADED = build_rules(Config(root=None, builtin=True), selected=["loaded"])

PACK = """\
rules:
  - id: house.figures
    kind: pattern
    message: a figure
    pattern: '\\d+'
    only: [headline]
"""


def loaded(text: str, path: str = "a.txt") -> list[str]:
    return [f.text.lower() for f in lint_with(LOADED, text, path).findings]


def test_the_loaded_pack_skips_names_and_titles_but_not_the_same_words_in_prose():
    assert loaded("Tickets for the band Savage Garden sold out.\n") == []
    assert loaded("The savage attack left 12 hurt.\n") == ["savage"]


def test_the_loaded_pack_skips_readers_comments():
    comments = ("Here is a selection of your comments:\n\nA brutal, shameful decision.\n\n"
                "Typical of this regime.\n")
    assert loaded("Council to close libraries\n\nThe council acted.\n\n" + comments) == []
    assert loaded("The council took a brutal decision.\n") == ["brutal"]


def test_labels_in_a_named_speakers_reported_speech_are_the_speakers():
    assert loaded("Mr Pompeo said the regime had jailed critics.\n") == []
    assert loaded("The regime had jailed critics.\n") == ["regime"]


def test_quotations_opening_each_sentence_are_skipped():
    text = 'He spoke. "We are angry. "This brutal regime must go." Then he left.\n'
    assert loaded(text) == []


def test_only_keeps_a_rule_to_its_scopes(tmp_path):
    rules = rules_from(tmp_path, PACK)
    result = lint_with(rules, "Storm kills 12 in town\n\nThe storm killed 12 people.\n", "a.txt")
    assert [(f.line, f.text) for f in result.findings] == [(1, "12")]


def test_an_unknown_scope_is_an_error_at_its_line(tmp_path):
    with pytest.raises(ConfigError) as error:
        rules_from(tmp_path, PACK.replace("only: [headline]", "only: [headlines]"))
    assert str(error.value).startswith(f"{tmp_path / 'pack.yaml'}:6:")
    assert 'unknown value "headlines" of "only"' in str(error.value) and "reported-speech" in str(error.value)


def test_replaced_options_say_what_to_write(cli, tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    write(tmp_path / ".corpuslint.yaml", "rules:\n  loaded.emotive: {skip_quotes: false}\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2 and 'write "skip: [quote]"' in result.err
