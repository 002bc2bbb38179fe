"""The register of a document: straight news, or a genre whose evaluative words are the point.

Sport match reports, arts reviews, first-person opinion columns and other copy (readers'
letters, fiction) use words that would be loaded in a news report.  The register is read,
first found first, from:

1. the front matter: ``register``, ``section``, ``category``/``categories``, ``tags``,
   ``type`` or ``genre`` naming one (``section: Sport``, ``tags: [review, film]``);
2. the folders of the path (``sport/``, ``reviews/``, ``opinion/``, ``letters/``);
3. the text: many words of a match report (``scored``, ``half-time``, ``striker`` …), or a
   writer who speaks as "I" outside quotations, make sport or opinion.

Anything else is ``news``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

REGISTERS = ("news", "sport", "review", "opinion", "other")
_WORDS = {
    "sport": """sport sports football soccer rugby cricket tennis golf athletics boxing formula1
        f1 motorsport cycling racing horse-racing swimming olympics""",
    "review": "review reviews critic critics criticism film-review album-review theatre-review",
    "opinion": """opinion opinions comment commentary column columns columnist editorial
        editorials blog blogs viewpoint op-ed analysis""",
    "other": "letters letter fiction story-telling transcript transcripts readers",
}
NAMED = {word: register for register, words in _WORDS.items() for word in words.split()}
FRONT_MATTER_KEYS = ("register", "section", "category", "categories", "tags", "type", "genre")
_SPORT_CUES = re.compile(
    r"\b(?:scored|scorer|goal|goals|half-time|striker|midfielder|defender|goalkeeper|keeper|"
    r"penalty|penalties|innings|wicket|wickets|batsman|bowler|tries|try-line|fly-half|"
    r"semi-final|quarter-final|final|league|premiership|championship|coach|manager|"
    r"match|matches|fixture|seeded|set|sets|tie-break|lap|laps|podium|medal|medals)\b",
    re.IGNORECASE)
SPORT_CUES = 12  # cue words in a text that make it a sport report
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|my|me)\b")
FIRST_PERSON = 6  # first-person words outside quotations that make an opinion piece


def _named(values: Iterable[str]) -> str | None:
    for value in values:
        for word in re.split(r"[\s/,;:]+", str(value).lower()):
            if word in NAMED:
                return NAMED[word]
    return None


def _front_matter_values(front_matter: Any) -> list[str]:
    if not isinstance(front_matter, dict):
        return []
    values: list[str] = []
    for key in FRONT_MATTER_KEYS:
        value = front_matter.get(key)
        if isinstance(value, str):
            values.append(value)
        elif isinstance(value, list):
            values += [str(item) for item in value if isinstance(item, (str, int))]
    return values


def detect(path: str, front_matter: Any, prose: str, quoted: Iterable[tuple[int, int]]) -> str:
    """The register of a document (one of :data:`REGISTERS`)."""
    found = _named(_front_matter_values(front_matter)) or \
        _named(PurePath(path).parts[:-1])
    if found:
        return found
    if len(_SPORT_CUES.findall(prose)) >= SPORT_CUES:
        return "sport"
    pieces, pos = [], 0
    for start, end in quoted:  # sorted, not overlapping
        pieces.append(prose[pos:start])
        pos = end
    pieces.append(prose[pos:])
    first_person = sum(len(_FIRST_PERSON.findall(piece)) for piece in pieces)
    return "opinion" if first_person >= FIRST_PERSON else "news"
