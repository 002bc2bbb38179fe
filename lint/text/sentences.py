"""A fast rule-based sentence segmenter for news English.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (plus any closing quotes or
brackets) when whitespace and a sentence-opening character (capital, digit, opening
quote, bracket or dash) follow.  A lone period does not end a sentence after:

* a title or other never-final abbreviation (``Mr.``, ``Gen.``, ``vs.``), a capital
  initial (``J. K. Rowling``) or a list marker opening the sentence (``1.``, ``a.``);
* ``No.``, ``p.``, ``c.`` or a month (``Jan.``) when a number follows;
* a dotted acronym (``U.S.``, ``a.m.``) or a sometimes-final abbreviation (``Co.``,
  ``Inc.``, ``St.``, the pronoun ``I``) unless a common sentence opener (``The``,
  ``He``, ``How``, ``Mr.``) follows and the sentence so far has at least four words,
  so "At 5 a.m. Mr. Smith left" stays whole; a capitalised conjunction or auxiliary after a
  dotted acronym continues the sentence (wire copy's "the U.S. Has not called"), and
  so does a relative pronoun ("the U.S. Which represented …").

All-capital words (``FT.``, ``MS.``) are never abbreviations.  A spaced ellipsis
``. . .`` and a bracketed omission ``[...]`` never end a sentence; a spaced four-dot
ellipsis does (after its first dot when that dot is attached to the word before).  An
inline numbered or lettered list opening a paragraph (``1) ... 2) ...``) is split before
each next marker.  Paragraph breaks always end a sentence.  ``bench/sentences.py``
measures speed and pySBD's English golden rules against pySBD itself.
"""

from __future__ import annotations

import re

from corpuslint.text.prefilter import Scanner
from corpuslint.text.spans import Span
from corpuslint.text.vocabulary import MONTH_ABBREVIATIONS

_CLOSERS = "\"”’')]»"
_CANDIDATE = re.compile(
    r"(?P<omission>\[(?:\.\.\.|…)\])"
    r"|(?:(?P<spaced>\.(?:[ \t]\.){2,})|[.!?…]+)"
    f"[{re.escape(_CLOSERS)}]*"
    r"(?=\s+(?P<next>\S)|\s*\Z)"
)
_CANDIDATES = Scanner(_CANDIDATE, r"\[.!?…")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")
_MARKER = re.compile(r"\s*(?:[•⁃]\s*)?(?:\d{1,3}|[a-z])")
_LIST_START = re.compile(r"\s*(?:[•⁃]\s*)?(\d{1,3}|[a-z])(\.\)|\.|\))\s")
_OPENING = set("\"“‘'([«„*-–—")
_QUOTES = "\"“”‘’'()[]«»„"
_PUNCT = _QUOTES + ".,;:!?"
_NEXT_WORD = re.compile(r"\s*(\S+)")

NEVER_FINAL = frozenset("""
mr mrs ms messrs mme mlle dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj cpl
pvt mt ft rev hon pres supt det insp brig gens vs v cf viz approx est univ e.g i.e
wm chas thos jas geo
""".split())  # … and abbreviated first names: "Wm. Wrigley Jr Co"
# Non-final when a number follows: "No. 10", "Jan. 5", "p. 55", "c. 1900".
BEFORE_NUMBER = frozenset("no nos n° p pp c ca vol vols fig figs".split()) | set(MONTH_ABBREVIATIONS)
# Final only when a common sentence opener follows.
MAYBE_FINAL = frozenset(
    ["inc", "ltd", "co", "corp", "plc", "bros", "jr", "sr", "st", "ste", "ave", "blvd", "rd", "dept", "al", "i"]
)
OPENERS = frozenset("""
the a an he she it they we i you his her its their our my your this that these those there
here but and or so yet however meanwhile still then now also in on at for if when while
after before as by from with what why how who whom whose where which did do does is are was
were will would can could should has have had not no mr mrs ms dr
""".split())

# Capitalised after a dotted acronym, these words still continue the sentence: wire copy
# writes "the U.S. And Canada", "the U.S. Has not called on Japan", "the U.S. Which
# represented 50 pct of the world television market".
CONTINUING = frozenset("""
and or has have had is are was were will would can could should did do does not which whose whom
""".split())


def _period_ends_sentence(prose: str, begin: int, dot: int, next_word: str) -> bool:
    """Whether the lone period at ``dot`` ends the sentence opened at ``begin``."""
    if _MARKER.fullmatch(prose, begin, dot):
        return False  # a list marker: "1. The first item"
    before = prose[max(begin, dot - 40) : dot].rsplit(None, 1)
    word = before[-1].lstrip(_QUOTES + "-") if before else ""
    lower = word.lower()
    if len(word) > 1 and word.isalpha() and word.isupper():
        return True  # an acronym such as "FT" or "MS", not "Ft." or "Ms."
    if lower in NEVER_FINAL or (len(word) == 1 and word.isupper() and word != "I"):
        return False  # a title, or an initial: "J. K. Rowling"
    if lower in BEFORE_NUMBER:
        return not next_word[:1].isdigit()
    if lower in MAYBE_FINAL or _ACRONYM.fullmatch(lower):
        following = next_word.strip(_PUNCT).lower()
        opener = following in OPENERS and not (following in CONTINUING and _ACRONYM.fullmatch(lower))
        return opener and len(prose[begin:dot].split()) >= 4
    return True


def _list_breaks(prose: str, start: int, end: int) -> list[int]:
    """Offsets of the 2nd, 3rd... markers of an inline list opening the paragraph."""
    match = _LIST_START.match(prose, start, end)
    if not match:
        return []
    label, delimiter = match.groups()
    breaks: list[int] = []
    pos = match.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        pattern = rf"\s([•⁃]?\s*{re.escape(label + delimiter)})\s"
        match = re.compile(pattern).search(prose, pos, end)
        if not match:
            return breaks
        breaks.append(match.start(1))
        pos = match.end(1)


def split_block(prose: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside one paragraph ``prose[start:end]``."""
    cuts: list[int] = []
    forced = _list_breaks(prose, start, end)
    begin = start
    for match in _CANDIDATES.finditer(prose, start, end):
        while forced and forced[0] <= match.start():
            begin = forced.pop(0)
            cuts.append(begin)
        if match.group("omission"):
            continue
        cut = match.end()
        following = match.group("next")
        if following is not None:
            if not (following.isupper() or following.isdigit() or following in _OPENING):
                continue
            spaced = match.group("spaced")
            if spaced is not None:
                if spaced.count(".") < 4:
                    continue  # ". . ." is an ellipsis inside the sentence
                if match.start() > start and not prose[match.start() - 1].isspace():
                    cut = match.start() + 1  # "word. . . . Next": period, then ellipsis
            elif match.group().rstrip(_CLOSERS) == ".":
                next_word = _NEXT_WORD.match(prose, match.end(), end).group(1)
                if not _period_ends_sentence(prose, begin, match.start(), next_word):
                    continue
        cuts.append(cut)
        begin = cut
    cuts.extend(forced)
    cuts.append(end)
    result: list[Span] = []
    begin = start
    for cut in cuts:
        s, e = begin, cut
        while s < e and prose[s].isspace():
            s += 1
        while e > s and prose[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
        begin = cut
    return result


def split(prose: str, blocks: list[Span]) -> list[Span]:
    """All sentence spans of a document, in order."""
    sentences: list[Span] = []
    for start, end in blocks:
        sentences.extend(split_block(prose, start, end))
    return sentences
