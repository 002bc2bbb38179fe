"""A fast rule-based sentence segmenter for news English.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (plus any closing quotes or
brackets) when whitespace and a sentence-opening character follow, unless the period
belongs to a title (``Mr.``), an initial (``J.``), a month or other abbreviation, or a
dotted acronym (``U.S.``) that is not followed by a typical sentence opener.
Paragraph breaks always end a sentence.  ``bench/sentences.py`` measures it against
pySBD's English golden rules.
"""

from __future__ import annotations

import re

from corpuslint.spans import Span

_CANDIDATE = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"”’')\]»]*(?=\s+(\S)|\s*\Z)")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[\"”’')\]»]*$")

NEVER_FINAL = frozenset("""
mr mrs ms messrs mme mlle dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj cpl pvt
st mt ft rev hon pres supt det insp brig gens jr sr no nos vs v cf fig figs vol vols pp p
jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd rd corp inc ltd co
e.g i.e viz al
""".split())
# Abbreviations that end a sentence only when a common sentence opener follows.
MAYBE_FINAL = frozenset("u.s u.k u.n e.u a.m p.m etc inc ltd co corp jr sr".split())
OPENERS = frozenset("""
the a an he she it they we i you his her its their our this that these those there here but and
so yet however meanwhile in on at for if when while after before as mr mrs ms dr
""".split())
_OPENING = set("\"“‘'([«„*-–—")


def _period_ends_sentence(prose: str, dot: int, next_word: str) -> bool:
    match = _WORD_BEFORE.search(prose, max(0, dot - 40), dot)
    if not match:
        return True
    word = match.group(1).lower().strip("'’-")
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. K. Rowling"
    if word in MAYBE_FINAL or ("." in word and word.replace(".", "").isalpha()):
        return next_word.lower() in OPENERS
    return word not in NEVER_FINAL


def split_block(prose: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside one paragraph ``prose[start:end]``."""
    spans: list[Span] = []
    begin = start
    for match in _CANDIDATE.finditer(prose, start, end):
        following = match.group(1)
        if following is not None:
            if not (following.isupper() or following.isdigit() or following in _OPENING):
                continue
            if prose[match.start()] == "." and match.group().count(".") == 1:
                next_word = re.match(r"\S+", prose[match.end():end].lstrip())
                word = next_word.group().strip("\"“‘'(") if next_word else ""
                if not _period_ends_sentence(prose, match.start(), word):
                    continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, end))
    result = []
    for s, e in spans:
        while s < e and prose[s].isspace():
            s += 1
        while e > s and prose[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
    return result


def split(prose: str, blocks: list[Span]) -> list[Span]:
    """All sentence spans of a document, in order."""
    sentences: list[Span] = []
    for start, end in blocks:
        sentences.extend(split_block(prose, start, end))
    return sentences
