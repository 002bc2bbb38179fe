"""Property tests (hypothesis): positions, the document model, findings and --fix.

Texts are built from pieces that exercise the parsers — quote marks, backticks, ``#``,
``>``, ``-``, digits, names, loaded words, URLs, letters with diacritics, emoji — and
every kind of line end (``\\r``, ``\\r\\n``, ``\\n``), plus arbitrary Unicode.
"""

from __future__ import annotations

import os
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_variants import PACK as VARIANTS_PACK

from conftest import ROOT, write
from corpuslint.config import Config
from corpuslint.model.document import Document
from corpuslint.packs.ruleset import build_rules
from corpuslint.run import fixer
from corpuslint.run.engine import Linter
from corpuslint.text import markup, sentences
from corpuslint.text.lineindex import LineIndex

EXAMPLES = int(os.environ.get("CORPUSLINT_EXAMPLES", "200"))  # raise it for a deeper search
BUDGET = settings(max_examples=EXAMPLES, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])

LINE_ENDS = ["\n", "\r", "\r\n", "\n\n", "\r\n\r\n", "\r\r"]
MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "`", "```", "~~~", "#", "# ", "## ", "> ",
         "- ", "* ", "1. ", "2) ", "---", "...", "…", "(", ")", "[", "]", "](", "![", "<", ">",
         "<!--", "-->", "<div>", "</div>", "|", "_", "*", "\\", ":", ";", ",", ".", "!", "?", "—",
         "–", "    ", "\t", " ", "  ", "\u00a0", "\u200b", "\ufeff", "\x00", "\x0b", "\x85", "\u2028"]
WORDS = ["brutal", "Brutal", "BRUTAL", "regime", "brave", "bleak", "so-called", "terrorist",
         "police said", "according to the UN", "it has been estimated", "reports say",
         "1,000", "12 000", "£4.2m", "$1.2 billion", "45 per cent", "45%", "a third", "one in five",
         "more than 1,000", "between 10 and 20", "dozens", "29 December 2017", "December 29, 2017",
         "01/02/2018", "31 February", "Mr.", "U.S.", "e.g.", "Gaddafi", "Qaddafi's", "al-Qaeda",
         "Al Qaeda", "https://example.com/brutal", "www.example.org", "a@b.co", "`brutal`",
         "[brutal](http://x.y/z)", "café", "naïve", "Zürich", "São Paulo", "Đặng", "Ελλάδα",
         "Москва", "القاعدة", "😀", "👍🏽", "🇬🇧", "0", "7", "42", "The", "He said", "She"]
PIECES = st.one_of(
    st.sampled_from(LINE_ENDS),
    st.sampled_from(MARKS),
    st.sampled_from(WORDS),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=4),
)
SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", " — ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]
# arbitrary sequences of pieces, and word-separator runs that read more like articles
TEXTS = st.one_of(
    st.lists(PIECES, min_size=1, max_size=100).map("".join),
    st.lists(st.tuples(st.one_of(st.sampled_from(WORDS), PIECES), st.sampled_from(SEPARATORS)),
             min_size=10, max_size=60).map(lambda pairs: "".join(a + b for a, b in pairs)),
)
PATHS = st.sampled_from(["a.md", "a.txt"])


# --- LineIndex ------------------------------------------------------------------------

def reference_positions(text: str) -> list[tuple[int, int]]:
    """(line, column) of every offset 0..len(text), counted by hand: CRLF, CR or LF end a line."""
    positions, line, column, i = [], 1, 1, 0
    while i < len(text):
        positions.append((line, column))
        if text[i] == "\r" and text[i + 1 : i + 2] == "\n":
            positions.append((line, column + 1))
            i += 2
            line, column = line + 1, 1
        elif text[i] in "\r\n":
            i += 1
            line, column = line + 1, 1
        else:
            i += 1
            column += 1
    positions.append((line, column))
    return positions


@BUDGET
@given(TEXTS)
@example("a\r\nb\rc\nd")
@example("\r\n\r\r\n\n")
@example("")
def test_line_index_round_trips(text):
    index = LineIndex(text)
    positions = [index.position(offset) for offset in range(len(text) + 1)]
    assert positions == reference_positions(text)
    for bad in (-1, len(text) + 1):
        with pytest.raises(ValueError):
            index.position(bad)


@BUDGET
@given(TEXTS)
def test_line_spans_tile_the_text(text):
    index = LineIndex(text)
    lines = len(index.starts)
    spans = [index.line_span(line) for line in range(1, lines + 1)]
    assert "".join(text[s:e] for s, e in spans) == text
    for line, (start, end) in enumerate(spans, 1):
        body = text[start:end]
        ending = "\r\n" if body.endswith("\r\n") else body[-1:] if body[-1:] in ("\r", "\n") else ""
        content = body[: len(body) - len(ending)]
        assert "\r" not in content and "\n" not in content
        assert (ending == "") == (line == lines)  # every line but the last ends with a break
        assert index.position(start) == (line, 1)


# --- Scanner -------------------------------------------------------------------------

SCANNED = [(sentences._CANDIDATES, True), (markup._BLANK_LINES, False)]


@BUDGET
@given(TEXTS, st.integers(0, 50), st.integers(0, 50))
def test_scanner_finds_what_finditer_finds(text, skip, cut):
    start, end = min(skip, len(text)), max(0, len(text) - cut)
    for scanner, bounded in SCANNED:
        spans = [m.span() for m in scanner.finditer(text, start, end if bounded else None)]
        args = (text, start, end) if bounded else (text, start)
        assert spans == [m.span() for m in scanner.pattern.finditer(*args)]


# --- Document ------------------------------------------------------------------------

def _line_break(text: str, i: int) -> str | None:
    """What the prose has at ``i`` for a line end of ``text``: "\\n", " " (the CR of CRLF) or None."""
    if text[i] == "\n" or (text[i] == "\r" and text[i + 1 : i + 2] != "\n"):
        return "\n"
    return " " if text[i] == "\r" else None


def _inside(spans, length: int) -> bool:
    return all(0 <= s <= e <= length for s, e in spans)


@BUDGET
@given(TEXTS, PATHS)
@example("---\ntitle: [x\n---\n\"open\n\n```\ncode", "a.md")
@example("> \"quote\r\n>\r\n> more”\r\rtext", "a.md")
def test_document_never_raises_and_keeps_offsets(text, path):
    doc = Document.from_text(path, text)
    assert len(doc.prose) == len(doc.text) == len(text)
    for i, (char, prose) in enumerate(zip(text, doc.prose)):
        expected = _line_break(text, i)
        if expected is not None:
            assert prose == expected, (i, char)
        else:
            assert prose in (char, " ") and prose != "\n", (i, char)
    assert _inside(doc.sentences, len(text)) and _inside(doc.blocks, len(text))
    assert _inside(doc.quotes, len(text)) and _inside(doc.masked, len(text))
    assert all(s < e for s, e in doc.sentences)
    assert all(a[1] <= b[0] for a, b in zip(doc.sentences, doc.sentences[1:]))
    tokens = doc.tokens
    assert len(tokens.starts) == len(tokens.ends) == len(tokens.folded)
    for start, end, folded in zip(tokens.starts, tokens.ends, tokens.folded):
        assert 0 <= start < end <= len(text)
        assert doc.prose[start:end].casefold() == folded
    for word in doc.words:
        spellings = (word, word + "'s", word + "’s")
        assert doc.word_positions(word) == [
            i for i, folded in enumerate(tokens.folded) if folded in spellings]
    assert doc.front_matter is None or isinstance(doc.front_matter, (dict, list, str, int, float))
    assert doc.position(len(text)) == LineIndex(text).position(len(text))


# --- findings of the built-in rules -------------------------------------------------------

@lru_cache(maxsize=1)
def builtin_linter() -> Linter:
    return Linter(build_rules(Config(root=ROOT)))


@BUDGET
@given(TEXTS, PATHS)
@example("The brutal regime.\r\nPolice said 1,000 died.\r\rMore than 1,000 died, it has been "
         "estimated. On 29 December 2017 and December 29, 2018.", "a.md")
@example("“Brutal,” he said. The brutal 😀 regime\rkilled 45 per cent", "a.txt")
def test_builtin_findings_lie_in_the_document_at_their_positions(text, path):
    result = builtin_linter().lint_text(path, text)
    index = LineIndex(text)
    assert [p for p in result.problems if p.severity == "error"] == []
    for f in result.findings:
        assert f.path == path
        assert 0 <= f.start < f.end <= len(text), f
        assert f.text == text[f.start:f.end], f
        assert (f.line, f.column) == index.position(f.start), f
        assert (f.end_line, f.end_column) == index.position(f.end), f
    assert result.findings == sorted(result.findings)


# --- --fix ---------------------------------------------------------------------------------

NAMES_PACK = VARIANTS_PACK.replace("{scope}", "file")
SPELLINGS = ["Gaddafi", "Qaddafi", "Kadhafi", "al-Qaddafi", "Al-Qaddafi", "GADDAFI", "qaddafi",
             "Qaddafi's", "Kadhafi’s", "al-Qaeda", "al-Qaida", "Al Qaeda", "AL-QAIDA", "Al-Qaeda",
             "al Qaida", "Al\nQaeda", "al-\r\nQaida"]
NAME_SEPARATORS = [" ", ", ", ". ", " spoke. ", " and ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\r",
                   " — ", '"', "“", "”", "‘", "’", "(", ")", " `Qaddafi` ", " https://x.org/Kadhafi ",
                   " # ", "\n> ", "\n- ", "é", "😀", "1", " said: ", ""]
NAME_TEXTS = st.lists(st.tuples(st.sampled_from(SPELLINGS), st.sampled_from(NAME_SEPARATORS)),
                      min_size=2, max_size=30).map(lambda pairs: "".join(a + b for a, b in pairs))


@pytest.fixture(scope="module")
def names_linter(tmp_path_factory) -> Linter:
    pack = write(tmp_path_factory.mktemp("names") / "names.yaml", NAMES_PACK)
    return Linter(build_rules(Config(root=pack.parent, builtin=False, packs=[pack])))


def _outside_unchanged(old: str, new: str, applied) -> None:
    """Every character outside the applied findings is unchanged, in order."""
    pos_old = pos_new = 0
    for f in applied:
        gap = f.start - pos_old
        assert new[pos_new : pos_new + gap] == old[pos_old : f.start]
        pos_new += gap
        assert new[pos_new : pos_new + len(f.replacement)] == f.replacement
        pos_new += len(f.replacement)
        pos_old = f.end
    assert new[pos_new:] == old[pos_old:]


@BUDGET
@given(NAME_TEXTS, PATHS)
@example("Qaddafi spoke. Gaddafi left. Gaddafi again. al-Qaida, Al Qaeda and al-Qaeda.", "a.md")
@example("Qaddafi's son\r\nQADDAFI.\rKadhafi’s\r\n\r\nGaddafi Gaddafi", "a.txt")
def test_fix_then_lint_reports_no_fixable_finding(names_linter, text, path):
    findings = names_linter.lint_text(path, text).findings
    fixable = [f for f in findings if f.replacement is not None]
    fixed, applied, overlapping = fixer.apply(text, findings)
    assert overlapping == []
    assert sorted(applied) == sorted(f for f in fixable if f.replacement != f.text)
    _outside_unchanged(text, fixed, applied)
    again = names_linter.lint_text(path, fixed).findings
    assert [f for f in again if f.replacement is not None] == []
    assert fixer.apply(fixed, again) == (fixed, [], [])  # --fix twice: nothing the second time


@BUDGET
@given(NAME_TEXTS, PATHS)
@example("Gaddafi Qaddafi Kadhafi `Qaddafi` al-Qaddafi al-Qaddafi ", "a.txt")
def test_stale_findings_are_refused_not_reapplied(names_linter, tmp_path_factory, text, path):
    """Fixing a file with findings from before its last change is refused as a whole."""
    target = tmp_path_factory.mktemp("stale") / path
    target.write_text(text, encoding="utf-8")
    linted = names_linter.first_pass_bytes(path, target.read_bytes())
    findings = names_linter.lint_text(path, text).findings
    first = fixer.plan(target, path, findings, linted.digest)
    fixer.write(first)
    if first.applied:
        with pytest.raises(fixer.StaleFile):
            fixer.plan(target, path, findings, linted.digest)


@BUDGET
@given(st.lists(st.sampled_from(["al-Qaeda", "al-Qaeda ", "Al ", "Qaeda", " ", ". ", "\n\n",
                                 " `code` ", " <!-- note --> ", " https://x.org ", "\r\n\r\n"]),
                max_size=12).map("".join), PATHS)
@example("al-Qaeda, al-Qaeda. Al `code` Qaeda.\n", "a.md")
@example("al-Qaeda, al-Qaeda. Al <!-- note --> Qaeda.\n", "a.md")
@example("al-Qaeda, al-Qaeda. Al https://x.org Qaeda.\n", "a.txt")
@example("al-Qaeda, al-Qaeda. Al\n\nQaeda.\n", "a.md")
def test_fix_rewrites_only_prose(names_linter, text, path):
    doc = Document.from_text(path, text)
    findings = names_linter.lint_text(path, text).findings
    fixed, applied, _ = fixer.apply(text, findings)
    for f in applied:
        assert not doc.masked.overlaps(f.start, f.end), f"fix of {f.text!r} deletes non-prose text"
        assert "\n\n" not in doc.prose[f.start:f.end].replace(" ", ""), f"{f.text!r} spans paragraphs"


DATES = ["29 December 2017", "December 29, 2017", "29th December", "December 29th", "Dec. 29",
         "2017-12-29", "29/12/2017", "Friday, 29 December", "the 29th of December",
         "1 January 2018", "January 1, 2018"]
ARTICLE_FIX_TEXTS = st.lists(
    st.tuples(st.sampled_from(DATES + SPELLINGS + WORDS), st.sampled_from(SEPARATORS + NAME_SEPARATORS)),
    min_size=2, max_size=30).map(lambda pairs: "".join(a + b for a, b in pairs))


@BUDGET
@given(ARTICLE_FIX_TEXTS, PATHS)
@example("December 29, 2017 between 10 and 20 29/12/2017 ", "a.md")
@example("2017-12-29. December 29th, December 29, 2017. ", "a.md")
@example("29 December 2017 spoke. the 29th of December `Qaddafi` December 29, 2017 ", "a.md")  # a blanked code span between
def test_builtin_fix_then_lint_reports_no_fixable_finding(text, path):
    linter = builtin_linter()
    findings = linter.lint_text(path, text).findings
    fixed, applied, overlapping = fixer.apply(text, findings)
    assert overlapping == []
    _outside_unchanged(text, fixed, applied)
    again = linter.lint_text(path, fixed).findings
    assert [(f.rule, f.text) for f in again if f.replacement is not None] == []
