"""Reported speech: the clause a named speaker's verb of saying governs.

Three shapes of a sentence are read, without parsing:

* ``Mr Blair said (on Tuesday) (that) the regime …`` — a named subject (capitalised
  name, possibly with an apposition between commas, a possessive and a role noun such as
  ``Mr Blair's spokesman``, or *he*/*she*) right before a verb of saying: the clause is
  the rest of the sentence;
* ``The regime will fall, Mr Blair said.`` / ``…, said Mr Blair.`` — the clause is the
  sentence up to the comma before the attribution;
* ``According to Mr Blair, the regime …`` — the clause after the comma.

A described source counts as a named one (the house guideline: "police", "officials",
"analysts", "the report said", "research found").  A subject that is only the sentence's
capitalised first word is a name when the document never writes that word in lower case
("Critics said" is not a named speaker, "Jones said" is); a subject opening with "A" or
"An" ("A Labour MP said") is not named, and "some say" or "many believe" never are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpuslint.text.spans import Span

VERBS = """said says told tells warned warns added adds claimed claims argued argues insisted
insists stated alleged alleges denied denies accused accuses maintained maintains suggested
suggests predicted predicts complained complains explained explains acknowledged acknowledges
admitted admits announced announces declared declares stressed stresses urged urges wrote
writes conceded concedes found finds showed shows""".split()
_VERB = "|".join(sorted(set(VERBS), key=len, reverse=True))
_NAME_WORD = r"(?:[A-Z][\w'’.-]*)"
_NAME = rf"{_NAME_WORD}(?:[ ](?:{_NAME_WORD}|of|the|de|al|bin|van|von|for))*"
_ROLE = r"(?:['’]s[ ][a-z]+(?:[ ][a-z]+)?)"
# a described source is as identifiable as a name: "officials said", "the report found"
_DESCRIBED = (r"(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?:\w+\s+)?(?:police|officials?|analysts?|traders?|dealers?|"
              r"economists?|researchers?|scientists?|doctors?|witnesses|residents|prosecutors|"
              r"investigators|authorities|spokesm[ae]n|spokeswoman|spokesperson|report|survey|"
              r"study|poll|research|ministry|government|company|firm|bank|agency|commission|"
              r"council|committee|union|court|group|campaigners|organisers|organizers)")
_SUBJECT = rf"(?P<subject>\b(?:[Hh]e|[Ss]he|{_NAME}{_ROLE}?|{_DESCRIBED})(?:,[^,\n]{{2,80}},)?)"
_BETWEEN = r"(?:[ ](?:also|later|then|previously|has|had|have|once|repeatedly|recently|earlier|again|publicly))*"
FORWARD = re.compile(rf"{_SUBJECT}{_BETWEEN}[ ](?P<verb>{_VERB})\b")
AFTERWARD = re.compile(
    rf",[ ](?:(?:{_NAME}{_ROLE}?|[Hh]e|[Ss]he|{_DESCRIBED})(?:,[^,\n]{{2,80}},)?[ ](?:{_VERB})"
    rf"|(?:{_VERB})[ ]{_NAME})\b(?:,[^,;\n]{{0,60}})?[^,;\n]{{0,40}}[.!?]?['\"’”)]*\s*$"
)
ACCORDING = re.compile(rf"\s*According[ ]to[ ](?:{_NAME}|{_DESCRIBED})[^,\n]{{0,80}},[ ]")
MIN_CLAUSE_WORDS = 3


def _named(subject: re.Match, sentence_start: int, written_lower: Callable[[str], bool]) -> bool:
    words = subject.group("subject").split()
    if re.fullmatch(_DESCRIBED, subject.group("subject").split(",")[0].strip()):
        return True  # "officials said", "the report found": a described source
    if words[0] in ("A", "An"):  # "A Plaid Cymru MP said": someone, not someone named
        return False
    if words[0].lower() in ("he", "she") or subject.start("subject") > sentence_start:
        return True
    return len(words) > 1 or not written_lower(words[0].rstrip(",").lower())


def _clause(prose: str, start: int, end: int) -> Span | None:
    text = prose[start:end]
    trimmed = start + len(text) - len(text.lstrip(" ,:"))
    return (trimmed, end) if len(prose[trimmed:end].split()) >= MIN_CLAUSE_WORDS else None


def lower_case_words(prose: str) -> set[str]:
    """The words ``prose`` writes in lower case (to tell "Critics said" from "Jones said")."""
    return set(re.findall(r"\b[a-z][\w'’-]*", prose))


def in_sentence(prose: str, start: int, end: int,
                written_lower: Callable[[str], bool]) -> list[Span]:
    """The clause of the sentence ``prose[start:end]`` reported from a named speaker."""
    end = start + len(prose[start:end].rstrip())
    according = ACCORDING.match(prose, start, end)
    clause = None
    if according:
        clause = _clause(prose, according.end(), end)
    else:
        after = AFTERWARD.search(prose, start, end)
        forward = FORWARD.search(prose, start, end)
        if after and (forward is None or forward.start() >= after.start()):
            clause = _clause(prose, start, after.start())
        elif forward and _named(forward, start, written_lower):
            clause = _clause(prose, forward.end(), end)
    return [clause] if clause else []
