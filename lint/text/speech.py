"""Reported speech: the clause a named speaker's verb of saying governs.

Three shapes of a sentence are read, without parsing:

* ``Mr Blair said (on Tuesday) (that) the regime …`` — a named subject (capitalised
  name, possibly with an apposition between commas, a possessive and a role noun such as
  ``Mr Blair's spokesman``, or *he*/*she*/*they*) right before a verb of saying: the clause is
  the rest of the sentence;
* ``The regime will fall, Mr Blair said.`` / ``…, said Mr Blair.`` / ``…, according to
  Mr Blair.`` — the clause is the sentence up to the comma before the attribution;
* ``According to Mr Blair, the regime …`` — the clause after the comma.

When a sentence reads both ways ("In a statement, X said, Coastal claimed …"; "Asked about
a trade war, Poehl said such an event would be disastrous"), the clause is what follows
the verb when it has a verb of its own or, after a comma, is the longer side.

A described source counts as a named one (the house guideline: "police", "officials",
"analysts at Merrill Lynch", "the report said", "research found"), and so does *they*
pointing back to one.  Verbs of saying include those that state a belief, fear or
expectation ("economists fear that …"): the clause is still the source's.  A sentence
wrapped across lines is read as one (any white space joins its words).  A subject that is
only the sentence's capitalised first word is a name when the document never writes that
word in lower case ("Critics said" is not a named speaker, "Jones said" is); a subject
opening with "A" or "An" ("A Labour MP said") is not named, and "some say" or "many
believe" never are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpuslint.text.spans import Span

VERBS = """said says say told tells tell warned warns warn added adds add claimed claims claim
argued argues argue insisted insists insist stated states alleged alleges allege denied denies
deny accused accuses accuse maintained maintains maintain suggested suggests suggest predicted
predicts predict complained complains complain explained explains explain acknowledged
acknowledges acknowledge admitted admits admit announced announces announce declared declares
declare stressed stresses stress urged urges urge wrote writes write conceded concedes concede
noted notes note found finds find showed shows show contended contends asserted asserts
countered replied responded testified testifies
believe believes believed fear fears feared expect expects expected think thinks thought
worry worries worried estimate estimates estimated forecast forecasts reckon reckons
reckoned""".split()
# "charged (during the debate) that …" is speech; "charged customers a fee" is not
_VERB = "|".join(sorted(set(VERBS), key=len, reverse=True)) + r"|charged(?=\s(?:[\w-]+\s){0,6}?that\b)"
_NAME_WORD = r"(?:[A-Z][\w'’.-]*)"
_NAME = rf"{_NAME_WORD}(?:\s(?:{_NAME_WORD}|of|the|de|al|bin|van|von|for))*"
_ROLE = r"(?:['’]s\s[a-z]+(?:\s[a-z]+)?)"
# a described source is as identifiable as a name: "officials said", "the report found"
_DESCRIBED = (r"(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?:\w+\s+){0,2}(?:police|officials?|analysts?|traders?|dealers?|"
              r"economists?|researchers?|scientists?|doctors?|witnesses|residents|prosecutors|"
              r"bankers?|brokers?|advisers?|advisors?|aides?|diplomats?|executives?|"
              r"investigators|authorities|spokesm[ae]n|spokeswoman|spokesperson|report|survey|"
              r"study|poll|research|ministry|government|company|firm|bank|agency|commission|"
              r"council|committee|union|court|group|campaigners|organisers|organizers|sources)"
              # with where it sits: "analysts at Merrill Lynch", "sources close to the Fed"
              r"(?:\s(?:at|in|from|of|for|with|close\sto|familiar\swith)\s(?:the\s)?"
              r"[\w.&'’-]+(?:\s[A-Z][\w.&'’-]*)*)?")
DESCRIBED = re.compile(_DESCRIBED)
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_SUBJECT = rf"(?P<subject>\b(?:{_PRONOUN}|{_NAME}{_ROLE}?|{_DESCRIBED})(?:,[^,]{{2,80}},)?)"
_BETWEEN = (r"(?:\s(?:also|later|then|previously|has|had|have|once|repeatedly|recently|earlier|"
            r"again|publicly|now|still|similarly|privately|widely))*")
# words of a sentence wrapped across lines are joined by a newline: any white space will do
FORWARD = re.compile(rf"{_SUBJECT}{_BETWEEN}\s(?P<verb>{_VERB})\b")
# "…, Mr Blair said." / "…, said Mr Blair." / "…, Bernard Reed, manager of the exchange said."
AFTERWARD = re.compile(
    rf",\s(?:(?:{_NAME}{_ROLE}?|{_PRONOUN}|{_DESCRIBED})(?:,[^,]{{2,80}},?)?\s(?:{_VERB})"
    rf"|(?:{_VERB})\s{_NAME}|according\sto\s(?:{_NAME}|{_DESCRIBED}))"
    rf"\b(?:,[^,;]{{0,60}})?[^,;]{{0,40}}[.!?]?['\"’”)]*\s*$"
)
ACCORDING = re.compile(rf"\s*According\sto\s(?:{_NAME}|{_DESCRIBED})[^,]{{0,80}},\s")
MIN_CLAUSE_WORDS = 3
# what opens an adjunct after the verb ("…, he said in a speech that was broadcast")
_ADJUNCT = re.compile(r"\s*(?:on|in|at|during|after|before|to|from|by|with|for|yesterday|today|"
                      r"tonight|last|earlier|later|when|while|as|because|adding|according)\b",
                      re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|would|will|could|can|had|has|have|should|must|"
                     r"may|might)\b")
UNNAMED = frozenset("some many most few others several all critics people".split())


def _named(subject: re.Match, sentence_start: int, written_lower: Callable[[str], bool]) -> bool:
    words = subject.group("subject").split()
    if DESCRIBED.fullmatch(subject.group("subject").split(",")[0].strip()):
        return True  # "officials said", "the report found": a described source
    if words[0] in ("A", "An"):  # "A Plaid Cymru MP said": someone, not someone named
        return False
    if words[0].lower() in UNNAMED:  # "some say", "many believe"
        return False
    if words[0].lower() in ("he", "she", "they") or subject.start("subject") > sentence_start:
        return True
    return len(words) > 1 or not written_lower(words[0].rstrip(",").lower())


def _clause_follows(following: str, before: str) -> bool:
    """Whether the words after a speaker's verb are what was said rather than an adjunct:
    a clause with a verb of its own ("Asked about a trade war, Poehl said such an event
    would be disastrous") or, after a comma, more words than come before the speaker."""
    if following[:1] == ",":
        return len(following.split()) > len(before.split())
    return not _ADJUNCT.match(following) and _FINITE.search(following) is not None


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
        if after and forward and after.start() < forward.end() <= after.end() \
                and _clause_follows(prose[forward.end():end], prose[start:after.start()]):
            after = None  # "In a statement, X said, Coastal claimed …": the clause follows
        if after and (forward is None or forward.start() >= after.start()):
            clause = _clause(prose, start, after.start())
        elif forward and _named(forward, start, written_lower):
            clause = _clause(prose, forward.end(), end)
    return [clause] if clause else []
