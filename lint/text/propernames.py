"""Proper names and titles of works: where a word is a name, not a word of the language.

* A capitalised word inside a sentence (not its first word, nor the first word after an
  opening quote mark, colon or dash) is part of a name: ``Mr Savage``, ``the Radical
  Party``.  A capitalised first word belongs to the name when the next word is one too
  and the document never writes it in lower case (``Brutal Youth played``, but not
  ``Fuming Robinson blasts`` in a story that says "fuming" elsewhere); so does a surname
  alone, a capitalised word the document also writes after a first name inside running
  prose (``chairman Lawrence Brilliant said …`` then ``Brilliant said …``).  In sentences set
  in title case or capitals (headlines), where every word is capitalised, a word is a name
  only when running prose writes it capitalised after a lower-case word and never in lower
  case (``INTREPID MUSEUM CONTINUES TALKS`` over ``the Intrepid Museum said``).
* Titles of works: Markdown italics that open with a capital (``*Cruel Intentions*``)
  and short quotations whose longer words are all capitalised (“Dangerous Liaisons”).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpuslint.text.spans import Span

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_OPENERS = "\"“‘'«„(:—–-"
_ITALICS = re.compile(r"(?<![*\w])([*_])(?=[A-Z])[^*_\n]{1,80}?(?<!\s)\1(?![*\w])")
TITLE_CASE_SHARE = 0.75  # of the longer words after the first capitalised: a headline, not a sentence
TITLE_WORDS = 8  # a quoted title is at most this long
_LATER_NAME_WORD = re.compile(r"(?<=[a-z,] )[A-Z][a-z][\w'’-]*[ ]([A-Z][a-z][\w'’-]*)")
_INNER_NAME_WORD = re.compile(r"(?<![\w'’-])(?:[a-z][a-z'’-]*,?|The) ([A-Z][a-z][\w'’-]*)")


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _title_case(words: list[str]) -> bool:
    longer = [w for w in words[1:] if len(w) > 3]
    return len(longer) >= 3 and sum(map(_capitalised, longer)) >= TITLE_CASE_SHARE * len(longer)


def _opens(prose: str, sentence_start: int, word_start: int) -> bool:
    """Whether the word at ``word_start`` opens its sentence or a quotation in it."""
    before = prose[sentence_start:word_start].rstrip()
    return not before or before[-1] in _OPENERS


def later_name_words(prose: str) -> set[str]:
    """Words written as the later part of a name inside running prose (after a lower-case
    word or a comma, so not in a title-case headline): ``Lawrence Brilliant`` gives
    ``Brilliant``."""
    return set(_LATER_NAME_WORD.findall(prose))


def inner_name_words(prose: str) -> set[str]:
    """Words written capitalised right after a lower-case word or "The" in running prose,
    case-folded: the first words of names (``The Intrepid Museum`` gives ``intrepid``)."""
    return {word.casefold() for word in _INNER_NAME_WORD.findall(prose)}


def in_sentence(prose: str, start: int, end: int, written_lower: Callable[[str], bool],
                later_name_word: Callable[[str], bool] = lambda word: False,
                inner_name_word: Callable[[str], bool] = lambda word: False) -> list[Span]:
    """Names inside the sentence ``prose[start:end]``; ``written_lower`` tells whether the
    document writes a word in lower case (then a capitalised first word is not a name),
    ``later_name_word`` whether it writes the word as a surname (see :func:`later_name_words`),
    ``inner_name_word`` whether it writes it inside a name (see :func:`inner_name_words`)."""
    matches = list(_WORD.finditer(prose, start, end))
    if _title_case([m.group() for m in matches]):
        return [m.span() for m in matches if inner_name_word(m.group().casefold())
                and not written_lower(m.group().lower())]
    found: list[Span] = []
    for i, match in enumerate(matches):
        if not _capitalised(match.group()):
            continue
        if _opens(prose, start, match.start()):
            following = matches[i + 1] if i + 1 < len(matches) else None
            if not (following and _capitalised(following.group())
                    and prose[match.end():following.start()] == " "
                    or later_name_word(match.group())) \
                    or written_lower(match.group().lower()):
                continue
        if found and found[-1][1] + 1 == match.start() and prose[found[-1][1]] == " ":
            found[-1] = (found[-1][0], match.end())  # one name of several words
        else:
            found.append(match.span())
    return found


def _quoted_titles(prose: str, quotes: list[Span]) -> list[Span]:
    found = []
    for start, end in quotes:
        words = _WORD.findall(prose, start, end)
        longer = [w for w in words if len(w) > 3]
        if 0 < len(words) <= TITLE_WORDS and longer and all(map(_capitalised, longer)):
            found.append((start, end))
    return found


def titles(prose: str, quotes: list[Span], markdown: bool) -> list[Span]:
    """Titles of works: short quotations in title case, and Markdown italics."""
    found = _quoted_titles(prose, quotes)
    if markdown:
        found += [m.span() for m in _ITALICS.finditer(prose)]
    return found
