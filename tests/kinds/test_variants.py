"""The variants kind: name spellings within a file and across a corpus, partial runs, --fix."""

from __future__ import annotations

import json
import os
import random
import re
import stat
import sys

import pytest
import regex

from conftest import write
from corpuslint.kinds.variants import _ASCII_NAME, _NAME, _REGEX_SPACE, _names

PACK = """\
rules:
  - id: names.test
    kind: variants
    message: '"{text}" — {usage}'
    scope: {scope}
    groups:
      - name: Muammar Gaddafi
        press: Gaddafi
        spellings: [Gaddafi, Qaddafi, Kadhafi, al-Qaddafi]
      - name: al-Qaeda
        press: al-Qaeda
        spellings: [al-Qaeda, al-Qaida, Al Qaeda]
"""


@pytest.fixture
def corpus(tmp_path):
    def make(files: dict[str, str], scope: str = "corpus", config: str = "") -> object:
        write(tmp_path / "names.yaml", PACK.replace("{scope}", scope))
        write(tmp_path / ".corpuslint.yaml", "packs: [names.yaml]\nbuiltin: false\n" + config)
        for name, text in files.items():
            write(tmp_path / name, text)
        return tmp_path
    return make


def test_corpus_majority_flags_the_minority_in_every_file(cli, corpus):
    root = corpus({"a.md": "Gaddafi spoke. Gaddafi left.\n", "b.md": "Qaddafi's son met Gaddafi.\n",
                   "c.md": "Gaddafi again.\n"})
    result = cli(".", cwd=root)
    assert result.out == ('b.md:1:1: warning: "Qaddafi" — the corpus uses "Gaddafi" (4x) and '
                          '"Qaddafi" (1x) [names.test]\n')
    assert result.code == 1


def test_the_corpus_choice_wins_over_the_press_spelling(cli, corpus):
    root = corpus({"a.md": "Qaddafi spoke. Qaddafi left.\n", "b.md": "Gaddafi met Qaddafi.\n"})
    out = cli(".", cwd=root).out
    assert out.startswith('b.md:1:1: warning: "Gaddafi" — the corpus uses "Qaddafi" (3x)')


def test_file_scope_uses_the_file_majority(cli, corpus):
    root = corpus({"a.md": "Qaddafi spoke. Qaddafi left. Gaddafi returned.\n",
                   "b.md": "Gaddafi. Gaddafi. Gaddafi.\n"}, scope="file")
    out = cli(".", cwd=root).out
    assert out == ('a.md:1:30: warning: "Gaddafi" — this file uses "Qaddafi" (2x) and '
                   '"Gaddafi" (1x) [names.test]\n')


def test_house_style_pins_the_canonical_spelling(cli, corpus):
    config = "rules:\n  names.test:\n    canonical: {Muammar Gaddafi: Kadhafi}\n"
    root = corpus({"a.md": "Gaddafi spoke. Gaddafi left.\n"}, config=config)
    lines = cli(".", cwd=root).out.splitlines()
    assert len(lines) == 2 and all('house style is "Kadhafi"' in line for line in lines)


def test_case_and_spacing_alone_are_not_variants(cli, corpus):
    root = corpus({"a.md": "Al-Qaeda said. Later al-Qaeda denied it; AL-QAEDA banners.\n"})
    assert cli(".", cwd=root).out == ""


def test_partial_run_is_judged_against_the_corpus_and_cached(cli, corpus):
    root = corpus({"a.md": "Qaddafi spoke. Qaddafi left.\n", "b.md": "Qaddafi again.\n",
                   "new.md": "Gaddafi arrived.\n"})
    result = cli("new.md", cwd=root)
    assert result.out.startswith('new.md:1:1: warning: "Gaddafi" — the corpus uses "Qaddafi" (3x)')
    cache = list((root / ".corpuslint_cache").glob("summaries-*.json"))
    assert len(cache) == 1 and '"a.md"' in cache[0].read_text()
    write(root / "a.md", "Gaddafi spoke. Gaddafi left. Gaddafi again. Gaddafi twice.\n")
    assert cli("new.md", cwd=root).out == ""  # the changed file is read again
    assert cli("--no-cache", "b.md", cwd=root).out.startswith('b.md:1:1: warning: "Qaddafi"')


def test_fix_rewrites_only_the_flagged_bytes_and_is_idempotent(cli, corpus):
    text = ("Gaddafi spoke.\r\nGADDAFI left. Gaddafi again.\r\n\r\nQaddafi's son and KADHAFI,"
            " then `Qaddafi` in code and https://example.com/Qaddafi.\r\n")
    root = corpus({"a.md": text})
    os.chmod(root / "a.md", 0o640)
    result = cli("--fix", "a.md", cwd=root)
    fixed = (root / "a.md").read_bytes().decode()
    assert fixed == text.replace("Qaddafi's son", "Gaddafi's son").replace("KADHAFI", "GADDAFI")
    assert "a.md: fixed 2 findings" in result.err and result.out == ""
    assert result.code == 0
    assert stat.S_IMODE((root / "a.md").stat().st_mode) == 0o640
    again = cli("--fix", "a.md", cwd=root)
    assert "fixed" not in again.err and (root / "a.md").read_bytes().decode() == fixed


def test_diff_shows_the_fix_and_writes_nothing(cli, corpus):
    root = corpus({"a.md": "Gaddafi spoke. Gaddafi left.\nQaddafi returned.\n"})
    result = cli("--diff", "a.md", cwd=root)
    assert "-Qaddafi returned.\n+Gaddafi returned.\n" in result.out
    assert (root / "a.md").read_text() == "Gaddafi spoke. Gaddafi left.\nQaddafi returned.\n"
    assert result.code == 1


@pytest.mark.parametrize(("groups", "expected"), [
    ("    groups: [{name: x, spellings: [One]}]\n", "needs a list of two or more spellings"),
    ("    groups: [{name: x, spellings: [A, B], colour: red}]\n", 'unknown key "colour" in group "x"'),
    ("    scope: world\n", 'option "scope" must be "corpus" or "file"'),
    ("    groups_file: missing.yaml\n", "missing.yaml: error: no such file"),
])
def test_invalid_variants_rules(cli, tmp_path, groups, expected):
    write(tmp_path / "p.yaml", "rules:\n  - id: names.x\n    kind: variants\n    message: m\n" + groups)
    write(tmp_path / "a.md", "Text.\n")
    result = cli("--pack", "p.yaml", "a.md", cwd=tmp_path)
    assert result.code == 2 and expected in result.err and result.err.count("\n") == 1


def test_discovery_flags_planted_variants_and_keeps_different_people_apart(cli, tmp_path):
    articles = {
        "a.md": "Abdelaziz Bouteflika spoke. Abdelaziz Bouteflika left. Eliot Spitzer sued.\n",
        "b.md": "Abdelaziz Bouteflika again. Eliot Spitzer and Eliot Spitzer appealed.\n",
        "c.md": "Abdulaziz Bouteflika returned. Abdulaziz Bouteflika spoke. Elliot Spitzer won."
                " Elliot Spitzer smiled.\n",
        "d.md": "Kim Jong Un and Kim Jong Un met; Kim Jong Il and Kim Jong Il had ruled. "
                "Raúl Castro, Raúl Castro, Fidel Castro, Fidel Castro. Bashar al-Assad, "
                "Bashar al-Assad, Hafez al-Assad, Hafez al-Assad. Mohammed bin Salman, "
                "Mohammed bin Salman, Mohammed bin Zayed, Mohammed bin Zayed. Ayatollah "
                "Khomeini, Ruhollah Khomeini, Ruhollah Khomeini, Ali Khamenei, Ali Khamenei.\n",
    }
    for name, text in articles.items():
        write(tmp_path / name, text)
    out = cli("--select", "names.inferred", ".", cwd=tmp_path).out.splitlines()
    flagged = sorted({line.split('"')[1] for line in out})
    assert flagged == ["Abdulaziz Bouteflika", "Elliot Spitzer"]
    assert all("(group inferred from similar spellings)" in line for line in out)
    assert 'the corpus uses "Abdelaziz Bouteflika" (3x) and "Abdulaziz Bouteflika" (2x)' in out[0]


def test_discovery_leaves_configured_names_to_the_configured_rule(cli, tmp_path):
    write(tmp_path / "a.md", "Muammar Gaddafi, Muammar Gaddafi, Muammar Gaddafi, "
                             "Muammar Qaddafi and Muammar Qaddafi.\n")
    out = cli("--select", "names", "a.md", cwd=tmp_path).out
    assert "[names.transliteration]" in out and "[names.inferred]" not in out


def test_multi_file_corpus_fixture(cli):
    """A checked-in corpus: configured and discovered variants, code and URLs, negatives."""
    from conftest import ROOT

    corpus = ROOT / "tests" / "fixtures" / "names-corpus"
    result = cli("--format", "json", "--select", "names", "--no-cache", ".", cwd=corpus)
    found = sorted((f["path"], f["line"], f["text"], f["rule"], f["suggestions"][0])
                   for f in json.loads(result.out))
    assert found == [
        ("libya-3.md", 1, "Qaddafi", "names.transliteration", "Gaddafi"),  # not in code or URLs
        ("libya-3.md", 1, "al-Qaida", "names.transliteration", "Al-Qaeda"),
        ("libya-3.md", 3, "Abdulaziz Bouteflika", "names.inferred", "Abdelaziz Bouteflika"),
        ("libya-3.md", 3, "Abdulaziz Bouteflika", "names.inferred", "Abdelaziz Bouteflika"),
    ]


def test_regex_space_class_is_regex_whitespace():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(_REGEX_SPACE, every) == regex.findall(r"\s", every)


def test_ascii_name_pattern_finds_what_the_unicode_one_does():
    rng = random.Random(11)
    pieces = ["Gordon", "Brown", "al-Assad", "Al-Qaeda", "bin", "Laden", "McDonald's", "O'Neill",
              "Jean-Claude", "the", "New", "York", "ABC", "x", "-", "'", "’", "‘", "2004", ".", ",",
              "£", "“", "Mr", "Le", "Pen", "el-Sisi", "abu", "Ul-Haq", "aL", "Ash-"]
    spaces = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\x1c", ""]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in _ASCII_NAME.finditer(text)] == [m.span() for m in _NAME.finditer(text)]


def test_names_outside_ascii_letters_use_the_unicode_pattern():
    assert [m.group() for m in _names("and José Ramos-Horta spoke.")] == ["José Ramos-Horta"]
    assert [m.group() for m in _names("and Gordon Brown spoke for £5.")] == ["Gordon Brown"]


def test_a_tie_is_no_majority(cli, corpus):
    """Two spellings used equally often: each is inconsistent, none is "right", nothing is fixed."""
    root = corpus({"a.md": "Qaddafi spoke. Kadhafi left.\n", "b.md": "Kadhafi met Qaddafi.\n"},
                  config="")
    write(root / "names.yaml", PACK.replace("{scope}", "corpus").replace("press: Gaddafi\n        ", ""))
    found = json.loads(cli("--format", "json", ".", cwd=root).out)
    assert len(found) == 4 and {f["text"] for f in found} == {"Qaddafi", "Kadhafi"}
    assert all(f["suggestions"] == [] for f in found)
    assert found[0]["message"].endswith('the corpus writes "Kadhafi" (2x) and "Qaddafi" (2x) '
                                        "equally often; pin one with `canonical:`")
    before = (root / "a.md").read_text()
    cli("--fix", ".", cwd=root)
    assert (root / "a.md").read_text() == before


def test_a_given_name_in_another_full_name_is_another_person(cli, tmp_path):
    """Hussein/Hussain is one surname group; "S Hussain Zaidi" is not Saddam Hussein."""
    write(tmp_path / "a.md", "Saddam Hussein spoke. President Saddam Hussein left. "
                             "Saddam Hussein returned.\n")
    write(tmp_path / "b.md", "The writer S Hussain Zaidi wrote the book. Saddam Hussain fled.\n")
    write(tmp_path / ".corpuslint.yaml", "select: [names.transliteration]\n")
    found = [(line.split(":")[0], line.split('"')[1])
             for line in cli(".", cwd=tmp_path).out.splitlines()]
    assert found == [("b.md", "Hussain")]  # Saddam Hussain only
    assert "Zaidi" not in cli(".", cwd=tmp_path).out


def test_inferred_names_need_evidence_for_companies(tmp_path):
    from corpuslint.language.transliteration import group_variants

    counts = {"Pak Inc": 3, "Peck Inc": 2, "Kyowa Bank": 3, "Ka Wah Bank": 2,
              "Defense Department": 3, "Defence Department": 2,  # regional English
              "Morgan Stanley": 5, "Morgan Stanely": 2, "Coca-Cola Co": 4, "Coca Cola Co": 2,
              "George Shultz": 6, "George Schultz": 2}
    groups = sorted(sorted(g) for g in group_variants(counts))
    assert groups == [["Coca Cola Co", "Coca-Cola Co"], ["George Schultz", "George Shultz"],
                      ["Morgan Stanely", "Morgan Stanley"]]


def test_regional_spelling_is_a_house_style_rule_not_a_name(cli, tmp_path):
    write(tmp_path / "a.md", "The Defense Department spoke. The defence ministry replied.\n")
    assert "spelling." not in cli("a.md", cwd=tmp_path).out  # both rules are off by default
    write(tmp_path / ".corpuslint.yaml", "rules:\n  spelling.uk: on\n")
    out = cli("--select", "spelling", "a.md", cwd=tmp_path).out
    assert out.count("[spelling.uk]") == 0  # "Defense Department" is a name: left alone
    write(tmp_path / "b.md", "The defense budget grew.\n")
    out = cli("b.md", cwd=tmp_path).out
    assert '"defense" is the American spelling' in out and '"defence"' in out
