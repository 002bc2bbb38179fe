"""The register of a document: straight news, or a genre whose evaluative words are the point.

Sport match reports, arts reviews, first-person opinion columns and other copy (readers'
letters, fiction) use words that would be loaded in a news report.  The register is read,
first found first, from:

1. the front matter: ``register``, ``section``, ``category``/``categories``, ``tags``,
   ``type`` or ``genre`` naming one (``section: Sport``, ``tags: [review, film]``);
2. the folders of the path (``sport/``, ``reviews/``, ``opinion/``, ``letters/``);
3. the text: many words of a match report (``scored``, ``half-time``, ``striker`` …), or a
   writer who speaks as "I" outside quotations, make sport or opinion.

Anything else is ``news``.  Apart from the register, a document *reads as a match report*
when its own words are a match report's (3. above), whatever section holds it: a rule can
treat match reports apart from the sport section's news (``registers: {match-report: off}``).
Likewise a story that opens with a wire dateline (``LONDON, March 3 -``) *reads as wire
copy*, whatever its register: a rule measured apart on wire copy can be set apart there
(``registers: {wire: info}``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePath
from typing import Any

REGISTERS = ("news", "sport", "review", "opinion", "other")
MATCH_REPORT = "match-report"  # qualifiers a rule's ``registers`` may name beside them
WIRE = "wire"
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
SPORT_WORDS = frozenset("""
scored scorer goal goals half striker midfielder defender goalkeeper keeper penalty penalties
innings wicket wickets batsman bowler tries fly semi quarter final league premiership
championship coach manager match matches fixture seeded set sets tie break lap laps podium
medal medals
""".split())
SPORT_CUES = 12  # cue words in a text that make it a sport report
FIRST_PERSON_WORDS = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "my", "me"})
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


def detect(path: str, front_matter: Any, words: list[str], starts: list[int],
           quoted: Callable[[int, int], bool]) -> str:
    """The register of a document (one of :data:`REGISTERS`), given its folded words, where
    they start, and whether an offset lies in a quotation."""
    found = _named(_front_matter_values(front_matter)) or \
        _named(PurePath(path).parts[:-1])
    if found:
        return found
    if match_report(words):
        return "sport"
    present = FIRST_PERSON_WORDS.intersection(words)
    if not present or sum(map(words.count, present)) < FIRST_PERSON:
        return "news"
    first_person = sum(1 for i, word in enumerate(words)
                       if word in present and not quoted(starts[i], starts[i] + 1))
    return "opinion" if first_person >= FIRST_PERSON else "news"


def match_report(words: list[str]) -> bool:
    """Whether the folded ``words`` of a document are a match report's."""
    present = SPORT_WORDS.intersection(words)  # a set first: most documents have few
    return bool(present) and sum(map(words.count, present)) >= SPORT_CUES
