"""The document model: masking, front matter, quotations, line index, CRLF."""

from __future__ import annotations

import pytest

from corpuslint.model.document import Document
from corpuslint.text.lineindex import LineIndex


def visible(doc: Document, word: str) -> int:
    """How many times ``word`` is left in the prose (not masked)."""
    return doc.prose.count(word)


@pytest.mark.parametrize("markdown", [
    "Inline `brutal` code.",
    "```\nbrutal\n```",
    "~~~python\nbrutal = 1\n~~~",
    "    brutal indented code",
    "See [the story](https://example.com/brutal) here.",
    "See <https://example.com/brutal>.",
    "See https://example.com/brutal today.",
    "Hidden <!-- brutal --> comment.",
    "<div class=\"brutal\">\n</div>",
    "![brutal](img/brutal.png)",
    "[ref]: https://example.com/brutal",
    "---\ntitle: brutal\n---\nBody.",
])
def test_markdown_non_prose_is_masked(markdown):
    doc = Document.from_text("a.md", markdown + "\n")
    assert visible(doc, "brutal") == 0
    assert len(doc.prose) == len(doc.text)


def test_link_text_stays_prose():
    doc = Document.from_text("a.md", "A [brutal story](https://example.com/x).\n")
    assert visible(doc, "brutal") == 1


def test_plain_text_keeps_backticks_but_masks_urls():
    doc = Document.from_text("a.txt", "Use `brutal` and www.example.com/brutal now.\n")
    assert visible(doc, "brutal") == 1


def test_front_matter_is_separated_and_parsed():
    doc = Document.from_text("a.md", "---\ntitle: Iran\ncount: 1000\n---\nBody text.\n")
    assert doc.front_matter == {"title": "Iran", "count": 1000}
    assert "1000" not in doc.prose
    assert doc.layout.body_start == doc.text.index("Body")


def test_malformed_front_matter_does_not_raise():
    doc = Document.from_text("a.md", "---\ntitle: [unclosed\n---\nBody.\n")
    assert doc.front_matter is None and "Body" in doc.prose


@pytest.mark.parametrize(("text", "quoted"), [
    ('He said "it was brutal" today.', '"it was brutal"'),
    ("He said “it was brutal” today.", "“it was brutal”"),
    ("Il a dit «brutal» hier.", "«brutal»"),
    ("Er sagte „brutal“ gestern.", "„brutal“"),
    ("She called it ‘brutal’ twice.", "‘brutal’"),
])
def test_quotation_marks(text, quoted):
    doc = Document.from_text("a.txt", text + "\n")
    start = doc.text.index("brutal")
    assert doc.in_quote(start, start + 6)
    assert [doc.text[s:e] for s, e in doc.quotes] == [quoted]


def test_apostrophes_are_not_quotes():
    doc = Document.from_text("a.txt", "The people’s choice isn’t brutal.\n")
    assert not doc.quotes.spans


def test_quote_continued_over_paragraphs_runs_to_paragraph_end():
    text = "“The first part is brutal.\n\n“And the second is corrupt,” he said. Brave words.\n"
    doc = Document.from_text("a.txt", text)
    for word in ("brutal", "corrupt"):
        start = doc.text.index(word)
        assert doc.in_quote(start, start + len(word)), word
    brave = doc.text.index("Brave")
    assert not doc.in_quote(brave, brave + 5)


def test_markdown_block_quote_is_a_quotation():
    doc = Document.from_text("a.md", "Intro.\n\n> The brutal truth.\n\nAfter.\n")
    start = doc.text.index("brutal")
    assert doc.in_quote(start, start + 6)


def test_crlf_and_lone_cr_positions():
    text = "one\r\ntwo brutal\rthree brutal\n"
    doc = Document.from_text("a.txt", text)
    first = text.index("brutal")
    second = text.rindex("brutal")
    assert doc.position(first) == (2, 5)
    assert doc.position(second) == (3, 7)
    assert "\r" not in doc.prose and len(doc.prose) == len(text)


def test_line_index_counts_every_line_ending():
    index = LineIndex("ab\ncd\r\n\ref")
    assert [index.position(o) for o in (0, 2, 3, 5, 7, 8, 10)] == \
        [(1, 1), (1, 3), (2, 1), (2, 3), (3, 1), (4, 1), (4, 3)]
    assert index.line_span(2) == (3, 7) and index.line_span(4) == (8, 10)


def test_sentences_split_paragraphs_and_respect_titles():
    doc = Document.from_text("a.txt", "Mr. Smith arrived. He spoke.\n\nNew paragraph here\n")
    assert [doc.prose[s:e] for s, e in doc.sentences] == [
        "Mr. Smith arrived.", "He spoke.", "New paragraph here"]


def test_tokens_are_case_folded_words():
    doc = Document.from_text("a.txt", "The Regime’s brutal-looking forces.\n")
    assert doc.tokens.folded == ["the", "regime’s", "brutal", "looking", "forces"]
    assert doc.words == {"the", "regime’s", "regime", "brutal", "looking", "forces"}
    assert doc.word_positions("regime") == [1]
