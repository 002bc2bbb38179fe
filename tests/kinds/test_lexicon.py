"""The lexicon kind: whole words and phrases from a token trie, with senses left to exceptions."""

from __future__ import annotations

import pytest

from conftest import SEEDS, lint_with, rules_from, write
from corpuslint.errors import ConfigError
from corpuslint.kinds.lexicon import LexiconReport
from corpuslint.model.findings import FileResult

PACK = """\
rules:
  - id: house.loaded
    kind: lexicon
    message: '"{text}" ({category}): {reason}; consider {suggestions}'
    category: loaded word
    entries:
      - term: brutal
        forms: [brutally]
        reason: judges the violence
        alternatives: [violent, harsh]
        exceptions: [brutal honesty]
      - term: regime
        reason: a label for a government
        alternatives: [government]
        exceptions: [tax regime]
      - term: point of no return
        reason: a cliché
      - {term: crackdown, category: label}
"""


@pytest.fixture
def rules(tmp_path):
    return rules_from(tmp_path, PACK)


def flagged(rules, text: str, path: str = "a.md") -> list[str]:
    return [f.text for f in lint_with(rules, text, path).findings]


def test_the_seed_article_is_flagged_outside_its_quotation(rules):
    text = (SEEDS / "iran-protests.md").read_text()
    found = flagged(rules, text)
    # "regime" six times outside the quotation, once inside it (the speaker's); "brutal" once
    assert found.count("regime") == 6 and found.count("brutal") == 1
    assert "point of no return" in found
    assert text.count("regime") == 7


def test_whole_words_case_folded_possessives_and_listed_forms(rules):
    text = "The Regime's forces acted brutally. Brutalist buildings. A regimental band.\n"
    assert flagged(rules, text) == ["Regime", "brutally"]


def test_phrases_join_by_space_hyphen_or_line_break_but_not_across_paragraphs(rules):
    assert flagged(rules, "It reached a point-of-no-return.\n") == ["point-of-no-return"]
    assert flagged(rules, "It reached the point of no\nreturn.\n") == ["point of no\nreturn"]
    assert flagged(rules, "It reached the point of no\n\nreturn.\n") == []


def test_exceptions_keep_a_neutral_sense(rules):
    assert flagged(rules, "Brutal honesty and a new tax regime.\n") == []
    assert flagged(rules, "A brutal regime.\n") == ["brutal", "regime"]


def test_quotations_are_the_speakers_unless_asked(rules, tmp_path):
    text = 'He called it "a brutal crackdown". The crackdown went on.\n'
    assert flagged(rules, text) == ["crackdown"]
    loud = rules_from(tmp_path, PACK.replace("category: loaded word",
                                             "category: loaded word\n    skip: []"))
    assert flagged(loud, text) == ["brutal", "crackdown", "crackdown"]


def test_code_and_urls_are_not_prose(rules):
    text = "Run `brutal --regime` or see https://example.org/regime.\n\n```\nbrutal\n```\n"
    assert flagged(rules, text) == []


def test_message_fills_category_reason_and_suggestions(rules):
    finding = lint_with(rules, "A brutal day.\n").findings[0]
    assert finding.message == '"brutal" (loaded word): judges the violence; consider ' \
                              '"violent" or "harsh"'
    assert finding.suggestions == ("violent", "harsh")
    assert lint_with(rules, "A crackdown.\n").findings[0].message.startswith('"crackdown" (label)')


@pytest.mark.parametrize(("entry", "message"), [
    ("- {term: x, colour: red}", 'unknown key "colour" in entry "x"'),
    ("- {term: x, forms: brutally}", '"forms" of "x" must be a list of strings'),
    ("- {reason: none}", "each entry needs a term"),
    ("- {term: '  '}", "empty term"),
])
def test_bad_entries_name_their_line(tmp_path, entry, message):
    pack = "rules:\n  - id: house.x\n    kind: lexicon\n    message: m\n    entries:\n      " + entry + "\n"
    with pytest.raises(ConfigError) as error:
        rules_from(tmp_path, pack)
    assert error.value.message == message and error.value.line == 6


def test_the_report_counts_flagged_words_per_family(rules):
    report = LexiconReport(list(rules))
    for text in ("A brutal regime.", "The regime."):
        report.add(lint_with(rules, text + "\n"))
    report.add(FileResult("b.md"))
    (section,) = report.sections()
    assert section.key == "house_words" and section.data == {"regime": 2, "brutal": 1}


def test_an_entries_file_on_the_users_disk(cli, tmp_path):
    """A house word list kept as a file beside the pack, in the documented format."""
    write(tmp_path / "words.yaml", "entries:\n  - {term: utilise, reason: jargon, "
                                   "alternatives: [use]}\n  - term: leverage\n")
    write(tmp_path / "house.yaml", "rules:\n  - id: house.words\n    kind: lexicon\n"
                                   "    message: '\"{text}\": {consider}'\n"
                                   "    entries_file: words.yaml\n")
    write(tmp_path / ".corpuslint.yaml", "packs: [house.yaml]\nbuiltin: false\n")
    write(tmp_path / "a.md", "We utilise and leverage it.\n")
    out = cli("a.md", cwd=tmp_path).out
    assert '"utilise": consider "use"' in out and '"leverage": rephrase' in out
    write(tmp_path / "words.yaml", "entries:\n  - {term: utilise, colour: red}\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2 and result.err.startswith(f"{tmp_path / 'words.yaml'}:2:")
    assert 'unknown key "colour"' in result.err
    write(tmp_path / "house.yaml", "rules:\n  - id: house.words\n    kind: lexicon\n"
                                   "    message: m\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2 and 'needs "entries" or "entries_file"' in result.err


def test_sources_of_a_rule_and_of_an_entry_are_shown_and_checked(cli, tmp_path):
    """The guidance a rule follows, and what one entry follows beyond it, in --explain;
    a citation that is not words is a configuration error at its line."""
    write(tmp_path / "house.yaml", "rules:\n  - id: house.words\n    kind: lexicon\n"
                                   "    message: m\n"
                                   "    sources: ['Our style guide, section 4']\n"
                                   "    entries:\n"
                                   "      - {term: utilise, source: 'Plain English Campaign, A-Z'}\n"
                                   "      - term: leverage\n")
    write(tmp_path / ".corpuslint.yaml", "packs: [house.yaml]\nbuiltin: false\n")
    write(tmp_path / "a.md", "We utilise it.\n")
    out = cli("--explain", "house.words", cwd=tmp_path).out
    assert "follows: Our style guide, section 4" in out
    assert 'entry "utilise" follows: Plain English Campaign, A-Z' in out
    assert 'entry "leverage"' not in out
    for body, where, says in (
            ("    entries:\n      - {term: utilise, source: [a, b]}\n", "house.yaml:6:",
             '"source" of "utilise" must be a citation in words'),
            ("    sources: Our guide\n    entries: [utilise]\n", "house.yaml:5:",
             '"sources" must be a list of citations')):
        write(tmp_path / "house.yaml", "rules:\n  - id: house.words\n    kind: lexicon\n"
                                       "    message: m\n" + body)
        result = cli("a.md", cwd=tmp_path)
        assert result.code == 2 and result.err.startswith(where) and says in result.err


def test_every_builtin_loaded_rule_names_the_guidance_it_follows(tmp_path):
    """Each loaded-language rule cites its house section and at least one published style
    guide or study; entries with guidance of their own cite it."""
    from corpuslint.config import Config
    from corpuslint.kinds import build_check
    from corpuslint.packs.ruleset import build_rules

    rules = [r for r in build_rules(Config(root=tmp_path, builtin=True), selected=["loaded"])
             if r.id.startswith("loaded.")]
    assert len(rules) == 7
    for rule in rules:
        assert rule.sources[0].startswith("bench/loaded/GUIDELINE.md §"), rule.id
        assert len(rule.sources) >= 2, rule.id
    cited = {e.term for r in rules for e in build_check(r).entries if e.source}
    assert {"terrorist", "illegal immigrant", "claimed", "admitted", "so-called"} <= cited
