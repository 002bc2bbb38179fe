"""Who reports a figure: source cues, vague cues and carry-over between sentences.

A sentence is *attributed* when it names a source (a person, role, body, identifiable
group or named document) with a reporting or estimating cue ("police said", "according
to the UN", "figures from the ONS show", "…, he said").  Agentless or unnamed cues ("it
is estimated", "reports say", "sources said", "experts believe", "a new study shows")
make it *vague*.  ``../shared/specs/statistics-attribution.md`` is the definition.

The source of a cue verb is read from the words before it (a pronoun, a source noun, a
name, or with a verb of speech any noun after "the": "the trust said"), from its passive
agent ("estimated by the UN") or from the words after an inverted verb ("…, said Mr Smith").
A capitalised common word opening the sentence is no name ("Inflation as measured by…"),
and a cue word used as a noun ("a show", "his reported views") is no cue.  A forum ("the
court heard"), a named owner's own figure ("its forecast of", "Le Figaro's list") and a
filing with a named body ("filed with the Securities and Exchange Commission") are sources
too.  Cues are matched case-sensitively (the sentence's first letter lowered),
which is several times faster than case-insensitive matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from corpuslint.text.newsparts import DATELINE
from corpuslint.text.vocabulary import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NUMBER_TENS,
    NUMBER_UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
)

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
SOURCE_NOUNS = (
    "police", "officials", "official", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "ministry", "minister", "ministers", "government", "department", "agency",
    "company", "firm", "group", "bank", "office", "authorities", "authority", "army",
    "military", "president", "chairman", "chief", "executive", "director", "secretary",
    "commission", "council", "committee", "organisation", "organization", "union", "court",
    "prosecutors", "prosecutor", "witnesses", "witness", "residents", "doctors", "hospital",
    "board", "institute", "association", "federation", "service", "services", "corporation",
    "statement", "regulator", "watchdog", "researchers", "economists polled", "mayor", "governor",
    "leader", "manager", "party", "campaigners", "organisers", "organizers", "producers",
    "coastguard", "fire brigade", "paramedics", "airline",
    "operator", "insurers", "lawyers", "lawyer", "counsel", "lawmakers", "senator",
    "spokesmen", "sources close", "source close", "analyst", "ambassador", "envoy", "embassy",
)
VAGUE_SOURCES = ("sources", "source", "experts", "specialists", "scientists", "observers", "insiders",
                 "critics", "commentators", "reports", "some", "many", "others", "analysts",
                 "dealers", "traders", "media", "rumours", "estimates", "people", "bankers", "brokers",
                 "diplomats", "expert", "exporters", "importers")
# what a body that measures does (a cue only after one): "the team saw 226 attacks"
_OBSERVED = frozenset({"saw", "observed", "tracked", "monitored", "logged"})
# who issued the document a figure is according to: "figures issued in a press release by …"
_ISSUED_BY = re.compile(r"\b(?:issued|released|published|compiled|prepared|produced|provided|supplied)\s+"
                        r"(?:[\w-]+\s+){0,4}?by\s+(.+)")
# what a document does (a cue only after one): "The poll gives the Conservatives 41 pct"
_GIVEN = frozenset({"gives", "gave"})
REPORTING_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "reported", "reports", "report",
    "confirmed", "confirms", "announced", "announces", "added", "adds", "estimated",
    "estimates", "estimate", "predicted", "predicts", "forecast", "forecasts", "expects",
    "expected", "believes", "found", "finds", "shows", "showed", "show", "showing", "measured",
    "recorded", "revealed", "reveals", "stated", "states", "claimed", "claims", "insisted",
    "argued", "noted", "warned", "wrote", "explained", "calculated", "put", "puts",
    "disclosed", "projected", "projects", "indicated", "indicates", "quoted", "cited",
    "suggested", "suggests", "counted", "registered", "published", "revised", "citing",
    "pointing to", "pointed to", "pointed out", "points out", "declaring", "predicting", "forecasting", "estimating", "projecting",
    "reporting", "stressed", "reiterated", "acknowledged", "maintained", "asserted", "posted",
    "guesstimated", "guesstimating", "guesstimate", "guesstimates", "declared", "declares",
    "assured", "assures", "concerned", "argue", "argues", "compiled", "compiles", "unveiled",
    "unveils", "outlined", "outlines", "highlighted", "highlights", "believe", "suggest",
    "alleged", "alleges", "allege", "accuse", "accuses", "accused", "discovered", "discovers", "notes",
    "surveyed", "polled", "questioned", "interviewed", "sampled", "attributed", "attributes", "mentioned", "expect",
    "predict",
    *_OBSERVED, *_GIVEN,
)
_INSTITUTIONS = (r"(?:Ministry|Treasury|Bank|Institute|Department|Office|Commission|Agency|Authority|Board|"
                 r"Council|Fund|Association|Federation|Union|Bureau|Centre|Center|Government|Secretariat)\b")
# Vague cues are matched case-sensitively (the sentence's first letter lowered), which is
# several times faster than a case-insensitive match.
# a participle that estimates, vague only after a comma ("investment plans, estimated at 20
# billion bolivars")
PARTICIPLE_AT = r"(?:estimated|projected|forecast)\s+at"
# a body's own professionals are its: "Government economists forecast", "Treasury analysts",
# "Nomura Securities Company brokers said"
_VAGUE_PROFESSIONALS = ("experts", "expert", "specialists", "scientists", "analysts", "observers", "insiders",
                        "commentators", "economists", "dealers", "traders", "bankers", "brokers", "researchers",
                        "critics", "campaigners", "diplomats")
_PROFESSIONALS = frozenset((*_VAGUE_PROFESSIONALS, "forecasters"))
_OWN_BODIES = r"government|treasury|ministry|department|bundesbank|company|corp|inc|co|ltd|group"
_OWN_BODY_BEFORE = re.compile(rf"\b(?:{_OWN_BODIES})\s+\Z", re.IGNORECASE)
_OWN_PROFESSIONALS = re.compile(rf"\b(?:{_OWN_BODIES})\s+(?:economists|analysts|experts|forecasters|officials)\s+\Z",
                                re.IGNORECASE)
VAGUE_CUES = (
    r"it\s+(?:seems|seemed|appears|appeared)(?=\s+that\b)",  # "It seems that thousands of civil servants …"
    r"it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+"
    r"(?:estimated|thought|believed|feared|expected|understood|reported|said|claimed|alleged|"
    r"confirmed|rumoured|calculated|projected|suggested|predicted|known)(?!\s+by\b)",
    r"(?:is|are|was|were|would\s+be|will\s+be)\s+(?:also\s+|widely\s+|now\s+)?(?:said|thought|believed|feared|"
    r"reported|understood|estimated|"
    r"alleged|rumoured|expected|forecast|predicted|projected)\s+to",
    r"(?:industry|market|unofficial|private)\s+estimates\s+(?:put|show|showed|suggest|suggested|say)",
    r"(?:is|are|was|were|(?:has|have)\s+(?:also\s+|already\s+)?been)\s+(?:now\s+|also\s+|still\s+|currently\s+|already\s+)?"
    r"(?:estimated|guesstimated|forecast|predicted|projected|expected)(?:\s+(?:at|to\s+be))?(?!\s+by\b)",
    r"an?\s+(?:estimated|reported|rumoured|reputed)", PARTICIPLE_AT + r"(?=\s)", r"reportedly",
    # a futures call nobody is named for: "June live cattle futures are called 0.20 to 0.50 cent
    # lower on Monday"
    r"(?:is|are|was|were)\s+called(?=\s+(?:steady\s+to\s+)?(?:about\s+|around\s+|unchanged\s+to\s+)?"
    r"[\d.,/-]+(?:\s+(?:to|and)\s+[\d.,/-]+)?\s+(?:cents?|cts|points?|dlrs?|dollars?)?\s*"
    r"(?:higher|lower|firmer|weaker|up|down|off)\b)",
    # "the projected eurozone average of just above 2%", "the previously reported $732m"
    r"(?:the|an?)\s+(?:projected|predicted|anticipated|previously\s+reported)",
    r"previously\s+reported\s+as",  # "a 27.7 pct drop, previously reported as a 22.4 pct fall"
    # "with annual production expected to reach 500,000 tons": a participle nobody is named for
    r"with\s+(?:[\w-]+\s+){1,4}(?:expected|forecast|projected|estimated)\s+to",
    # expectations with nobody named: "below market expectations of 190,000"
    r"(?:market|consensus)\s+(?:expectations|forecasts?|estimates?)",
    r"(?:analysts|economists|experts|forecasters)['’]?\s+(?:expectations|forecasts?|estimates?|"
    r"predictions?|projections?)",
    # a paper passing on what unnamed sources say: "quoted unnamed sources as saying"
    r"quot(?:ed|ing)\s+(?:unnamed|unidentified|anonymous|industry|market|official|government|diplomatic|"
    r"informed|reliable)\s+sources(?:\s+as\s+saying)?",
    r"there\s+(?:have|has|had)\s+been\s+reports?",
    r"(?:there\s+are|there\s+were)\s+reports?", r"according\s+to\s+(?:some\s+|media\s+|press\s+|"
    r"unconfirmed\s+|local\s+|recent\s+|new\s+|official\s+|latest\s+)*(?:reports|sources|estimates|"
    r"rumours|experts|analysts)(?!\s+[A-Z])",  # "according to analysts Nielsen" names them
    r"(?:media|press|news|local|unconfirmed|some|other|earlier)\s+reports?\s+(?:say|said|suggest|"
    r"suggested|claim|claimed|put|indicate)",
    r"reports?\s+(?:say|said|suggest|suggested|claim|claimed)",
    # estimates nobody owns as the subject: "Sorghum production estimates remained steady at 3.2
    # to 3.5 mln tonnes", "Estimates for total crop ranged from 2.3 to 2.6 mln tonnes"
    r"estimates\s+(?:for|of|remained|remain|were|are|ranged|range|put|vary|varied)\b",
    # "denied reports that Santini had been given a £3m pay-off": unnamed reports as a noun
    # "bought silver on speculation it would soon hit seven dlrs": a that-clause, "that" or not
    r"(?:denied|denies|deny|dismissed|rejected|amid|following|after|despite|confirmed|over|about|scotch|"
    r"scotched|quash|quashed|played\s+down|playing\s+down|on)\s+"
    r"(?:(?:media|press|newspaper|unconfirmed|recent|renewed|growing|market)\s+)?"
    r"(?:(?:reports|suggestions|speculation|rumours|rumors)"
    r"(?:\s+that|(?=\s+(?:it|he|she|they|we|the|a|an)\s+(?:[a-z]+\s+){0,2}(?:would|will|could|might|may|"
    r"is|are|was|were|had|has|have)\b))"
    # claims without "that" only before a modal: not "ruled on claims the union had filed"
    r"|claims(?:\s+that|(?=\s+(?:it|he|she|they|we|the|a|an)\s+(?:[a-z]+\s+){0,2}(?:would|will|could|might|"
    r"may)\b)))",
    r"(?:many|some|most|others)\s+(?:believe|say|think|estimate|fear|expect|feel|felt|reckon)",
    r"(?:(?:defence|security|diplomatic|government|industry|military|intelligence|senior|unnamed|"
    r"market|trade|banking|official|informed|reliable|police)\s+)?sources\s+"
    r"(?:said|say|says|told|added|believe|estimate|suggest|indicated?)",
    r"(?:" + "|".join(_VAGUE_PROFESSIONALS) + r"|(?:securities|fund|money|portfolio)\s+managers)\s+"
    # "dealers in Khartoum's thriving black market said": where they work names none of them,
    # unless it is a body ("economists in the Finance Ministry said")
    r"(?:in\s+(?!(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}" + _INSTITUTIONS + r")(?:[\w'’-]+\s+){1,5}"
    r"|(?:[a-z]\w*\s+){0,2})(?:say|said|believe|believed|"
    r"estimate|estimated|estimating|think|fear|feared|expect|expected|expecting|predict|predicted|"
    r"predicting|forecast|forecasting|warn|warned|reckon|suggest|suggested|put|foresee|foresaw|"
    r"see|saw|anticipate|anticipated)",
    r"(?:is|are|was|were)\s+(?:widely|generally|commonly)\s+(?:seen|regarded|considered|viewed|"
    r"thought|believed|expected|reported|estimated)",
    r"by\s+(?:(?:some|conservative|official|unofficial|most|many|other|independent|rough|one|"
    r"their|its)\s+)?(?:estimates?|accounts?|calculations?|reckonings?)",
    # the agent of an estimate or a report (not "the supercomputers favoured by scientists")
    r"(?:estimated|forecast|forecasted|predicted|expected|projected|reported|seen|put|calculated|valued|"
    r"quoted|cited|given|thought|believed|reckoned|assessed|anticipated|suggested|in|polled|surveyed|"
    r"questioned|revised|feared|considered|regarded|viewed|described|judged)\s+"
    r"by\s+(?:some\s+|many\s+|most\s+)?(?:forecasters|analysts|economists|experts|dealers|traders|"
    r"observers|commentators|scientists|sources)(?!\s+(?:at|from|with|polled|surveyed)\b)",
)
# a passive cue whose agent follows the figure: "was forecast at four to 4.5 pct by the
# National Economic and Development Authority"
_PASSIVE_CUE = re.compile(r"(?:is|are|was|were|has\s+been|have\s+been)\s")
# … its agent after the figure, a name or a body (not a date: "to reach 5 mln tonnes by March")
_LATE_PASSIVE_AGENT = re.compile(
    r"(?:\s+(?:at|to\s+be))?\s+[^,;:.]{0,40}?\d[^,;:]{0,30}?\s+by\s+"
    r"(?!(?:the\s+)?(?i:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|new\s+year)\b)"
    r"((?:the\s+)?[A-Z][\w'’ .-]*)")
# "estimates" that are no subject: "including estimates for Yugoslavia", "above previous estimates"
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:in|of|for|on|with|from|about|over|including|than|above|below|"
                                 r"previous|earlier)\s+(?:[\w-]+\s+)?\Z", re.I)
# estimates someone owns: "its estimates", "the ministry's estimates", "USDA estimates"
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|his|her|their|our)\s+(?:[\w-]+\s+){0,2}|['’]s?\s+"
                           r"(?:[\w-]+\s+){0,2}|\b[A-Z]{2,}\)?\s+)\Z")
# reports of a named body are its own: "Department of Agriculture reports said"
_NAMED_OWNER_BEFORE = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w.&'’-]*\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*\s+"
                                 r"(?:(?:of\s+|and\s+)?[A-Z][\w.&'’-]*\s+){0,2}|[A-Z]{2,}\s+)\Z")
# "estimated at" is vague only as a participle after a comma ("investment plans, estimated at
# 20 billion bolivars"); "the UN estimated at least 5,000" names its source
_COMMA_BEFORE = re.compile(r",\s+\Z")
_PARTICIPLE_ESTIMATED = re.compile(PARTICIPLE_AT)
# a vague noun after a definite determiner is a known source: "the researchers said"
DETERMINABLE = frozenset("""
report reports expert experts scientists analysts observers insiders commentators economists dealers
traders bankers brokers researchers critics campaigners
""".split())
# a document or team that "the" points back to, named earlier: "the survey found", "the
# research team said" (docs/statistics-definition.md, back-referring sources)
BACK_REFERRING = frozenset("""
survey surveys study studies poll polls report reports research analysis review inquiry audit
investigation paper figures data statistics census team panel authors results proposal proposals
""".split())
# "found" meaning located ("police found 200kg"): a cue only after a body that measures
_FOUND = frozenset({"found", "finds"})
_FOUND_LOCATED = re.compile(r"\s+(?:in|on|at|inside|near|under|dead|alive|guilty|hidden|buried)\b")
_FOUND_OBJECT = re.compile(
    r"\s+(?:(?:more\s+than|over|about|around|some|up\s+to|nearly|almost|at\s+least)\s+)?"
    r"(?:[\d£$€]|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)")
# "claimed" as took: "claimed the top spot", "claimed the lives of 30", "claimed responsibility"
_CLAIMED_TAKEN = re.compile(
    # "claimed at least 150,000 lives": took them
    r"\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost)\s+)?[\d,]+\s+(?:lives|victims)\b|"
    r"\s+(?:(?:the|a|an|his|her|its|their|another|second|third|first)\s+)+(?:[a-z-]+\s+)?"
    r"(?:spot|place|title|titles|crown|victory|win|lives|life|prize|trophy|medal|seat|seats|top|lead|pole|"
    r"honours|award|scalp|wicket|wickets)\b(?!\s+(?:was|were|is|are|would|will|had|has)\b)"
    r"|\s+(?:responsibility|victory|gold|silver|bronze|pole|top\s+spot)\b")
_QUESTIONED = frozenset({"questioned", "interviewed"})
# cue words that are also nouns, and the words that make them one before them
_NOUN_TOO = frozenset({"states", "show", "shows", "report", "reports", "estimate", "estimates", "forecast",
                       "forecasts", "notes", "claims", "puts"})
_NOUN_COMPOUND_BEFORE = re.compile(
    r"\b(?:member|united|gulf|arab|baltic|island|city|nation|sovereign|trade|tv|television|chat|talk|game|"
    r"quiz|fashion|motor|air|radio|road|stage|music|comedy|awards?|reality|cookery|breakfast|news|art|"
    r"flower|boat|horse|dog|car|live|variety|cabaret|magic|puppet|freak|picture|credit|pay|press|"
    r"annual|interim|quarterly|financial|school|sales|profit|earnings|budget|official|treasury|promissory|"
    r"debt|insurance|jobless|property|damage|compensation|benefits?|unemployment|injury|asbestos|liability|"
    r"warranty|expenses?)\s+\Z")  # lower case: "The World Bank estimates that …" speaks; "insurance claims"
_SURVEY_WORDS = re.compile(r"\b(?:survey|surveys|poll|polls|study|research|questionnaire|respondents)\b", re.I)
_SAMPLE_AFTER = re.compile(r"\s+(?:(?:more\s+than|about|some|over|nearly|almost|around)\s+)?\d[\d,]*\s")
# cues only before what they report: "it discovered that rates vary", "declaring a final dividend
# of 20 cents" (not "discovered the bodies of 12 people", "declaring a state of emergency")
_PUT_AT = re.compile(r"\s+(?:[^\s.;:,]+\s+){0,6}?at\s+(?!risk\b|stake\b|ease\b|the\s+(?:heart|centre|center|top|"
                     r"forefront|disposal)\b)")
_NOT_ADDING = re.compile(r"(?!\s+to\b)(?!\s+(?:(?:(?:a\s+)?further|another|an\s+extra|some|about|around|nearly|almost|"
                         r"just|over|more\s+than)\s+)?(?:[$£€]?\d|(?:" + "|".join(NUMBER_UNITS + NUMBER_TENS)
                         + r")\s+(?:points?|cents?|cts|pence|dlrs?|dollars?|pct|per\s*cent|percent|jobs|"
                           r"(?:m|b)illion|mln|seats)\b)"
                         # … unless a verb of its own follows: "Smith added 40 pct of the shares had been
                         # tendered" reports
                         r"(?!(?:(?!\b(?:as|that|which|who|where|when|while|after|before|because|since|if|"
                         r"until|and|but|or)\b)[^.;:,\n])*?\b(?:would|will|could|might|may|had|has|have|were|was|"
                         r"is|are)\b))")
# a change a body explains by its cause: "attributed the rise in 1986 net profit to …" (not
# "attributed blame to …")
_CHANGE_EXPLAINED = re.compile(r"\s+(?:the|its|their|his|her|this|that|(?:part|much)\s+of\s+the)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:rise|fall|increase|decrease|decline|drop|gain|gains|loss|"
                               r"losses|improvement|growth|jump|slump|surge|shortfall|results?|profits?|earnings)\b")
_NARROW_CUES = {
    "discovered": re.compile(r"\s+that\b"), "discovers": re.compile(r"\s+that\b"),
    "attributed": _CHANGE_EXPLAINED, "attributes": _CHANGE_EXPLAINED,
    # "The latest triumph adds to the three Grammys", "The Dow added 15 points", "he added
    # 1.28p per litre": accumulates, reports nothing
    "adds": _NOT_ADDING,
    "added": _NOT_ADDING,
    # a market's price: "buyers quoted at 195.50 cents/kilo" reports nothing
    "quoted": re.compile(r"(?!\s+(?:at|around|about|from|between|unchanged|steady|higher|lower|up|down)\b)"),
    # a body that questioned its sample gives its size: "The institute surveyed 436 firms"
    **{verb: _SAMPLE_AFTER for verb in ("surveyed", "polled", "questioned", "interviewed", "sampled")},
    # an estimate puts a figure at a level: "Officials put the death toll at 300" (not "IBM puts
    # cash behind Linux", "it put $300m into a three-year programme", "put 300 jobs at risk")
    **{verb: _PUT_AT for verb in ("put", "puts")},
    "declaring": re.compile(r"\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}(?:dividend|distribution|payout)\b"),
}
# cues only in the active: "the statistics are compiled", "voters were not registered"
_ACTIVE_ONLY = frozenset({"compiled", "compiles", "registered", "accused", "alleged", "revised", "recorded",
                          "published", "disclosed", "counted", "announced", "unveiled", "confirmed", "posted",
                          "found"})
_FIGURE_BEFORE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s)\d[\d,.]*\s+\Z")  # not a year: "in 1986 posted"
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?!by\b|at\b|in\b|on\b|to\b|for\b|that\b|the\b|its\b|his\b|her\b|their\b)"
                                r"[a-z]+s\b")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+|also\s+|already\s+)?\Z")
# "is concerned (that) thousands may not vote" states a worry as a report; "concerned about"
# or "by" something names the worry's object
_CONCERNED_ABOUT = re.compile(r"\s+(?:about|by|with|for|over|at|in|to)\b")
MEASURERS = frozenset("""
survey surveys study studies poll polls report research analysis review inquiry audit
investigation paper census index researchers scientists team panel authors economists analysts
""".split())
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+\Z")
# a named owner's own figure or document: "his earnings outlook of", "Le Figaro's list"
_DISCLOSURE = re.compile(r"\bdisclosure\s+of\b")
OWNED_FIGURE = re.compile(
    r"\b(?:forecasts?|estimates?|outlook|projections?|predictions?|targets?|guidance|calculations?|"
    r"figures|data|list|ranking|survey|report|study|poll|census|tally|count)\b"
)
_OWNER_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[A-Z][\w.&-]*|police|government|ministry|bank|company|agency|"
    r"department|commission|council|union|court|institute|association|board|office|firm|group|airline|"
    r"carrier|utility|treasury|administration|authority|fund|corporation|federation|bureau|cabinet)['’]s?)\s+"
    r"(?:[\w-]+\s+){0,2}\Z"
)
# a forum where figures are given: "the court heard", "the meeting was told"
FORUM = re.compile(r"\b(?:heard|was\s+told|were\s+told)\b")
_FORUM_BEFORE = re.compile(r"\b(?:court|tribunal|inquiry|hearing|committee|meeting|conference|jury|"
                           r"parliament|MPs|assembly|senate|congress)\s+\Z", re.IGNORECASE)
NOT_AGENT = frozenset("""
the a an in on at for by with of to from and but or so as if this that these those there
here its his her their our my your after before during since when while about over under
more most some all no not also however meanwhile yesterday today tomorrow monday tuesday
wednesday thursday friday saturday sunday last next
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())  # a month is no source ("statistics to the end of November showed"); "May" is a name too


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}s?")
_COUNTRY_ACRONYMS = frozenset({"UK", "US", "USA", "GB", "UAE", "USSR"})  # places, not sources
_ACRONYM = re.compile(r"\s*\([A-Z][\w.&-]{0,12}\)")  # "the Edison Electric Institute (EEI)"
# where a verb's subject cannot reach back past: a semicolon, colon, bracket or dash, and (once
# asides are taken out) a relative or coordinate clause's comma
_HARD_BREAK = re.compile(r"[;:()]|\s[–—]\s")
_AND_BEFORE = re.compile(r"\band\s+\Z")
# a short subject and the verb after it, in the past: "Canin cautioned", "The company also said"
_SUBJECT_BEFORE_VERB = re.compile(r"((?:[\w'’.&-]+\s+){0,3}?[\w'’.&-]+)\s+(?:(?:also|has|have|had)\s+)?"
                                  r"(?:[a-z]+ed|said|told|saw|made|gave|put|forecast|thought|found|took|held)\b")
_CLAUSE_SPLIT = re.compile(r"[;:()]|,\s+(?=which|who|but|and)|\s[–—]\s")
# an aside between the subject and its verb: "The firm, which floated in 2003, announced",
# "Metropolitan, with assets of more than two billion dlrs, said"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|with)\b(?:[^,;:]|(?<=\d),(?=\d{3})){1,100},"
                             r"(?=\s*(?:(?!(?:and|but|or)\s)[a-z]+\s+)?(?:\w+\s*)?\Z)")
# a clause of its own before the cue: "… said NHS staff were weeping as figures showed 311,000":
# the cue's subject is in that clause ("figures"), not before it; "as expected", "as well as"
# and a clause closed by a comma ("Smith, as chairman, said") are no such clause
_CLAUSE_OPENER = re.compile(r"\b(?:as|when|while|whilst|because|although|though|whereas|since|unless|until|once)"
                            r"\s+(?!(?:well|usual|such|much|many|long|soon|far|part|of|if|though|[a-z]+ed)\b)"
                            r"(?=[\w'’][^,]*\Z)")
# words between a subject and its verb
BETWEEN_SUBJECT_AND_VERB = frozenset("""
has have had is was were are will would could also previously earlier already now then later
recently last this next week month year yesterday today on monday tuesday wednesday thursday
friday saturday sunday
""".split())
INVERTING_VERBS = frozenset({"said", "says", "told", "added", "reported", "estimated"})
SPEECH_VERBS = frozenset("""
said says say told tells added adds announced announces confirmed confirms stated states reported
reports claimed claims insisted argued noted warned wrote explained disclosed
""".split())
# what "according to" may name without naming who made it
DOCUMENTS = frozenset("""
report study studies survey research figures data statistics numbers analysis poll polls
predictions forecasts projections calculations paper
""".split())
DOCUMENT_ADJECTIVES = frozenset("new recent latest official preliminary provisional published one".split())
DETERMINERS = frozenset("the its his her their our this these those".split())
# capitalised words that name no one: "according to a study released on Wednesday"
_APPOSITIVE_NAME = re.compile(r"\W*[A-Z][\w'’-]+,\s+an?\s[^,]{1,60},\s*\Z")
_CALENDAR_WORDS = frozenset(WEEKDAY_NAMES + WEEKDAY_ABBREVIATIONS + MONTH_NAMES + MONTH_ABBREVIATIONS
                            + ("christmas", "easter"))
NATIONALITIES = (
    "Soviet", "American", "British", "Japanese", "Chinese", "German", "French", "Italian", "Spanish",
    "Dutch", "Swiss", "Swedish", "Norwegian", "Danish", "Belgian", "Canadian", "Australian", "Indian",
    "Brazilian", "Mexican", "Russian", "Korean", "Taiwanese", "Iranian", "Iraqi", "Israeli", "Saudi",
    "Egyptian", "Turkish", "Greek", "Polish", "Irish", "Scottish", "Welsh", "Kenyan", "Nigerian",
    "Philippine", "Indonesian", "Malaysian", "Thai", "Argentine", "Chilean", "Colombian", "Venezuelan",
    "Peruvian", "Pakistani", "Austrian", "Finnish", "Portuguese", "Cuban", "Ecuadorean", "U.S.", "Kuwaiti",
    "Hungarian", "Czech", "Romanian", "Bulgarian", "Yugoslav", "Zambian", "Zimbabwean", "Ghanaian", "Algerian",
    "Moroccan", "Libyan", "Syrian", "Jordanian", "Lebanese", "Bangladeshi", "Sri Lankan", "Vietnamese",
    "Singaporean", "Ukrainian", "Icelandic", "Emirati", "Qatari", "Omani", "Nepali",
)
_NATIONALITY_WORDS = frozenset(NATIONALITIES)
# a report known by its owner, its name or its kind: "The White House report
# said", "the annual report said", "The bank's 1986 annual report said" (a nation names none)
_KNOWN_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|[\w.&-]+['’]s)\s+"
    r"(?:(?:(?!(?:" + "|".join(map(re.escape, NATIONALITIES)) + r")\b)[A-Z][\w.&'’-]*|(?:19|20)\d\d(?:/\d\d)?|"
    r"annual|quarterly|monthly|interim|final|full|official|internal|draft|year-end)\s+){1,3}\Z")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|for|on|with|from|about|over)\s+\Z")  # "a rise in claims"
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+\Z", re.IGNORECASE)
# a passive cue in a clause of time: "by the time the new chart is announced", "when the
# results are published" name an event, not a source
_WHEN_PASSIVE = re.compile(r"\b(?i:by\s+the\s+time|when|until|before|after|once|as\s+soon\s+as)\s+"
                           r"(?:[\w'’-]+\s+){1,4}(?:is|are|was|were|will\s+be|has\s+been|have\s+been)"
                           r"\s+\Z")
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
    forward: bool = False  # reaches only the figures after it ("remarks by X that …", "… and estimated")


def _by_initial(items) -> str:
    """Alternatives grouped by first letter, ``s(?:aid|ays|…)``: a fast case-sensitive match."""
    groups: dict[str, list[str]] = {}
    for item in sorted(items, key=len, reverse=True):
        groups.setdefault(item[0], []).append(re.escape(item[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


class AttributionModel:
    """Finds attribution cues in a sentence; the word lists are the rule's options."""

    def __init__(self, verbs=(), sources=(), vague_sources=(), vague_cues=()) -> None:
        verbs = {v.lower() for v in (*REPORTING_VERBS, *verbs)}
        self.verb = re.compile(rf"\b(?:{_by_initial(verbs)})\b|\b[Aa]ccording\s+to\b")
        # every vague cue opens with a lower-case letter: the lookahead turns word ends and
        # capitals away before the alternatives are tried
        self.vague = re.compile(rf"\b(?=[a-z])(?:{'|'.join(VAGUE_CUES)})\b")
        self.extra_vague = re.compile(rf"\b(?:{'|'.join(vague_cues)})\b", re.I) if vague_cues else None
        self.sources = frozenset(s.lower() for s in (*SOURCE_NOUNS, *sources))
        self.vague_nouns = frozenset(s.lower() for s in (*VAGUE_SOURCES, *vague_sources))

    def cues(self, prose: str, start: int, end: int) -> list[Cue]:
        """Attribution cues of the sentence ``prose[start:end]``, in order."""
        sentence = prose[start:end]
        cues = [Cue(Status.VAGUE, start + m.start(), start + m.end(), sentence[m.start():m.end()])
                for m in self._vague_matches(sentence)]
        vague_spans = [(c.start - start, c.end - start) for c in cues]
        for match in self.verb.finditer(_lowered_after_abbreviations(sentence)):
            if any(s <= match.start() < e for s, e in vague_spans) or not _verb_use(sentence, match):
                continue
            if match.group() in _FOUND and _locates(sentence, match):
                continue
            if match.group() in _OBSERVED and not _after_measurer(sentence, match):
                continue
            if match.group() in _GIVEN and not _after_document(sentence, match):
                continue  # "the company gave 5 pct to charity" reports nothing
            if match.group() in _NOUN_TOO and (_NOUN_COMPOUND_BEFORE.search(sentence, max(0, match.start() - 24),
                                                                            match.start())
                                               or match.group() == "states"
                                               and re.search(r"\d\s+\Z", sentence[:match.start()])):
                continue  # "25 member states", "the CES trade show": nouns
            if match.group() in _QUESTIONED and not (_after_measurer(sentence, match) or _SURVEY_WORDS.search(sentence)):
                continue  # "Police questioned 12 men": an act, no sample
            if match.group() == "concerned" and _CONCERNED_ABOUT.match(sentence, match.end()):
                continue  # "concerned about the risks": a worry, not a report
            if match.group() in ("expect", "predict") and not _OWN_PROFESSIONALS.search(
                    sentence, max(0, match.start() - 40), match.start()):
                continue  # "can expect to pay", "declined to predict": only a body's own economists'
            if match.group() in ("claimed", "claims") and _CLAIMED_TAKEN.match(sentence, match.end()):
                continue  # "the track claimed the top spot": took it, reported nothing
            if match.group() in _NARROW_CUES and not _NARROW_CUES[match.group()].match(sentence, match.end()):
                continue  # "police discovered the bodies", "declaring a state of emergency"
            if match.group() in _ACTIVE_ONLY and _FIGURE_BEFORE.search(sentence, max(0, match.start() - 16),
                                                                      match.start()) \
                    and _PLURAL_NOUN_AFTER.match(sentence, match.end()):
                continue  # "the 140,000 confirmed deaths": an adjective between a figure and its noun
            if match.group() in _ACTIVE_ONLY and _BE_BEFORE.search(sentence, max(0, match.start() - 12),
                                                                   match.start()) \
                    and not _PASSIVE_AGENT.match(sentence, match.end()):
                continue  # "the way the statistics are compiled": no one reports it
            status = self._agent(sentence, match)
            earlier = next((c.status for c in cues if c.start < start + match.start()), None)
            second = Status.NONE if status is Status.SOURCE else self._second_predicate(sentence, match, earlier)
            if status is not Status.NONE or second is not Status.NONE:
                cues.append(Cue(status if second is Status.NONE else second, start + match.start(), start + match.end(),
                                match.group(), second is not Status.NONE))
        for match in (*_forums(sentence), *_owned_figures(sentence), *_named_findings(sentence),
                      *(m.span() for phrase in _SOURCE_PHRASES for m in phrase.finditer(sentence))):
            cues.append(Cue(Status.SOURCE, start + match[0], start + match[1], sentence[match[0]:match[1]]))
        for first, last in _said_after(sentence):  # what remarks and disclosures say follows them
            cues.append(Cue(Status.SOURCE, start + first, start + last, sentence[first:last], True))
        return sorted(cues, key=lambda c: c.start)

    def unnamed_document(self, prose: str, start: int, end: int) -> bool:
        """Whether the sentence ``prose[start:end]`` gives its figures as an unnamed document's
        ("Figures for the 2001 general election suggest 29% …", "new figures show"): its own
        account, which borrows no source from the sentence before."""
        return _UNNAMED_DOCUMENT.match(prose, start, end) is not None

    def _vague_matches(self, sentence: str) -> list[re.Match]:
        """Vague cues, but not a known plural ("the researchers said", "the report said")."""
        first = next((i for i, c in enumerate(sentence) if c.isalpha()), 0)
        lowered = sentence[:first] + sentence[first:first + 1].lower() + sentence[first + 1:]
        found = [m for m in self.vague.finditer(lowered)
                 if not (m.group().split()[0].rstrip("'’") in _PROFESSIONALS
                         and _OWN_BODY_BEFORE.search(sentence, max(0, m.start() - 12), m.start()))
                 and not (m.group().split()[0] in DETERMINABLE
                         and (_DEFINITE_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
                              or m.group().startswith("report")
                              and _KNOWN_BEFORE.search(sentence, max(0, m.start() - 60), m.start())))
                 and not (_PARTICIPLE_ESTIMATED.fullmatch(m.group())
                          and not _COMMA_BEFORE.search(sentence, max(0, m.start() - 3), m.start()))
                 and not (m.group().startswith(("reports", "estimates"))
                          and (_NAMED_OWNER_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
                               or _OWNED_BEFORE.search(sentence, max(0, m.start() - 40), m.start())))
                 and not ((_PASSIVE_CUE.match(m.group()) or _PARTICIPLE_ESTIMATED.fullmatch(m.group()))
                          and _LATE_PASSIVE_AGENT.match(sentence, m.end()))
                 and not (m.group().startswith("estimates") and _NOT_SUBJECT_BEFORE.search(sentence, max(0, m.start() - 12),
                                                                                           m.start()))]
        if self.extra_vague is not None:
            found += self.extra_vague.finditer(sentence)
        return found

    def _agent(self, sentence: str, verb: re.Match) -> Status:
        """Whether the cue word ``verb`` has a named source, only a vague one, or none."""
        if verb.group().lower().startswith("according"):
            return self._named_after(sentence[verb.end():verb.end() + 100])
        passive = _PASSIVE_AGENT.match(sentence, verb.end()) or (
            _BE_BEFORE.search(sentence, max(0, verb.start() - 12), verb.start())
            and _LATE_PASSIVE_AGENT.match(sentence, verb.end()))
        if passive:
            return self._judge_words(passive.group(1).split()[:3], speech=False)
        if _WHEN_PASSIVE.search(sentence, max(0, verb.start() - 60), verb.start()):
            return Status.NONE  # an event to come: "by the time the new chart is announced"
        begin = max(0, verb.start() - 140)
        before = _RELATIVE_ASIDE.sub(" ", _ACRONYM.sub("", sentence[begin:verb.start()]))
        parts = _CLAUSE_SPLIT.split(before)
        clause = parts[-1]
        openers = [m.end() for m in _CLAUSE_OPENER.finditer(clause)]
        words = re.findall(r"[\w'’.-]+", clause[openers[-1]:] if openers else clause)
        raw = _HARD_BREAK.split(sentence[begin:verb.start()])[-1]  # before any aside is taken out
        tail = re.findall(r"[\w'’.-]+", raw.rsplit(", ", 1)[-1])
        if len(tail) <= 4 and any(w.lower() in self.vague_nouns for w in tail):
            words = tail  # "… if U.S. origin, U.S. exporters said": the subject after the comma
        if len(parts) > 1 and [w.lower() for w in words] in (["who"], ["which"], ["that"]):
            words = re.findall(r"[\w'’.-]+", parts[-2])  # "one investor, who said": the investor
        while len(words) > 1 and words[-1].lower() in BETWEEN_SUBJECT_AND_VERB:
            words.pop()  # "Oracle has announced", "Cathay last week reported"
        opening = begin == 0 and len(parts) == 1 and len(words) > 1 and not openers  # words[0] opens it
        speech = verb.group().lower() in SPEECH_VERBS
        if speech and opening and _APPOSITIVE_NAME.match(clause) and words[0].lower() not in self.vague_nouns:
            return Status.SOURCE  # "Michelle, a mother of twins, said": a name an aside describes
        status = self._judge_words(words[-8:], speech, opening and len(words) <= 8)
        if status is Status.NONE and verb.group().lower() in INVERTING_VERBS:
            after = re.findall(r"[\w'’.-]+", sentence[verb.end():verb.end() + 40])[:3]
            status = self._judge_words([w for w in reversed(after) if w.lower() not in PRONOUNS], speech)
        return status

    def _second_predicate(self, sentence: str, verb: re.Match, earlier: Status | None) -> Status:
        """The subject of a cue word that opens a second predicate of the sentence, reporting
        what follows it: "Canin cautioned that … and estimated that five percentage points …"
        (not "BHP held its dividend at 37.5 cents … and announced a bonus issue" for the 37.5);
        when the first predicate was a cue too, the subject is judged as it was ("Conservation
        specialists expect a heavy signup and said …")."""
        if not _AND_BEFORE.search(sentence, max(0, verb.start() - 6), verb.start()):
            return Status.NONE
        if earlier is not None:
            return earlier
        subject = _SUBJECT_BEFORE_VERB.match(" ".join(_subject_words(sentence)))
        if subject is None:
            return Status.NONE
        return self._judge_words(subject.group(1).split(), verb.group().lower() in SPEECH_VERBS, opening=True)

    def _named_after(self, text: str) -> Status:
        """The source named after "according to": vague when its head is vague, none when it is
        an unnamed document ("a new report", "recent figures"; not "figures from the ONS", nor
        "preliminary figures issued in a press release by the state oil company Pemex")."""
        phrase = re.split(r"[,;:.](?:\s|\Z)", text)[0]
        issuer = _ISSUED_BY.search(phrase)
        if issuer is not None and self._judge_words(issuer.group(1).split()[:6], speech=False) is Status.SOURCE:
            return Status.SOURCE
        following = [w.strip(",.;:'\"“”()") for w in phrase.split()[:8]]
        if not following:
            return Status.NONE
        lowered = [w.lower() for w in following]
        head = next((w for w in lowered[:3] if w not in NOT_AGENT and w not in DOCUMENT_ADJECTIVES), lowered[0])
        if head in self.vague_nouns:
            # "according to analysts Nielsen//NetRatings": a vague noun with a name after it
            named_after = any(w[:1].isupper() for w in following[lowered.index(head) + 1:][:3])
            return Status.SOURCE if named_after else Status.VAGUE
        named = lowered[0] in DETERMINERS or any(
            (w[:1].isupper() and _bare(w).rstrip(".") not in _CALENDAR_WORDS) or w.lower() in self.sources
            for w in following)
        return Status.SOURCE if named or head not in DOCUMENTS else Status.NONE

    def _judge_words(self, words: list[str], speech: bool, opening: bool = False) -> Status:
        """Nearest-first: a pronoun, a source noun or a name makes a source; a vague noun alone is vague.

        A vague noun after a determiner ("the researchers", "the report") is a known source.  With
        a verb of speech, any noun after a determiner is its subject ("the trust said").  A
        capitalised common word opening the sentence ("Inflation as measured") is no name.
        """
        vague = False
        for i in range(len(words) - 1, -1, -1):
            low = words[i].lower().strip("'’.")
            if low in DOCUMENT_ADJECTIVES and i + 1 < len(words) and words[i + 1].lower() in DOCUMENTS:
                continue  # "Official figures showed": an adjective, no official
            determined = i > 0 and words[i - 1].lower() in DETERMINERS
            if words[i].strip(",") in _NATIONALITY_WORDS and i + 1 < len(words) and words[i + 1].lower() in self.vague_nouns:
                continue  # "U.S. exporters said", "Japanese traders": a nation names no one
            if low in self.vague_nouns and not determined:
                vague = True
            elif (low in PRONOUNS or low in self.sources or low.rstrip("s") in self.sources
                  or (determined and (speech or low in self.vague_nouns) and low not in NOT_AGENT)
                  or (low in BACK_REFERRING and _points_back(words, i))
                  or _name(words, i, opening)):
                return Status.SOURCE
        return Status.VAGUE if vague else Status.NONE


def _points_back(words: list[str], i: int) -> bool:
    """A definite determiner up to two words before ``words[i]``: "the (research) team";
    not "the latest figures", a new and unnamed document (the definition's "new figures show")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        low = words[j].lower()
        if low in DETERMINERS:
            return True
        if low in NOT_AGENT or low in DOCUMENT_ADJECTIVES or not words[j][:1].islower():
            return False
    return False


def _locates(sentence: str, verb: re.Match) -> bool:
    """ "found" with a figure for its object and no measuring body before it: located."""
    if _FOUND_LOCATED.match(sentence, verb.end()):
        return True  # "were found in the browser", "found guilty"
    if not _FOUND_OBJECT.match(sentence, verb.end()):
        return False
    return not _after_measurer(sentence, verb)


def _words_before(sentence: str, verb: re.Match, chars: int) -> list[str]:
    """The lowered words in the ``chars`` characters before ``verb``."""
    return _WORD.findall(sentence[max(0, verb.start() - chars):verb.start()].lower())


_WORD = re.compile(r"[\w'’-]+")


def _after_measurer(sentence: str, verb: re.Match) -> bool:
    """Whether a body that measures (a survey, the team, researchers) comes just before."""
    return bool(MEASURERS.intersection(_words_before(sentence, verb, 60)[-4:]))


def _after_document(sentence: str, verb: re.Match) -> bool:
    """Whether a document (a poll, the figures, a survey) is the subject just before."""
    before = _words_before(sentence, verb, 40)
    return bool(before) and before[-1] in DOCUMENTS


# sentence openers that are no subject
_OPENING_WORDS = frozenset("""
but and yet so however meanwhile still instead indeed nevertheless now then also overall
together altogether earlier later finally last next previously separately elsewhere
""".split())
# a fronted phrase before the subject: "In an effort to curb inflation, the Fed …"
_FRONTING = frozenset("""
in on at by for with from after before during since when while although though as if under
despite amid following according
""".split())
_TITLES = frozenset("mr mrs ms dr sir lord lady president prime minister chancellor".split())
# nouns that take up the figures just reported: "The figure was …", "The rise …"
ANAPHORIC = frozenset("""
figure figures number numbers total totals rate rates level levels increase increases rise rises
fall falls drop decline amount sum cost costs price prices share proportion percentage majority
rest remainder others same former latter result results move change action actions decision
deal agreement plan changes
""".split())
# "It said it expects losses. The company lost 548,000 dlrs": a body that "it" stood for
SAME_BODY = frozenset("company firm group bank corporation concern agency".split())
_PRONOUN_SUBJECT = re.compile(r"\W*(?:It|He|She|They)\b")
# a name for subject, after the story's wire dateline if it opens one ("NEW YORK, MARCH 27 -
# Westinghouse Electric Corp said")
_NAME_SUBJECT = re.compile(r"(?:\s*" + DATELINE.pattern + r")?"
                           r"\W*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s+(?:is|was|has|had|said|says)\b")
# a named speaker's tag closing the sentence: "… is pending, Ogden said."
_NAME_TAG_END = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|added|adds)\.?['\"’”]?\s*\Z")
# a report whose source is only a pronoun: "…, it added.", "he said"
_PRONOUN_SOURCE = re.compile(r"\b(?:it|he|she)\s+(?:said|added|says|adds|told|noted|stated)\b")
_NUMBER = re.compile(r"[\d£$€][\d.,]*\w*|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\Z")


# a time fronted without a comma: "(Earlier) this month", "Last year"
_TIME_DETERMINERS = frozenset("this last next that".split())
_TIME_NOUNS = frozenset("""week month year quarter weekend morning afternoon evening night spring
summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday""".split())


def _subject_words(sentence: str) -> list[str]:
    """The words from where the sentence's subject starts: after connectives and a fronted
    phrase ended by a comma."""
    words = re.findall(r"\d[\d,.]*\d|[\w'’.&-]+|,", sentence[:160])
    while words and words[0].lower() in _OPENING_WORDS:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _TIME_DETERMINERS and words[1].lower() in _TIME_NOUNS:
        words = words[3:] if words[2] == "," else words[2:]  # "Earlier this month Golden Nugget …"
    if words and words[0].lower() in _FRONTING and "," in words[:14]:
        words = words[words.index(",") + 1:]
    return words


_VERB_LIKE = re.compile(r"is|are|was|were|has|had|have|will|would|could|can|may|might|\w+(?<!s)s|\w+ed")
# after a plural head noun, the plural present of the verbs that give amounts ("The reserves
# comprise 1,640,779 tons …")
_PLURAL_VERB = re.compile(r"total|comprise|include|stand|amount|remain|represent|exceed|equal|reach|cover|"
                          r"account|range|show|rise|fall|grow|consist|contain")


def new_subject(model: AttributionModel, sentence: str, previous: str, remark: bool = False) -> bool:
    """Whether ``sentence`` opens with a subject that ``previous`` (the attributed sentence
    before it) does not mention — a noun phrase with a new head noun, or a name — so that
    it is another body's or thing's story and carries nothing over ("The ministry said 30
    had died. The army, however, has 4,000 troops there.").  Pronouns and nouns that take
    up the figures just given ("the figure", "the rise") continue the account.  After a
    ``remark`` (a previous sentence with no figure), a bare plural with its frame is new
    too ("Applications from England and Wales rose by 17%" after a minister's comment)."""
    words = _subject_words(sentence)
    if not words:
        return False
    seen = previous.lower()
    if remark and _new_plural(model, words, seen):
        return True
    first = words[0].lower()
    if first in DETERMINERS:
        for word in words[1:5]:
            low = word.lower().strip("'’.")
            if word == ",":
                return False
            if _NUMBER.fullmatch(low) or low in NOT_AGENT:
                continue
            if low in ANAPHORIC or low.rstrip("s") in ANAPHORIC:
                return False
            if low in SAME_BODY and (_PRONOUN_SUBJECT.match(previous) or _NAME_SUBJECT.match(previous)
                                      or _NAME_TAG_END.search(previous)):
                return False  # "Sony is hoping …, he added. The company made …": the same body
            head = low.removesuffix("'s").removesuffix("’s").rstrip("s") or low
            if word[:1].islower() and len(words) > words.index(word) + 1 and \
                    words[words.index(word) + 1][:1].islower() and low not in model.sources:
                if len(head) > 3 and re.search(rf"\b{re.escape(head)}s?\b", seen) \
                        and (_VERB_LIKE.fullmatch(words[words.index(word) + 1])
                             or low.endswith("s") and _PLURAL_VERB.fullmatch(words[words.index(word) + 1])):
                    return False  # "… a law suit … The suit seeks 600,000 dlrs": the thing just named
                continue  # an adjective before the head noun: "the other two-thirds", "foreign nationals"
            return not (_mentioned(head, seen, whole=False) or low in _ALIASES and _mentioned(low, seen))
        return False
    name = [w for w in words[:3] if w[:1].isupper() and w.lower().strip(".") not in _TITLES
            and _bare(w) not in NOT_AGENT]  # "December's 2.9 pct": a month names no one
    named = words[0][:1].isupper() and (
        first.strip(".") in _TITLES or (len(words) > 1 and words[1][:1].isupper())
        or (len(words) > 1 and (words[1] == "," or words[0].endswith(("'s", "’s")))))
    if not named or not name or _PRONOUN_SOURCE.search(previous):
        return False  # "…, it added. Niagara Mohawk has …": the name may be who "it" was
    # a country by its other name, alone ("U.S. exports"), not a name's first word ("U.K. Land Plc")
    alone = len(words) < 2 or not words[1][:1].isupper()
    return not _mentioned(_bare(name[0]), seen, aliases=alone)


# a country by its other names: "But the U.S. ran up a deficit" after "the United States'
# largest trading partner"
_ALIASES = {"u.s": r"u\.s\b|united\s+states", "u.k": r"u\.k\b|united\s+kingdom|britain", "britain": r"u\.k\b|britain"}


def _mentioned(word: str, seen: str, whole: bool = True, aliases: bool = True) -> bool:
    """Whether the lowered ``word`` (whole, or as the start of a word) or, with ``aliases``,
    another name of it is in the lowered text ``seen``."""
    pattern = rf"\b{re.escape(word)}" + (r"\b" if whole else "")
    return re.search(pattern, seen) is not None or (
        aliases and word in _ALIASES and re.search(_ALIASES[word], seen) is not None)


def lead_name(sentence: str) -> tuple[str, ...] | None:
    """The name of the company a story's lead opens with, word by word up to its company word
    ("Rose's Stores Inc reported …": ``("Rose's", "Stores")``; "Avon Products Inc said …"; not
    a country), or the acronym of the body it opens with ("The Belgo-Luxembourg Economic Union
    (BLEU) moved …": ``("BLEU",)``)."""
    words = _subject_words(sentence)
    if len(words) >= 2 and words[0][:1].isupper() and words[0].lower() not in DETERMINERS \
            and _bare(words[0]) not in NOT_AGENT:
        company = next((i for i, w in enumerate(words[1:6], 1) if w.strip(",.") in _COMPANY_WORDS), None)
        if company:
            return tuple(words[:company])
    acronym = _BODY_WITH_ACRONYM.match(sentence)
    return (acronym.group(1),) if acronym else None  # "The Belgo-Luxembourg Economic Union (BLEU)"


# a body the lead names with its acronym: "The Belgo-Luxembourg Economic Union (BLEU) moved …"
_BODY_WITH_ACRONYM = re.compile(r"\W*(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:Union|Bank|Board|Council|Commission|"
                                r"Organi[sz]ation|Association|Federation|Agency|Authority|Institute|Community|Fund|"
                                r"Office|Ministry|Department|Exchange|Conference|Committee|Bureau|Service)\s+"
                                r"\(([A-Z]{2,6})\)")


_COMPANY_WORDS = frozenset("Inc Corp Co Ltd Plc PLC AG SA NV Group Holdings Corporation Company Bancorp "
                           "Industries Cos Bank".split())


def opens_with(sentence: str, name: tuple[str, ...]) -> bool:
    """Whether the subject of ``sentence`` is the company ``name`` (from :func:`lead_name`): its
    name or the start of it, before a verb ("Rose's operates …", "Niagara Mohawk owns …") or
    as the owner of what follows ("Avon's operational earnings rose …"); not "Japan's trade
    surplus" after "Japan's Mitsubishi Corp", nor "United States exports" after "United
    Technologies Corp"."""
    words = _subject_words(sentence)
    if words and words[0].endswith("-based"):
        words = words[1:]  # "Houston-based Panhandle Eastern earned …"
    if len(words) > 1 and words[0].lower() == "the" and len(name) == 1 and name[0].isupper():
        words = words[1:]  # "the BLEU had …": a body by its acronym
    if not words or not words[0][:1].isupper():
        return False
    run = 0
    while run < min(len(words), len(name)) and _bare(words[run]) == _bare(name[run]):
        run += 1
    if not run:
        return False
    if run == len(name):
        return True
    rest = [w for w in words[run:run + 3] if w.lower() not in _ADVERBS_AFTER_NAME]
    follower = rest[0] if rest else ""
    owner = words[run - 1].endswith(("'s", "’s")) and not name[run - 1].endswith(("'s", "’s"))
    return follower[:1].islower() and (owner or _VERB_LIKE.fullmatch(follower) is not None)


_ADVERBS_AFTER_NAME = frozenset("now also previously earlier already still currently".split())


def _bare(word: str) -> str:
    return word.lower().strip(",.").removesuffix("'s").removesuffix("’s")


def _new_plural(model: AttributionModel, words: list[str], seen: str) -> bool:
    """Whether the subject ``words`` open with a bare plural and its frame that the lowered
    previous sentence ``seen`` does not mention ("Applications from England …")."""
    if len(words) < 3 or not words[0][:1].isupper() or words[1] not in ("from", "in", "of", "by", "for"):
        return False
    first = words[0].lower()
    if not first.endswith("s") or first.endswith("ss") or first in model.sources:
        return False
    return re.search(rf"\b{re.escape(first[:-1])}", seen) is None


def _name(words: list[str], i: int, opening: bool) -> bool:
    """A capitalised word that is not a function word nor a common word opening the sentence;
    an acronym opening it ("DOE test results show") is a name."""
    word = words[i]
    if not word[:1].isupper() or word.lower().strip("'’.") in NOT_AGENT or word.lower() in DOCUMENTS:
        return False  # … nor "Figures" opening "Figures show that …"
    return not (opening and i == 0 and len(words) > 1 and words[1][:1].islower()
                and not (_ACRONYM_WORD.fullmatch(word.strip("'’.,"))
                         and word.strip("'’.,") not in _COUNTRY_ACRONYMS))


def _forums(sentence: str) -> list[tuple[int, int]]:
    """Spans of "the court heard", "the meeting was told"."""
    return [(before.start(), m.end()) for m in FORUM.finditer(sentence)
            if (before := _FORUM_BEFORE.search(sentence, max(0, m.start() - 20), m.start()))]


# a sentence opening with an unnamed document and its verb: "Figures for the 2001 general
# election suggest", "New statistics show"; a name in between ("figures from the ONS") or a
# determiner before ("The figures") is a source or points back to one
_UNNAMED_DOCUMENT = re.compile(
    r"\W*(?:(?:[Nn]ew|[Rr]ecent|[Ll]atest|[Oo]fficial|[Pp]rovisional|[Pp]reliminary)\s+)?"
    # a nation's figures name no body: "Soviet data show", "Japanese statistics suggest"
    r"(?:(?:" + "|".join(map(re.escape, NATIONALITIES)) + r")\s+)?"
    r"(?:[Ff]igures|[Ss]tatistics|[Dd]ata|[Nn]umbers)\b(?:\s+(?:[a-z\d][\w'’-]*|(?i:" + "|".join(MONTH_NAMES) + r"))){0,8}?"
    r"\s+(?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|"
    r"indicated)\b")


# a survey frame pointing back to its survey: "Of the companies surveyed, 30% …"
_FRAME = re.compile(
    r"\b[Tt]he\s+(?:[\d,]+\s+)?(?:\w+\s+)?(?:companies|firms|people|adults|respondents|businesses|"
    r"members|voters|households|retailers|manufacturers|executives|economists|analysts|"
    r"consumers|shoppers|users|parents|teachers|doctors)\s+(?:surveyed|polled|questioned|asked|"
    r"interviewed|sampled)\b"
    # "the YouGov poll, which questioned 1,943 British adults": the sample in a survey's frame
    r"|\b(?:poll|survey|study)\s*,\s*which\s+(?:questioned|surveyed|polled|interviewed|sampled)\b"
    # "the survey of 110 critics": the size of a survey named before
    r"|\b[Tt]he\s+(?:survey|poll|study|census)\s+of(?=\s+(?:more\s+than\s+|about\s+|some\s+|over\s+)?[\d,]+\s)"
    # "Of those asked, 62% …": those a survey named before questioned
    r"|\b[Tt]hose\s+(?:surveyed|polled|sampled)\b"
    r"|\b[Tt]hose\s+(?:questioned|asked|interviewed)"
    r"(?=\s*[,:]|\s+(?:in|said|say|were|agreed|thought|believed|found)\b)")


# a filing with a named body, a document source: "offerings filed recently with the Securities
# and Exchange Commission", "said in a regulatory filing"
_FILING = re.compile(
    r"\b(?:filed|filing|filings)\s+(?:[a-z]+\s+){0,2}(?:with|to)\s+(?:the\s+)?(?=[A-Z])"
    r"|\bin\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?filings?\b")
# a name: a title and a surname, an acronym, a name with a capital inside ("PwC", "YouGov"),
# two or more capitalised words, or one with its acronym after it; a capitalised common word
# opening the sentence ("Students") is none
_NAMED = (r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]*|[A-Z]{2,}[\w&]*(?:\s+[A-Z][\w.&'’-]*)*|[A-Z][a-z]+[A-Z]\w*"
          r"|(?!(?:The|A|An|This|That|These|Those|In|On|At|When|If|But|And|Its|Their)\b)"
          r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){1,3}|[A-Z][\w.&'’-]*\s+\([A-Z][\w.&-]{0,12}\))\s+")
# a named body or person who learned, points to or conducted a survey: "BBC Scotland has
# learned", "Mr Kennedy also points to the fact that", "When business advisers
# PricewaterhouseCoopers (PwC) conducted the same survey", "YouGov conducted a poll"
_NAMED_FINDING = re.compile(
    rf"(?-i:\b{_NAMED})(?:(?:has|have)\s+learn(?:ed|t)\b|(?:also\s+)?point(?:s|ed)\s+(?:to|out)\b"
    r"|conducted\s+(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,2}(?:survey|poll|study|census)\b)")
_FINDING_VERB = re.compile(r"\b(?:learn(?:ed|t)|point(?:s|ed)|conducted)\b")
# a named speaker's remarks and what they say: "remarks by Commerce Department Under-Secretary
# Robert Ortner that the yen was undervalued 10 or 15 pct", "remarks from Federal Reserve
# chairman Paul Volcker that …"
_REMARKS_BY = re.compile(r"\b(?:[Rr]emarks|[Cc]omments|[Ss]tatements?|[Tt]estimony)\s+(?:made\s+)?(?:by|from)\s+"
                         r"(?:[A-Z][\w.'’-]*\s+|(?:the|of|chairman|president|secretary|minister|governor|director|"
                         r"spokesman|spokeswoman|chief|head|leader)\s+){1,8}that\b")
_SOURCE_PHRASES = (_FRAME, _FILING)  # phrases that are sources as they stand


def _named_findings(sentence: str) -> list[tuple[int, int]]:
    """Spans of "BBC Scotland has learned" and the like, looked for only where such a verb is
    (a run of capitalised words is otherwise read many times over)."""
    if not _FINDING_VERB.search(sentence):
        return []
    return [m.span() for m in _NAMED_FINDING.finditer(sentence)]


def _said_after(sentence: str) -> list[tuple[int, int]]:
    """Spans of a named speaker's remarks ("remarks by … Robert Ortner that") and disclosures
    ("the Chancellor's disclosure of"): sources of what follows them only."""
    return [m.span() for m in _REMARKS_BY.finditer(sentence)] + [
        (owner.start(), m.end()) for m in _DISCLOSURE.finditer(sentence)
        if (owner := _OWNER_BEFORE.search(sentence, max(0, m.start() - 60), m.start()))]


def _owned_figures(sentence: str) -> list[tuple[int, int]]:
    """Spans of a named owner's figure or document: "his earnings outlook", "Le Figaro's list"
    (a month or a day owns nothing: "a 14% rise from last September's figures")."""
    return [(owner.start(), m.end()) for m in OWNED_FIGURE.finditer(sentence)
            if (owner := _OWNER_BEFORE.search(sentence, max(0, m.start() - 60), m.start()))
            and _bare(owner.group().split()[0]).rstrip(".") not in _CALENDAR_WORDS]


# wire copy capitalises the word after an abbreviation: "a unit of Exxon Corp of the U.S.,
# Reported net profit of 70 mln ringgit", "the U.S. Has not called"
_CAPITAL_AFTER_ABBREVIATION = re.compile(r"(?<=\b[A-Z]\.[A-Z]\.\s)[A-Z](?=[a-z]+\s+[^A-Z\s])|(?<=\b[A-Z]\.[A-Z]\.,\s)[A-Z](?=[a-z]+\s+[^A-Z\s])")


def _lowered_after_abbreviations(sentence: str) -> str:
    """``sentence`` with the capital wire copy puts after "U.S." lowered (same offsets)."""
    if "." not in sentence:
        return sentence
    return _CAPITAL_AFTER_ABBREVIATION.sub(lambda m: m.group().lower(), sentence)


def _verb_use(sentence: str, match: re.Match) -> bool:
    """False for a cue word used as a noun or adjective: "a show", "his reported views", "States"."""
    if match.group().lower().startswith("according"):
        return True
    if match.group()[:1].isupper():
        return False
    return not (_DETERMINER_BEFORE.search(sentence, max(0, match.start() - 8), match.start())
                or _PREPOSITION_BEFORE.search(sentence, max(0, match.start() - 6), match.start()))
