"""The dates kind: drift against the file, the corpus or a house style; ambiguity; validity; --fix."""

from __future__ import annotations

import json

import pytest

from conftest import write


def run(cli, cwd, *args: str) -> list[dict]:
    return json.loads(cli("--format", "json", "--select", "dates", *args, cwd=cwd).out)


def test_corpus_majority_and_rewrite(cli, tmp_path):
    write(tmp_path / "a.md", "Talks began on 29 December and ended on 3 January.\n")
    write(tmp_path / "b.md", "A vote on 5 February. Results on February 9, 2018.\n")
    found = run(cli, tmp_path, ".")
    assert [(f["path"], f["text"], f["suggestions"]) for f in found] == [
        ("b.md", "February 9, 2018", ["9 February 2018"])]
    assert found[0]["message"] == ('"February 9, 2018" is mdy (written like "December 29"); the '
                                   'corpus mostly writes dmy (written like "29 December"): '
                                   "3 of 4 dates")


def test_file_scope_and_house_style(cli, tmp_path):
    write(tmp_path / "a.md", "On January 1, 2018, March 3 and 2018-05-05.\n")
    write(tmp_path / "b.md", "On 1 January, 2 January and 3 January.\n")
    write(tmp_path / ".corpuslint.yaml", "rules:\n  dates.drift: {scope: file}\n")
    assert {f["text"] for f in run(cli, tmp_path, ".")} == {"2018-05-05"}
    write(tmp_path / ".corpuslint.yaml", "rules:\n  dates.drift: {style: iso}\n")
    texts = {f["text"]: f["suggestions"] for f in run(cli, tmp_path, "a.md")}
    assert texts == {"January 1, 2018": ["2018-01-01"], "March 3": []}


def test_partial_run_is_judged_against_the_corpus(cli, tmp_path):
    write(tmp_path / ".corpuslint.yaml", "select: [dates]\n")
    write(tmp_path / "old.md", "On 1 January, 2 January and 3 January.\n")
    write(tmp_path / "new.md", "On January 4.\n")
    assert [f["text"] for f in run(cli, tmp_path, "new.md")] == ["January 4"]


def test_fix_rewrites_dates_and_keeps_every_other_byte(cli, tmp_path):
    text = "On 29 December, 30 December\r\nand on January 1, 2018 (a Monday) — and 01/02/2018.\r\n"
    write(tmp_path / "a.md", "")
    (tmp_path / "a.md").write_bytes(text.encode())
    result = cli("--select", "dates", "--fix", "a.md", cwd=tmp_path)
    fixed = (tmp_path / "a.md").read_bytes().decode()
    assert fixed == text.replace("January 1, 2018", "1 January 2018")
    assert "fixed 1 finding" in result.err
    assert "01/02/2018" in result.out  # ambiguous: reported, never rewritten
    cli("--select", "dates", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_bytes().decode() == fixed


@pytest.mark.parametrize(("text", "config", "flagged"), [
    ("Signed on 01/02/2018.", "", ["01/02/2018"]),
    ("Signed on 01/02/2018.", "rules:\n  dates.ambiguous: {style: numeric-dmy}\n", []),
    ("Signed on 13/02/2018 and 10/10/2010.", "", []),
])
def test_ambiguous_numeric_dates(cli, tmp_path, text, config, flagged):
    write(tmp_path / "a.md", text + "\n")
    write(tmp_path / ".corpuslint.yaml", config or "{}\n")
    assert [f["text"] for f in run(cli, tmp_path, "--select", "dates.ambiguous", "a.md")] == flagged


@pytest.mark.parametrize(("text", "reason"), [
    ("Due on 31 February.", "31 February"),
    ("Due on 30/02/2018.", "30"),
    ("On Monday, 29 December 2017, it ended.", "Friday"),
])
def test_invalid_dates(cli, tmp_path, text, reason):
    write(tmp_path / "a.md", text + "\n")
    found = run(cli, tmp_path, "--select", "dates.invalid", "a.md")
    assert len(found) == 1 and found[0]["severity"] == "error" and reason in found[0]["message"]


def test_ordinals_option_and_sept_facet(cli, tmp_path):
    write(tmp_path / "a.md", "On 29th December, 30 December and 31 December.\n")
    assert [f["text"] for f in run(cli, tmp_path, "a.md")] == ["29th December"]
    write(tmp_path / ".corpuslint.yaml", "rules:\n  dates.drift: {ordinals: false}\n")
    assert run(cli, tmp_path, "a.md") == []
    write(tmp_path / "a.md", "On Sept. 5, Sept. 12 and Sep. 20.\n")
    found = run(cli, tmp_path, "a.md")
    assert [(f["text"], f["suggestions"]) for f in found] == [("Sep. 20", ["Sept. 20"])]


def test_bad_options(cli, tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    write(tmp_path / ".corpuslint.yaml", "rules:\n  dates.drift: {style: british}\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2 and 'unknown date style "british"' in result.err


def test_real_formats(cli, shared, tmp_path):
    bbc = sorted((shared / "corpora" / "bbc" / "politics").glob("*.txt"))[:120]
    for path in bbc:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    found = run(cli, tmp_path, "--select", "dates.drift", ".")
    assert all("mostly writes dmy" in f["message"] for f in found)  # BBC writes "29 December"
    lines = (shared / "corpora" / "reuters.jsonl").read_text("utf-8").splitlines()[:200]
    datelines = "\n\n".join(json.loads(line)["dateline"] for line in lines) + "\n"
    write(tmp_path / "reuters" / "datelines.txt", datelines)
    assert run(cli, tmp_path / "reuters", "--select", "dates.drift", ".") == []  # all "Feb 26"


@pytest.mark.parametrize(("text", "style"), [
    ("The file was stamped 2017-12-29T14:30:00Z by the server.", "iso"),
    ("The hearing is set for 29-12-2017 in Paris.", "numeric-dmy"),
    ("The hearing is set for 12-29-2017 in Boston.", "numeric-mdy"),
    ("The notice is dated 2017/12/29 in Tokyo.", "numeric-ymd"),
    ("Shares closed on 5-Sep-17 at a high.", "dd-mon-yyyy"),
])
def test_every_date_form_news_uses(cli, tmp_path, text, style):
    write(tmp_path / "a.md", text + "\n")
    write(tmp_path / "b.md", "Talks began on 29 December and ended on 3 January.\n")
    found = run(cli, tmp_path, ".")
    assert [f["path"] for f in found] == ["a.md"] and f"is {style} (" in found[0]["message"]


def test_a_date_with_a_time_is_never_rewritten(cli, tmp_path):
    write(tmp_path / "a.md", "Stamped 2017-12-29T14:30:00Z. Talks on 3 January and 4 January.\n")
    found = run(cli, tmp_path, "a.md")
    assert found[0]["text"] == "2017-12-29T14:30:00Z"
    cli("--fix", "a.md", cwd=tmp_path)
    assert "2017-12-29T14:30:00Z" in (tmp_path / "a.md").read_text()


def test_a_wire_headline_in_capitals_is_not_judged_for_dates(cli, tmp_path):
    write(tmp_path / "a.txt", "GM SALES UP IN 4TH SEPT PERIOD\n\nDETROIT, Oct 5 - Sales rose on "
                              "5 October and on 6 October.\n")
    write(tmp_path / ".corpuslint.yaml", "include: ['*.txt']\n")
    assert run(cli, tmp_path, "a.txt") == []


def test_ap_style_abbreviated_months_facet(cli, tmp_path):
    write(tmp_path / "a.md", "It closed on Dec. 18, began on Jan. 5 and voted on Feb. 9. "
                             "It ended on December 20.\n")
    assert run(cli, tmp_path, "a.md") == []  # the facet is off by default
    write(tmp_path / ".corpuslint.yaml", "rules:\n  dates.drift: {abbreviations: true}\n")
    found = run(cli, tmp_path, "a.md")
    assert [(f["text"], f["suggestions"]) for f in found] == [("December 20", ["Dec. 20"])]
    assert "mostly writes the month abbreviated with a day" in found[0]["message"]


def test_the_report_shows_the_style_mix_per_folder(cli, tmp_path):
    write(tmp_path / "uk" / "a.md", "On 29 December and 3 January.\n")
    write(tmp_path / "us" / "b.md", "On December 29 and January 3.\n")
    data = json.loads(cli("report", "--format", "json", ".", cwd=tmp_path).out)
    assert data["date_styles_by_folder"] == {"uk": {"dmy": 2}, "us": {"mdy": 2}}


def test_a_date_beside_another_date_is_never_rewritten(cli, tmp_path):
    """Whether it reads alone would depend on its neighbour's fix: --fix then lint agree."""
    write(tmp_path / "a.md", "On December 29, 2017 and the 29th of December 29 December 2017 "
                             "and December 30, 2017 and January 2, 2018.\n")
    found = run(cli, tmp_path, "a.md")
    assert {f["text"] for f in found} >= {"the 29th of December", "29 December 2017"}
    cli("--fix", "a.md", cwd=tmp_path)
    again = run(cli, tmp_path, "a.md")
    assert {f["text"] for f in again} == {"the 29th of December", "29 December 2017"}
