"""Who reports a figure: source cues, vague cues and carry-over between sentences.

A sentence is *attributed* when it names a source (a person, role, body, identifiable
group or named document) with a reporting or estimating cue ("police said", "according
to the UN", "figures from the ONS show", "…, he said").  Agentless or unnamed cues ("it
is estimated", "reports say", "sources said", "experts believe", "a new study shows")
make it *vague*.  ``../shared/specs/statistics-attribution.md`` is the definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

import regex

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
SOURCE_NOUNS = (
    "police", "officials", "official", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "ministry", "minister", "ministers", "government", "department", "agency",
    "company", "firm", "group", "bank", "office", "authorities", "authority", "army",
    "military", "president", "chairman", "chief", "executive", "director", "secretary",
    "commission", "council", "committee", "organisation", "organization", "union", "court",
    "prosecutors", "prosecutor", "witnesses", "witness", "residents", "doctors", "hospital",
    "board", "institute", "association", "federation", "service", "services", "corporation",
    "statement", "regulator", "watchdog", "researchers", "economists polled", "survey",
    "census", "poll", "mayor", "governor", "leader", "manager", "party", "campaigners",
    "organisers", "organizers", "coastguard", "fire brigade", "paramedics", "airline",
    "operator", "insurers", "lawyers", "lawyer", "counsel", "lawmakers", "senator",
    "spokesmen", "sources close", "source close", "analyst", "ambassador", "envoy", "embassy",
)
VAGUE_SOURCES = ("sources", "source", "experts", "scientists", "observers", "insiders",
                 "critics", "commentators", "reports", "some", "many", "others", "analysts",
                 "dealers", "traders", "media", "rumours", "estimates", "people")
REPORTING_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "reported", "reports", "report",
    "confirmed", "confirms", "announced", "announces", "added", "adds", "estimated",
    "estimates", "estimate", "predicted", "predicts", "forecast", "forecasts", "expects",
    "expected", "believes", "found", "finds", "shows", "showed", "show", "showing", "measured",
    "recorded", "revealed", "reveals", "stated", "states", "claimed", "claims", "insisted",
    "argued", "noted", "warned", "wrote", "explained", "calculated", "put", "puts",
    "disclosed", "projected", "projects", "indicated", "indicates", "quoted", "cited",
    "suggested", "suggests", "counted", "registered", "published", "attributed", "blamed",
    "revised", "citing", "pointing to", "pointed to",
)
# a plural noun with no determiner is unnamed ("experts say"); "the researchers" are known
_UNDETERMINED = r"(?<!\b(?:the|these|those|its|his|her|their|our)\s+)"
VAGUE_CUES = (
    r"it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+"
    r"(?:estimated|thought|believed|feared|expected|understood|reported|said|claimed|alleged|"
    r"confirmed|rumoured|calculated|projected|suggested|predicted|known)(?!\s+by\b)",
    r"(?:is|are|was|were)\s+(?:said|thought|believed|feared|reported|understood|estimated|"
    r"alleged|rumoured|expected|forecast|predicted|projected)\s+to",
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:estimated|forecast|predicted|projected|expected)"
    r"(?:\s+(?:at|to\s+be))?(?!\s+by\b)",
    r"an?\s+estimated", r"reportedly", r"there\s+(?:have|has|had)\s+been\s+reports?",
    r"(?:there\s+are|there\s+were)\s+reports?", r"according\s+to\s+(?:some\s+|media\s+|press\s+|"
    r"unconfirmed\s+|local\s+|recent\s+|new\s+|official\s+|latest\s+)*(?:reports|sources|estimates|"
    r"rumours|experts|analysts)",
    r"(?:media|press|news|local|unconfirmed|some|other|earlier)\s+reports?\s+(?:say|said|suggest|"
    r"suggested|claim|claimed|put|indicate)",
    rf"{_UNDETERMINED}reports?\s+(?:say|said|suggest|suggested|claim|claimed)",
    r"(?:many|some|most|others)\s+(?:believe|say|think|estimate|fear|expect)",
    r"(?:(?:defence|security|diplomatic|government|industry|military|intelligence|senior|unnamed|"
    r"market|trade|banking|official|informed|reliable|police)\s+)?sources\s+"
    r"(?:said|say|says|told|added|believe|estimate|suggest|indicated?)",
    rf"{_UNDETERMINED}(?:experts|scientists|analysts|observers|insiders|commentators|economists|"
    r"dealers|traders|researchers|critics|campaigners)\s+(?:\w+\s+)?(?:say|said|believe|believed|"
    r"estimate|estimated|think|fear|feared|expect|expected|predict|predicted|warn|warned|reckon|"
    r"suggest|suggested|put)",
    r"(?:is|are|was|were)\s+(?:widely|generally|commonly)\s+(?:seen|regarded|considered|viewed|"
    r"thought|believed|expected|reported|estimated)",
    r"by\s+(?:(?:some|conservative|official|unofficial|most|many|other|independent|rough|one|"
    r"their|its)\s+)?(?:estimates?|accounts?|calculations?|reckonings?)",
    r"by\s+(?:some\s+|many\s+|most\s+)?(?:forecasters|analysts|economists|experts|dealers|traders|"
    r"observers|commentators|scientists|sources)(?!\s+(?:at|from|with|polled|surveyed)\b)",
)
# a named owner's own figure or document: "his earnings outlook of", "Le Figaro's list"
OWNED_FIGURE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[A-Z][\w.&-]*|police|government|ministry|bank|company|agency|"
    r"department|commission|council|union|court|institute|association|board|office)['’]s?)\s+"
    r"(?:[\w-]+\s+){0,2}(?:forecasts?|estimates?|outlook|projections?|predictions?|targets?|"
    r"guidance|calculations?|figures|data|list|ranking|survey|report|study|poll|census|tally|count)\b"
)
FORUM = re.compile(r"\b(?:court|tribunal|inquiry|hearing|committee|meeting|conference|jury|"
                   r"parliament|MPs|assembly|senate|congress)\s+(?:heard|was\s+told|were\s+told)\b",
                   re.IGNORECASE)
NOT_AGENT = frozenset("""
the a an in on at for by with of to from and but or so as if this that these those there
here its his her their our my your after before during since when while about over under
more most some all no not also however meanwhile yesterday today tomorrow monday tuesday
wednesday thursday friday saturday sunday last next
""".split())


INVERTING_VERBS = frozenset({"said", "says", "told", "added", "reported", "estimated"})
SPEECH_VERBS = frozenset("""
said says say told tells added adds announced announces confirmed confirms stated states reported
reports claimed claims insisted argued noted warned wrote explained disclosed
""".split())
DETERMINERS = frozenset("the its his her their our this these those".split())
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+\Z", re.IGNORECASE)
# a passive cue with its agent: "as measured by the index", "estimated by the UN"
_PASSIVE_AGENT = re.compile(r"\s+by\s+([\w'’ .-]+)")


class Status(Enum):
    SOURCE = "source"
    VAGUE = "vague"
    NONE = "none"


@dataclass(frozen=True)
class Cue:
    status: Status
    start: int  # offsets into the prose
    end: int
    text: str


def _words(items) -> str:
    return "|".join(sorted((re.escape(i).replace(r"\ ", r"\s+") for i in items), key=len, reverse=True))


class AttributionModel:
    """Finds attribution cues in a sentence; the word lists are the rule's options."""

    def __init__(self, verbs=(), sources=(), vague_sources=(), vague_cues=()) -> None:
        self.verb = regex.compile(rf"\b(?:{_words((*REPORTING_VERBS, *verbs))})\b|\baccording\s+to\b",
                                  regex.I)
        self.vague = regex.compile(rf"\b(?:{'|'.join((*VAGUE_CUES, *vague_cues))})\b", regex.I)
        self.source_noun = regex.compile(rf"\b(?:{_words((*SOURCE_NOUNS, *sources))})\b", regex.I)
        self.vague_noun = regex.compile(rf"^(?:{_words((*VAGUE_SOURCES, *vague_sources))})$", regex.I)

    def cues(self, prose: str, start: int, end: int) -> list[Cue]:
        """Attribution cues of the sentence ``prose[start:end]``, in order."""
        sentence = prose[start:end]
        cues = [Cue(Status.VAGUE, start + m.start(), start + m.end(), m.group())
                for m in self.vague.finditer(sentence)]
        vague_spans = [(c.start - start, c.end - start) for c in cues]
        for match in self.verb.finditer(sentence):
            if any(s <= match.start() < e for s, e in vague_spans) or not _verb_use(sentence, match):
                continue
            status = self._agent(sentence, match)
            if status is not Status.NONE:
                cues.append(Cue(status, start + match.start(), start + match.end(), match.group()))
        for match in (*FORUM.finditer(sentence), *OWNED_FIGURE.finditer(sentence)):
            cues.append(Cue(Status.SOURCE, start + match.start(), start + match.end(), match.group()))
        return sorted(cues, key=lambda c: c.start)

    def _agent(self, sentence: str, verb: regex.Match) -> Status:
        if verb.group().lower().startswith("according"):
            return self._named_after(sentence[verb.end():verb.end() + 60])
        passive = _PASSIVE_AGENT.match(sentence, verb.end())
        if passive:
            return self._judge_words(passive.group(1).split()[:3], speech=False)
        begin = max(0, verb.start() - 80)
        parts = re.split(r"[;:()]|,\s+(?=which|who|but|and)|\s[–—]\s", sentence[begin:verb.start()])
        words = re.findall(r"[\w'’.-]+", parts[-1])
        opening = begin == 0 and len(parts) == 1 and len(words) > 1  # words[0] opens the sentence
        speech = verb.group().lower() in SPEECH_VERBS
        status = self._judge_words(words[-8:], speech, opening and len(words) <= 8)
        if status is Status.NONE and verb.group().lower() in INVERTING_VERBS:
            after = re.findall(r"[\w'’.-]+", sentence[verb.end():verb.end() + 40])[:3]
            status = self._judge_words([w for w in reversed(after) if w.lower() not in PRONOUNS], speech)
        return status

    def _named_after(self, text: str) -> Status:
        """The source named after "according to": vague when its head is vague."""
        following = [w.strip(",.;:'\"“”").lower() for w in text.split()[:3]]
        if not following:
            return Status.NONE
        head = next((w for w in following if w not in NOT_AGENT), following[0])
        return Status.VAGUE if self.vague_noun.match(head) else Status.SOURCE

    def _judge_words(self, words: list[str], speech: bool, opening: bool = False) -> Status:
        """Nearest-first: a pronoun, a source noun or a name makes a source; a vague noun alone is vague.

        A vague noun after a determiner ("the researchers", "the report") is a known source.  With
        a verb of speech, any noun after a determiner is its subject ("the trust said").  A
        capitalised common word opening the sentence ("Inflation as measured") is no name.
        """
        vague = False
        for i in range(len(words) - 1, -1, -1):
            low = words[i].lower().strip("'’.")
            determined = i > 0 and words[i - 1].lower() in DETERMINERS
            if self.vague_noun.match(low) and not determined:
                vague = True
            elif (low in PRONOUNS or self.source_noun.fullmatch(low)
                  or self.source_noun.fullmatch(low.rstrip("s"))
                  or (determined and (speech or self.vague_noun.match(low)) and low not in NOT_AGENT)
                  or _name(words, i, opening)):
                return Status.SOURCE
        return Status.VAGUE if vague else Status.NONE


def _name(words: list[str], i: int, opening: bool) -> bool:
    """A capitalised word that is not a function word nor a common word opening the sentence."""
    word = words[i]
    if not word[:1].isupper() or word.lower().strip("'’.") in NOT_AGENT:
        return False
    return not (opening and i == 0 and len(words) > 1 and words[1][:1].islower())


def _verb_use(sentence: str, match: regex.Match) -> bool:
    """False for a cue word used as a noun or adjective: "a show", "his reported views", "States"."""
    if match.group().lower().startswith("according"):
        return True
    if match.group()[:1].isupper():
        return False
    return not _DETERMINER_BEFORE.search(sentence, max(0, match.start() - 8), match.start())
