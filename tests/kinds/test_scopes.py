"""Rules choose where they look: ``skip`` and ``only`` name the scopes of news structure."""

from __future__ import annotations

import json

import pytest

from conftest import lint_with, rules_from, write
from corpuslint.config import Config, RuleOverride
from corpuslint.errors import ConfigError
from corpuslint.packs.ruleset import build_rules

# every loaded rule, those off by default (audited under 0.7) included
OFF_BY_DEFAULT = ("loaded.intensifier", "loaded.pejorative", "loaded.contested-label",
                  "loaded.dismissive")
LOADED = build_rules(Config(root=None, builtin=True,
                            rules={rule: RuleOverride(enabled=True) for rule in OFF_BY_DEFAULT}),
                     selected=["loaded"])

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


@pytest.mark.parametrize(("text", "flagged"), [
    ("Athletes face a tougher testing regime this year.", []),
    ("The regime jailed its critics.", ["regime"]),
    ("Rooney blasted the ball home from 20 yards.", []),
    ("The watchdog blasted the council's record on housing.", ["blasted"]),
    ("Federer claimed the title in straight sets.", []),
    ("She claimed the vote was rigged.", ["claimed"]),
    ("He admitted two charges of fraud at Southwark Crown Court.", []),
    ("He was admitted to hospital on Monday.", []),
    ("EADS admitted the project was over budget.", ["admitted"]),
    ('Traders braced for the so-called "triple-witching hour".', []),
    ("The so-called experts were wrong about the deal.", ["so-called"]),
    ("The decision was very controversial.", ["very"]),
    ("Very few customers held the cards.", []),
    ("The film's hero Arthur Dent travels the galaxy.", []),
    ("He admitted playing truant at school.", []),
    ("The firm settled without admitting or denying the charges.", []),
    ("Analysts said the regime would not last.", []),  # a described source's reported speech
    ("The report found that the regime had jailed 300 critics.", []),
    ("Many believe the regime will fall.", ["regime"]),  # an unnamed belief is the writer's
    ("The vote brought regime change in Kiev.", []),
    # senses met in unseen wire copy (bench/audits/loaded-*-reuters)
    ("The victims claimed 2.5 mln dlrs in damages from the company.", []),  # a money claim
    ("Critics claimed the fund was underfunded.", ["claimed"]),
    ("The results were not awe-inspiring.", []),  # the tail of a compound is another word
    ("It was an inspiring performance by the team.", ["inspiring"]),
    ("Trade analysts said the draconian measures\nwould hurt, economists fear.", []),  # wrapped line
])
def test_entries_know_their_sense(text, flagged):
    assert loaded(text + "\n") == flagged


def test_replacements_and_advice_stay_apart(cli, tmp_path):
    write(tmp_path / "a.md", "The heroic firefighters saved the school.\n\nA brutal attack.\n")
    data = json.loads(cli("--format", "json", "--select", "loaded", "a.md", cwd=tmp_path).out)
    heroic = next(d for d in data if d["text"] == "heroic")
    assert heroic["suggestions"] == [] and "describe what they did" in heroic["advice"]
    assert "omit it; or describe what they did" in heroic["message"]
    brutal = next(d for d in data if d["text"] == "brutal")
    assert brutal["suggestions"] == ["violent", "deadly", "harsh"] and brutal["advice"] == []
    sarif = json.loads(cli("--format", "sarif", "--select", "loaded", "a.md", cwd=tmp_path).out)
    results = {r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]: r
               for r in sarif["runs"][0]["results"]}
    assert "fixes" not in results["heroic"]  # advice is never offered as a fix
    fixes = [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
             for f in results["brutal"]["fixes"]]
    assert fixes == ["violent", "deadly", "harsh"]
