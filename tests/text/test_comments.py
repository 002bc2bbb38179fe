"""Readers' comments: a section introduced as such, or comments signed Name, Place."""

from __future__ import annotations

from corpuslint.model.document import Document

ARTICLE = "Council to close libraries\n\nThe council will close 12 libraries, it said.\n\n"


def comments(text: str, path: str = "a.txt") -> list[str]:
    doc = Document.from_text(path, text)
    return [doc.text[s:e] for s, e in doc.scope("comment")]


def test_a_section_of_your_comments_runs_to_the_end():
    text = ARTICLE + ("Here is a selection of your comments:\n\nThis is a brutal decision.\n\n"
                      "Shameful. They never listen.\n")
    [section] = comments(text)
    assert section.startswith("Here is") and section.endswith("never listen.\n")
    assert "12 libraries" not in section


def test_a_markdown_section_ends_at_the_next_heading():
    text = ("# Libraries\n\nThe council acted.\n\n## Your comments\n\nA brutal choice.\n\n"
            "## Background\n\nThe plan dates from 2019.\n")
    [section] = comments(text, "a.md")
    assert "brutal" in section and "Background" not in section


def test_signed_comments():
    text = ARTICLE + ("A brutal decision by cynical councillors.\nTom Hughes, Cardiff\n\n"
                      "Libraries matter to the old and the young.\n\nAnna Price, London, UK\n")
    found = comments(text)
    assert found == ["A brutal decision by cynical councillors.\nTom Hughes, Cardiff",
                     "Libraries matter to the old and the young.\n\nAnna Price, London, UK"]


def test_one_caption_is_not_a_comment_section():
    text = ARTICLE + "The plan was brutal, he said.\n\nTony Blair, Prime Minister\n"
    assert comments(text) == []
