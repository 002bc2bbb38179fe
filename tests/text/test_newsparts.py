"""Headlines, datelines, bylines and credit lines of news copy."""

from __future__ import annotations

import pytest

from corpuslint.model.document import Document


def parts(text: str, scope: str, path: str = "a.txt") -> list[str]:
    doc = Document.from_text(path, text)
    return [doc.text[s:e] for s, e in doc.scope(scope)]


def test_a_bbc_style_title_line_is_the_headline():
    text = "Ad sales boost media profit\n\nQuarterly profits rose 76% to $1.13bn.\n"
    assert parts(text, "headline") == ["Ad sales boost media profit"]


def test_a_title_cut_short_by_an_ellipsis_is_the_headline():
    # BBC tech/301: the title line ends "..."
    text = "Rivals of the £400 Apple...\n\nThe Mac mini is the cheapest Apple computer ever.\n"
    assert parts(text, "headline") == ["Rivals of the £400 Apple..."]


def test_a_first_line_that_ends_a_sentence_is_prose():
    assert parts("Profits rose 76% in the quarter.\n\nMore later.\n", "headline") == []


def test_a_first_line_that_is_a_table_row_is_not_a_headline():
    assert parts("Shr loss 22 cts vs loss 18 cts\n    Net loss 3,035,000 vs 2,516,000\n",
                 "headline") == []


def test_lines_in_capitals_and_markdown_headings():
    text = "# Markets rally\n\nShares rose.\n\n## OIL PRICES SURGE 5 PCT\n\nMore.\n"
    assert parts(text, "headline", "a.md") == ["# Markets rally", "## OIL PRICES SURGE 5 PCT"]


@pytest.mark.parametrize(("first", "dateline"), [
    ("LONDON, March 3 - Shares rose.", "LONDON, March 3 - "),
    ("ORLANDO, Fla., March 31 - Shr three cts vs 80 cts", "ORLANDO, Fla., March 31 - "),
    ("dodge city, april 7 - slaughter cattle steady.", "dodge city, april 7 - "),
    ("WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON (Reuters) - "),
])
def test_wire_datelines(first, dateline):
    assert parts(f"A WIRE HEADLINE HERE\n\n{first}\n", "dateline") == [dateline]


def test_a_date_later_in_the_story_is_not_a_dateline():
    text = "Headline here\n\nShares rose.\n\nLONDON, March 3 - more.\n"
    assert parts(text, "dateline") == []


def test_bylines_and_credit_lines():
    text = ("Storm hits coast\n\nBy Jane Smith, BBC News\n\nThe storm hit 300 homes.\n\n"
            "(Reporting by Tom Jones; Editing by Ann Lee)\n")
    assert parts(text, "byline") == ["By Jane Smith, BBC News",
                                     "(Reporting by Tom Jones; Editing by Ann Lee)"]


def test_a_sentence_opening_with_by_is_not_a_byline():
    text = "Title\n\nBy the end of the year, the firm had cut 300 jobs.\n"
    assert parts(text, "byline") == []


def test_bbc_first_lines_are_headlines(shared):
    """The first line of every BBC article is its title."""
    files = sorted((shared / "corpora" / "bbc").glob("*/*.txt"))[::10]
    missed = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        found = parts(text, "headline")
        if not found or found[0] != text.splitlines()[0].strip():
            missed.append(path.name)
    assert len(missed) <= len(files) // 50, missed
