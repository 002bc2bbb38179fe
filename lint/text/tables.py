"""Find tables: Markdown tables and the plain-text tables of wire copy.

A wire table is a run of lines that each hold a row — a short label and figures, with no
word of running prose (``Qtly div 12 cts vs 12 cts prior``, ``Avg shrs 10.2 mln vs 9.8 mln``,
``Pay April 14``) or columns set apart by runs of spaces or dot leaders (a spread's cells may
say which way it runs: ``Jul/Aug   0.16 under    0.17 under``), or a short label and its one
figure set far apart or closing it (``Sum of adjustments   12.75``, ``Average U.S. spot mkt
location 10.42``) — each line starting its own block, following a row, set in further than
the line before it, holding figures in columns, or right under a line that introduces rows
(``… in cts per lb --``).  A label wrapped onto a second line (``Other Asia and``) belongs to it.
Short period labels between rows (``Nine mths``, ``Year``) and column headings
(``WHEAT   HRW   HRS``) belong to the table (a blank line ends it, except between two rows), and so do
``NOTE:`` blocks after it with their short continuation blocks, past a blank line while they
stay telegraphic, and past a one-line remark with no figure.  The first row may follow the story's dateline on the same line
(``ORLANDO, Fla., March 31 - Shr three cts vs 80 cts``).

A run is a table when it has two rows, or one row compared with ``vs``, set in columns or
with dot leaders: one line with a couple of figures in it is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpuslint.text.spans import Span, line_spans
from corpuslint.text.vocabulary import NUMBER_TENS, NUMBER_UNITS

# a figure, garbled digit groups included ("330,;575" as transmitted)
_FIGURE = re.compile(r"[(<$£€¥+-]*(?:\d|\.\d)(?:[\d.,/:%-]|;(?=\d))*[a-z]{0,4}[)>,;:*%]*", re.IGNORECASE)
_NUMBER_WORDS = frozenset((*NUMBER_UNITS, *NUMBER_TENS, "nil", "zero", "half"))
# words of running prose: a line holding one is a sentence, not a row
_PROSE = frozenset("""the a an of in on at with by for and or but that which who whom whose said
says say told is are was were be been being will would shall should can could may might must
has have had it its he she they we you i his her their our this these those than as after
before because while when where if not also about against into over under since until""".split())
_COLUMNS = re.compile(r"\S(?: {2,}|\t+)\S.*\S(?: {2,}|\t+)\S")
# two column gaps each followed by a figure, neither after a full stop: a row, whatever its label
_CELL = r"(?:[-(+$£€¥.]?\d|nil\b|n\.?a\b|-{2,})"
_FIGURE_COLUMNS = re.compile(rf"[^.\s](?: {{2,}}|\t+){_CELL}.*[^.\s](?: {{2,}}|\t+){_CELL}")
_LEADERS = re.compile(r"\.{4,}|(?:\. ){3,}|_{4,}")
_RANKED = re.compile(r"\d{1,3}[.)]?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+\([A-Z][\w .'’-]*\))?\Z")
_NOTE = re.compile(r"[ \t]*(?:NOTES?|Notes?)\b\s*[:-]")
# a row whose prior figure is missing: "Turnover 39.3 billion francs (no direct comparison)"
_NO_COMPARISON = re.compile(r"\d\S*(?:\s+[a-z]+){0,2}\s+\((?:no\s+(?:direct\s+)?comparison|not\s+available|n\.?a\.?)\)",
                            re.IGNORECASE)
_BRACKET = re.compile(r"\([^)]*\)")
_FIGURES_JOINED = re.compile(r"\d\S*\s+and\s+[(<$£€¥-]*\d")
# a last row's figure running onto the next line: "Net operating provisions 5.50 billion francs
# vs 5.19\nbillion, with most of increase …"
_UNIT_RUN_ON = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?:billion|bln|mln|million|pct|dlrs|francs|marks|stg|yen|cts)\b",
                          re.IGNORECASE)
_INTRODUCES = re.compile(r"(?:--|:)[ \t]*$")  # a line that ends introducing rows below it
_DASH_ITEM = re.compile(r"\s*--\s+\S")
_SENTENCE_END = re.compile(r"[^\W\d_][.!?]['\"’”)]*\s*$")
MAX_ROW_WORDS = 16
MAX_ROW_CHARS = 240  # longer lines are prose, whatever their words
VS_ROW_WORDS = 12  # a "vs" row this short is a row even with a word of prose in it
MAX_LABEL_WORDS = 4
MAX_ALIGNED_WORDS = 6
_BARE_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a cell's figure, no currency or unit: not a headline's "above $53"
_ALIGNED_FIGURE = re.compile(r"[^\s.] {3,}[-(+$£€¥]?\d[\d.,/]*%?\)?[ \t]*$")
# how a note's lines open: "Net includes …", "Shr data restated …", "Excludes …"
_NOTE_LINE = re.compile(r"\s*(?:Net|Shr|Shrs|Share|Per\s+share|Includes?|Excludes?|Results?|Figures?|Year|Qtr|"
                        r"Quarter|Sales|Revenues?|Loss|Profit|Operating|Oper|Avg|Fiscal|Nine|Six|Prior|First|"
                        r"Second|Third|Fourth|\d+(?:st|nd|rd|th)?)\b")
NOTE_LINES = 6  # a continuation block of a note is at most this long …
_DIGIT = re.compile(r"\d")  # … and holds a figure
# a note's further paragraph, past a blank line, is telegraphic: no article or pronoun opens it
# and no one speaks in it ("Fiscal 1987 nonrecurring income items totaled 4,322,342 vs …")
_TELEGRAPHIC = re.compile(r"[ \t]*(?!(?:The|It|He|She|They|We|A|An|In|But|However|This|That)\b)"
                          r"(?![^\n]*\b(?:said|says|told|added|expects)\b)[A-Z0-9]")


@dataclass(frozen=True)
class Row:
    """How one line reads as a table row."""

    row: bool  # a label and figures
    strong: bool  # a comparison (vs), columns or leaders: a table even alone
    label: bool  # a short label line (``Nine mths``)


_PROSE_LINE = Row(False, False, False)
_CONTINUED_ROW = Row(True, False, False)  # the rest of a row whose comparison runs onto the next line
_VS_AT_END = re.compile(r"\svs\.?[ \t]*$")


def _prose_word(word: str) -> bool:
    bare = word.strip("\"'“”‘’(),;:.")
    return bare.lower() in _PROSE and not (len(bare) == 1 and bare.isupper())


def _figures(words: list[str]) -> int:
    return sum(1 for w in words if _FIGURE.fullmatch(w) or w.lower().strip(",;") in _NUMBER_WORDS)


def classify(line: str) -> Row:
    """Whether ``line`` (without its line break) reads as a row or a row label."""
    if len(line) > MAX_ROW_CHARS:
        return Row(False, False, False)
    words = line.split()
    if not words or len(words) > MAX_ROW_WORDS or _NOTE.match(line):
        return Row(False, False, False)
    # a comparison row may say where the prior figure is from: "… vs 36.5 cts in prior qtr",
    # or join its figures with "and" ("Avg shr 1,238,000 and 1,177,000")
    prose_words = [w for w in words if _prose_word(w)]
    if not _figures(words) and len(words) <= MAX_LABEL_WORDS and {w.lower() for w in prose_words} == {"and"} \
            and words[0][:1].isupper():
        return Row(False, False, True)  # a label wrapped onto two lines: "Other Asia and" / "Oceania  654.9 …"
    no_comparison = _NO_COMPARISON.search(line) is not None and not any(
        _prose_word(w) for w in _BRACKET.sub(" ", line).split())  # not "He said the unit earned 300 mln (n.a.)"
    compared = len(words) <= VS_ROW_WORDS and (" vs " in line or no_comparison or (
        prose_words == ["and"] and _FIGURES_JOINED.search(line) is not None))
    columns = bool(_COLUMNS.search(line.strip()) or _LEADERS.search(line))
    # a row set in columns may hold a word of prose: "Over 350 to 700      5.750    4.313", and
    # a spread's cells say which way it runs: "Jul/Aug   0.16 under    0.17 under", "no quote"
    spread = columns and {w.lower() for w in prose_words} <= {"under", "over"} \
        and _figures(words) + line.lower().count("no quote") >= 2
    # a short label with its one figure set far apart at the line's end: "Sum of adjustments   12.75"
    aligned = len(words) <= MAX_ALIGNED_WORDS and _ALIGNED_FIGURE.search(line) is not None \
        and len(prose_words) <= 1 and _figures(words) == 1
    if prose_words and not compared and not spread and not aligned \
            and not (_FIGURE_COLUMNS.search(line) and _figures(words) >= 3):
        return Row(False, False, False)
    if _DASH_ITEM.match(line) and _figures(words) == 1 and not _SENTENCE_END.search(line):
        return Row(True, False, False)  # an item of a dashed list: "-- total program crops  6,512,700 acres"
    if _RANKED.match(line.strip()):
        return Row(True, False, False)  # a place in a list: "25 Juan Ignacio Chela (Argentina)"
    figures = _figures(words)
    if figures == 0:
        # a short label ("Nine mths"), or column headings set apart by spaces ("WHEAT  HRW  HRS")
        label = (len(words) <= MAX_LABEL_WORDS or columns) and not _SENTENCE_END.search(line) \
            and not line.rstrip().endswith(":")
        return Row(False, False, label)
    if _SENTENCE_END.search(line) and not columns and not (compared and not prose_words):
        return Row(False, False, False)  # a sentence, but not a last row closed by a full stop
    strong = columns or "vs" in (w.lower().rstrip(".") for w in words) \
        or (compared and no_comparison)
    # a label of a few words with one figure closing the line: "Average U.S. spot mkt location 10.42"
    labelled = len(words) <= MAX_ALIGNED_WORDS and not prose_words and _BARE_FIGURE.fullmatch(words[-1]) is not None
    return Row(strong or aligned or labelled or figures >= 2 or len(words) <= MAX_LABEL_WORDS, strong, False)


_NON_BLANK = re.compile(r"\S")


def _first_word(prose: str, start: int, end: int) -> int:
    found = _NON_BLANK.search(prose, start, end)
    return found.start() if found else end


def _indent(prose: str, start: int, end: int) -> int:
    return _first_word(prose, start, end) - start


def _blocks_by_line(prose: str, blocks: list[Span]) -> list[tuple[Span, bool]]:
    """Every non-blank line of the blocks, with whether it starts its block or is set in
    further than the line before it (" SPRING WHEAT" under a dateline)."""
    lines = []
    for block_start, block_end in blocks:
        previous = None
        for start, end in line_spans(prose, block_start, block_end):
            if _NON_BLANK.search(prose, start, end):
                indent = _indent(prose, start, end)
                lines.append(((start, end), previous is None or indent > previous))
                previous = indent
    return lines


def _notes(prose: str, blocks: list[Span], after: int) -> int:
    """Where the notes of a table ending at ``after`` end (``after`` if it has none)."""
    following = [(s, e) for s, e in blocks if s >= after]
    if not following or not _NOTE.match(prose, *following[0]):
        return after
    end = following[0][1]
    remark = False
    for start, stop in following[1:]:
        text = prose[start:stop]
        if (prose[end:start].count("\n") > 1 and not _TELEGRAPHIC.match(text)) \
                or text.count("\n") >= NOTE_LINES:
            break
        if not _DIGIT.search(text):
            if remark or "\n" in text.strip() or not _TELEGRAPHIC.match(text):
                break
            remark = True  # a one-line remark of the note ("Results restated for pooled acquisitions.")
            continue
        if remark and not _NOTE_LINE.match(text):
            break  # past a remark, only a note's own line goes on ("Net includes …")
        remark = False
        end = stop
    return end


def wire_tables(prose: str, blocks: list[Span], first_row_after: int | None = None) -> list[Span]:
    """Plain-text tables in ``blocks`` of ``prose``; a row may start at ``first_row_after``
    (the end of a dateline) instead of at the start of its line."""
    tables: list[Span] = []
    run: list[tuple[Span, Row]] = []

    def close() -> None:
        while run and not run[-1][1].row:  # a trailing label belongs to what follows
            run.pop()
        rows = [row for _, row in run if row.row]
        if len(rows) >= 2 or (rows and rows[0].strong):
            end = last = run[-1][0][1]
            while last and prose[last - 1] in " \t":
                last -= 1
            unit = _UNIT_RUN_ON.match(prose, last)
            end = _notes(prose, blocks, unit.end() if unit else end)
            start = run[0][0][0]
            tables.append((start, start + len(prose[start:end].rstrip())))
        run.clear()

    introduced = False
    for (start, end), starts_block in _blocks_by_line(prose, blocks):
        if first_row_after is not None and start <= first_row_after < end:
            start, starts_block = first_row_after, True
        start = _first_word(prose, start, end)
        row = classify(prose[start:end]) if end - start <= MAX_ROW_CHARS else _PROSE_LINE
        if run and run[-1][1].row and _VS_AT_END.search(prose, run[-1][0][0], run[-1][0][1]) \
                and prose.count("\n", run[-1][0][1], start) == 1:
            row = _CONTINUED_ROW  # "… share 9.33 guilder vs" / "9.25 (corrected for capital increase)."
        if run and prose.count("\n", run[-1][0][1], start) > 1 and not (row.row and run[-1][1].row):
            close()  # a blank line ends a table, except between two rows
        # figures in columns start a table even right under a line of prose in the same block
        # ("Previous prices in parentheses." then " PLATINUM  -   562   (567)"), and so does a
        # row right under a line that introduces it ("… as follows, in cts per lb --")
        if (row.row or row.label) and (starts_block or run or (row.strong and _FIGURE_COLUMNS.search(prose, start, end))
                                       or (row.row and introduced)):
            run.append(((start, end), row))
        else:
            close()
        introduced = _INTRODUCES.search(prose, start, end) is not None
    close()
    return tables
