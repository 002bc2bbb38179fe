"""``statistic``: figures with no source in reach (``stats.`` family).

Quantities come from the pyparsing grammar in :mod:`corpuslint.grammar`; what is not a
statistic (dates, years, decades, times, durations, ages, ordinals, scores, vote
tallies, names and models, section and version numbers, addresses, phone numbers,
idioms) is filtered here; who reports each figure is decided by
:mod:`corpuslint.attribution` (same sentence, quotation, or carry-over from the
previous sentence).  One analysis per document is shared by every statistic rule with
the same options; each rule reports one outcome (``report: unattributed`` or ``vague``).
The not-statistic filter also runs on lone numbers before they are parsed, so most
years, dates, ages and ordinals never reach the grammar.

Example::

    - id: stats.unattributed
      kind: statistic
      report: unattributed
      message: '"{text}" has no source in reach'
      examples:
        pass: ['Police said 12 people were hurt.', 'The match ended 3-1.']
        fail: ['Twelve people were hurt in the blast.']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial
from operator import attrgetter

from corpuslint.kinds.base import Check, Option, scope_options
from corpuslint.language.attribution import (
    PARTICIPLE_AT,
    SAME_BODY,
    AttributionModel,
    Cue,
    Status,
    lead_name,
    new_subject,
    opens_with,
)
from corpuslint.language.quantities import (
    MEASURE_UNITS,
    MONTHS,
    UNITS,
    Quantity,
    candidate_starts,
    find_quantities,
)
from corpuslint.model.document import Document
from corpuslint.model.findings import Hit
from corpuslint.text import register
from corpuslint.text.newsparts import DATELINE
from corpuslint.text.vocabulary import MONTH_NAMES, NUMBER_TENS, NUMBER_UNITS

QUANTITY_KINDS = ("count", "money", "percent", "measure", "fraction", "vague")
_MONTH = "|".join(MONTHS)
TIME_UNITS = (
    r"(?:milli)?seconds?|(?-i:secs?)|minutes?|mins?|hours?|hrs?|days?|mths?|nights?|weeks?|fortnights?|"
    r"months?|years?|yrs?|decades?|centuries|century|weekends?|seasons?|semesters?|"
    r"terms?|quarters?(?![-\s]+(?:of|point)\b)|generations?"
)
# what follows a number that makes it a date, time, duration, ordinal, address, tally or name
NOT_STAT_AFTER = re.compile(
    rf"^(?:[-–]?(?:st|nd|rd|th)\b|s\b|'s\b|[:./]\d|\s+votes?\b|\s*[ap]\.m\.|\s*(?:am|pm|gmt|bst|"
    rf"utc|hrs|o'clock)\b|(?:\s+|-)(?:(?:consecutive|successive|straight|selling|trading|business|banking|school)\s+)?"
    rf"(?:{TIME_UNITS})\b"
    rf"(?!['’]?\s+(?:supply|worth|salary|pay))|"
    rf"\s+(?:of\s+)?(?:{_MONTH})\b|\s*(?:-|–|to)\s*\d+\s+(?:win|draw|victory|defeat|lead|loss)|"
    # an address, its names capitalised: "10 Downing Street" (not "3,500 travellers have no place")
    rf"\s+votes?\s+to\b|\s+(?:(?-i:[A-Z])[\w']+\s+){{1,3}}(?-i:Street|St|Road|Rd|Avenue|Ave|Lane|"
    rf"Square|Place|Drive|Boulevard|Way)\b|(?:\s*\([^)]{{0,30}}\))?\)?\s+(?:north|south|east|west|northeast|northwest|"
    rf"southeast|southwest|north-east|north-west|south-east|south-west)\w*\s+of\b|\s+radius\b|"
    rf"\s+(?:years?|months?)\s+old\b)",
    re.IGNORECASE,
)
# a hyphenated compound ("a 15-member council", "a 30-day ban") names a fixed size, not a
# figure, but for a tally of times or a crowd's strength; a measured one ("a 133-hectare
# ranch", "a 140,000-acre estate") is a measurement
_COMPOUND = re.compile(r"^-(?!(?:times?|cap|strong\s+(?:crowd|audience|force|workforce|army|mob|gathering|"
                       r"delegation|protest|march|list|shortlist|longlist|field))\b)[a-z]")  # "a 3-time champion", "the 300-strong crowd", "the 22-cap" count
_MEASURE_COMPOUND = re.compile(
    r"^-(?:" + "|".join(re.escape(u) for u in sorted(
        {*MEASURE_UNITS, "acre", "hectare", "litre", "liter", "gallon", "barrel", "bushel", "kilo",
         "kilogram", "gram", "square-mile", "square-metre", "square-foot", "megawatt", "gigawatt",
         "foot", "inch", "ounce", "knot", "yard"},
        key=lambda unit: (-len(unit), unit))) + r")\b(?!\s+(?:race|run|walk|swim|ride|event|course|relay|trek|hike)\b)",
    re.IGNORECASE)  # "the 10-km race" names its event
# words that make the next bare number a label, an age, a list place or a category
LABEL_WORDS = (
    r"section|article|chapter|clause|paragraph|page|pages|part|rule|item|step|table|figure|"
    r"fig\.|vol\.|volume|versions?|v|no\.|number|top|aged|age|ages|class|grade|level|stage|round|"
    r"platform|gate|room|flight|route|highway|interstate|channel|radio|formula|windows|series|zone|"
    r"models?|type|division|league|year|category|tier|phase|pre|post|votes?\s+to|majority\s+of|"
    r"age\s+of|ages\s+of|sections|band"
)
LABEL_BEFORE = re.compile(rf"\b(?:{LABEL_WORDS})\s+\Z", re.IGNORECASE)
# the second of two labels: "at number eight and 10 respectively", "sections 2 and 5"
_SECOND_LABEL_BEFORE = re.compile(
    rf"\b(?:{LABEL_WORDS})\s+(?:\d[\w.]*|[A-Z]|{'|'.join(UNITS)})\s*(?:,|\b(?:and|or)\b|&)\s+\Z",
    re.IGNORECASE)
NOT_STAT_BEFORE = re.compile(  # … and "per 100 kilos": the unit side of a rate
    rf"(?:(?P<month>\b(?:{_MONTH})\.?\s+(?:the\s+)?)|\b(?:give|gave|giving|per)\s+|[\d:/#]|[A-Za-z]-?|\d-"
    r"|(?-i:\b(?:Mr|Mrs|Ms|Dr))\.?\s+)\Z",  # "known as Mr 2940": a nickname
    re.IGNORECASE,
)
_DIGIT_GROUP_BEFORE = re.compile(r"\d[ -]\Z")
_YEAR_BEFORE = re.compile(r"\b(?:1[0-9]|20)\d\d\s\Z")  # "In 2003 only 4%": a year, then a figure
_LETTERED = re.compile(r"\d{1,3}[a-z]")  # a label's number with its letter: "zone 5c"
_BARE_NUMBER = re.compile(r"[\d.,]+|[A-Za-z]+(?:-[a-z]+)?")
_CAPITALISED_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w'’-]*[a-z0-9][\w'’-]*|[A-Z]{3,})\s\Z")
# a number between two capitalised words is part of a name: "the TFC 101 Tower", "Rapper 50 Cent"
_CHAMBER_OWNER_BEFORE = re.compile(r"(?i)\b(?:parliament|house|assembly|chamber|senate|congress|legislature|"
                                   r"commons|council|diet|duma|knesset|bundestag)['’]s?\s+\Z")
_SEATS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?seats\b")
_GROUP_OF_BEFORE = re.compile(r"\b(?:Group|Club|Gang|Committee)\s+of\s+\Z")  # a body named by its size
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][\w'’&-]*)\s\Z")
_CAPITAL_AFTER = re.compile(r"\s[A-Z][a-z]")
# a title opening the sentence with its number: "Halo 2 dropped one place to five"
_OPENING_NAME = re.compile(r"\W*([A-Z][\w'’-]*[a-z][\w'’-]*)\s")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
# "50 Cent's", "50 Cent, who", "50 Cent has": a capitalised singular word that the number names
_NAME_AFTER = re.compile(
    r"^\s+[A-Z][a-z]*[a-rt-z](?:['’]s\b|,|\s+(?:has|had|is|was|also|will|would|who|said|says)\b)"
)
_FUNCTION_WORDS = frozenset("""
The A An In On At For By With Of To From About Some Over Nearly Almost Just Only All Its His
Her Their Our And But Or If As Up Around More Than Under Another Between Until Since After
Before During When While Each Every Of Those These This That There Here Also Still Even Now
Then Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr I
Exactly Fully Barely Perhaps Maybe Roughly Precisely Further Last Next Both Altogether
Overall Where Once Among Across Including Like Unlike Despite Within Per Beyond Against
""".split())
_WHO_IS_BEFORE = re.compile(r"\b(?:who|when\s+(?:he|she|I|they|we))\s+(?:is|was|were|turns|turned|will\s+be)\s+\Z",
                            re.IGNORECASE)
_AGE_END_AFTER = re.compile(r"\s*(?:[,.;:)]|and\b(?!\s+\d)|\Z)")  # not "when they were 10 and 20 points down"
_AGE_AFTER_NOUN = re.compile(r"\b[a-z][\w'’-]*[a-z],\s*\Z")
# "just one change" counts; "the only one of the clearing banks" is a pronoun
_ONLY_BEFORE = re.compile(r"\b(?<!the\s)(?<!The\s)(?:only|just)\s+\Z", re.IGNORECASE)
_AGE = re.compile(r"[A-Z][\w'’-]+,\s*(?:now\s+)?\Z")  # "Nick Wood, 41,", "Agassi, now 34,"
_SCORE = re.compile(r"^(\d{1,2})\s*[-–]\s*(\d{1,2})$")
_SPORT = re.compile(
    r"\b(?:win|won|wins|beat|beaten|defeat|draw|drew|lead|led|victory|score|"
    r"scored|goals?|half-time|trail|lost|loss|final|match|game|set|sets)\b",
    re.IGNORECASE,
)
# a race distance or a field mark in metres or kilometres: "the women's 800m", "a 5,000m world
# record", "cleared 1.76m", "the 10km race"
_METRES = re.compile(r"\d{1,3}(?:,\d{3})+m|[\d.]+k?m|(?:[\d.]+|one|two|three|four|five|six|seven|eight|nine|ten)"
                     r"\s(?:metres?|meters?)|"
                     r"(?:[\d.]+|one|two|three|four|five|ten)[\s-]miles?", re.IGNORECASE)
_RACE_BEFORE = re.compile(
    r"(?:['’]s|\b(?:jump|jumped|jumping|cleared|clearing|vault|vaulted|threw|throw|throwing)(?:\s+(?:of|at))?"
    r"|\b(?:record|best|mark|leap|effort)\s+of)\s+\Z",
    re.IGNORECASE,
)
# the length of one play: "Bouba Diop's superb 25-yard strike", "a 40-metre run"
_LENGTH_UNIT = r"yards?|metres?|meters?"
_PLAY_LENGTH_AFTER = re.compile(
    rf"[-\s](?:{_LENGTH_UNIT}|m)[-\s]+(?:[a-z]+\s+)?(?:strike|shot|run|pass|drive|effort|"
    r"free-kick|free\s+kick|kick|volley|header|finish|lob|chip|penalty|putt|try|dash|drop-goal|"
    r"touchdown|field\s+goal|break|sprint|curler|screamer|thunderbolt)s?\b", re.I)
_SHOT_FROM_BEFORE = re.compile(r"\b(?:shot|shoots|fired|fires|struck|strikes|scored|scores|hit|volleyed|curled|"
                               r"kicked|drove|chipped|lobbed|headed|converted)\s+(?:\w+\s+)?from\s+"
                               r"(?:fully\s+|some\s+|about\s+|nearly\s+|almost\s+)?\Z", re.I)
_YARDS_AFTER = re.compile(rf"\s+(?:{_LENGTH_UNIT})\b", re.I)
# a player's running total is a statistic: "Shearer currently has 187 goals to his name", "has
# grabbed 11 goals for Real" (not "have conceded six goals in their two subsequent outings")
_CAREER_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|currently|so\s+far)\s+)?"
                            r"(?:(?:scored|grabbed|netted|got|kicked|taken|claimed|bagged)\s+)?\Z", re.I)
_RUN_OF_GAMES_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}\w+\s+in\s+(?:their|his|her|the|its)\s+(?:[\w-]+\s+){0,3}"
                                 r"(?:games|matches|outings|fixtures|starts|appearances)\b", re.I)
_OVER_DISTANCE = re.compile(r"^over\s+(?=[\d,.]+m\Z)", re.IGNORECASE)
_RACE_VERB_BEFORE = re.compile(r"\b(?:compete|competes|competing|run|runs|ran|race|races|raced|swim|"
                               r"swims|swam|medallist|champion|the\s+final|the\s+last|"
                               # a mark in the field: "Idowu landed 17.30m"
                               r"landed|landing|jumped|jumping|leapt|leaped|threw|throwing|cleared|vaulted)\s+\Z",
                               re.IGNORECASE)
# "taking part in the 1000m.", "head-to-head in the 60m": an event named by its distance
_EVENT_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_EVENT_END = re.compile(r"^\s*(?:[.,;:)?]|(?:and|would|will|was|is|title|gold)\b|\Z)")
# a finishing time: "completing the 10,500m course in 33.22", "clocked 9.85"
_RACE_TIME = re.compile(r"\d{1,3}[.:]\d{2}(?:[.:]\d{1,2})?")
_RACE_TIME_BEFORE = re.compile(r"\b(?:(?:winning|won|win|finishing|finished|completing|completed|course|race|"
                               r"lap|leg)\s+(?:\w+\s+)?in|clocked|clocking|time\s+of|timed\s+at)\s+\Z",
                               re.IGNORECASE)
_RACE_AFTER = re.compile(
    r"^\s+(?:world|indoor|outdoor|olympic|european|title|titles|record|champion\w*|finals?|race|"
    r"heats?|hurdles|relay|freestyle|backstroke|breaststroke|butterfly|medley|steeplechase|races|"
    r"events?|gold|silver|bronze|sprint|personal\s+best|season['’]s\s+best|victory|win|triumph)\b|^\s+in\s+\d+:\d|^\s+(?:and|or)\s+\d[\d,]*k?m\s+(?:events?|races?|finals?|titles?|hurdles|relay)\b",
    re.IGNORECASE,
)
# a sports tally or standing: "two tries", "scored 20 goals", "11 points behind"
_SPORTS_TALLY = re.compile(
    r"^\s+(?:(?:tries|goals|wickets|touchdowns|birdies|bogeys|matches|aces|double\s+faults|"
    r"unforced\s+errors|break\s+points|defeats|draws|wins|victories|losses|(?:straight|successive|consecutive)\s+"
    r"(?:(?!(?:quarterly|annual|monthly|weekly|yearly|half-yearly)\b)[a-z-]+\s+)?(?:games|sets|wins|victories|defeats|losses|draws|matches))\b|"
    r"points?\s+(?:behind|clear|ahead|adrift|off)\b)",
    re.IGNORECASE,
)
# a gap in a standing with no unit, before the team it is counted to
_BARE_COUNT = re.compile(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", re.I)
_GAP_TO_TEAM = re.compile(r"\s+(?:back\s+from|adrift\s+of)\s+[A-Z]")  # not a poll's "five behind Labour"
# "double world champion": a multiplier that is part of a title
_TITLE_AFTER = re.compile(
    r"^\s+(?:(?:world|olympic|european|commonwealth|grand\s+slam|league|cup|title)\s+)?"
    r"(?:champions?|winners?|medallists?|medalists?|gold\s+medallists?)\b",
    re.IGNORECASE,
)
_AGE_GROUP = re.compile(
    r"\b(?:children|kids|boys|girls|youngsters|teenagers|people|adults|those|anyone|pensioners|"
    r"men|women|patients|drivers|voters|clients|customers|members|workers|employees|residents|"
    r"users|viewers|readers|listeners|investors|savers|smokers|payers|taxpayers|claimants|tenants|"
    r"citizens|parents|students|owners|couples|households|individuals|applicants|passengers)\s+"
    r"(?:(?:are|were|is|was|aged|who\s+are|who\s+were)\s+)?\Z",
    re.IGNORECASE,
)
# legislators counted by how they voted: a vote tally ("two MEPs backed the draft law")
_VOTERS_AFTER = re.compile(r"^\s+(?:(?:MEPs|MPs|senators|congressmen|representatives|members|councillors|peers|"
                           r"delegates|deputies|judges|justices|directors|shareholders)\s+(?:\w+\s+)?"
                           r"(?:backed|voted|voting|opposed|supported|abstained|rejected|approved)|voting)\b")
# "double" before a noun is an adjective ("double key presses"); after a modal or "to" a verb
_ADJECTIVE_AFTER = re.compile(r"^\s+(?!(?:the|its|their|his|her|that|this|in|to|by|from|and|or|over|"
                              r"within|next|again|since|if|when|as|on|at)\b)[a-z][a-z-]+\b")
_VERB_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to|set\s+to|and|or)\s+\Z", re.I)
_QUARTERS_SPAN_AFTER = re.compile(r"^\s+(?:ahead|later|earlier|ago|in\s+a\s+row|running|of\s+"
                                  r"(?:growth|decline|contraction|recession))\b", re.IGNORECASE)
# "the first half of this year", "the second half": a period or a half of a match, no share
_PERIOD_HALF_BEFORE = re.compile(r"\b(?:first|second|latter|opening|closing)\s+\Z", re.IGNORECASE)
# a part of a thing or a place: "the bottom half of a Segway", "the northern half of the island"
_PART_HALF_BEFORE = re.compile(r"\bthe\s+(?:top|bottom|upper|lower|front|back|rear|left|right|northern|southern|"
                               r"eastern|western|inner|outer)\s+\Z", re.IGNORECASE)
# an age set by rule, and where it moves: "the pension age for council workers from 60 to
# 65", "the retirement age will rise to 67"
UNDER_AGE_TEAM_MAX = 23
_TEAM_AFTER = re.compile(r"s?\s+(?:boys|girls|side|sides|team|teams|squad|squads|players|level|"
                         r"internationals?|championships?|cup|league)\b", re.I)
_AGE_LIMIT_BEFORE = re.compile(r"\b(?:(?:pension|retirement|voting|school-leaving|leaving|drinking|"
                               r"minimum|legal|state\s+pension)\s+age\s+(?:[a-z-]+\s+){0,5}"
                               r"|retir(?:e|es|ed|ing)\s+(?:at|before|after|by|under|over|from)\s+"
                               r"|retirement\s+(?:(?:at|before|after|by|under|over|from)\s+)?)\Z",
                               re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\baged\s+\Z", re.IGNORECASE)  # "citizens aged under 30"
_UNIT_AFTER = re.compile(r"^\s*(?:%|per\s*cent|pct|[a-z]+s\b)", re.IGNORECASE)
_GLUED = re.compile(r"(?:\d|[A-Za-z]|[ -]\d{3,})")
_PEOPLE_AFTER = re.compile(r"\s*(?:people|men|women|jobs|troops)\b")
_LEADING_ZERO = re.compile(r"0\d+\Z")
_LIST_AFTER = re.compile(r"[.)]\s")
_PHONE = re.compile(r"^\+?\d{2,5}[ -]\d{3,4}[ -]?\d{3,4}$")
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d\Z")
_YEAR_RANGE = re.compile(r"(?:(?:between|from)\s+)?(?:1[0-9]|20)\d\d\s*(?:-|–|to|and)\s*(?:(?:1[0-9]|20)?\d\d|"
                         r"(?<=[-–/])\d)", re.I)  # … and "2003-4", a financial year
_OPENERS = " \t\n\"“‘'(["
# the second day of "June 24 and 25", "March 3-4"
_DAY_AFTER_MONTH_DAY = re.compile(rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|or|to|-|–|&)\s*\Z",
                                  re.IGNORECASE)
# a few days before their month: "on 4, 11 and 18 May"
_DAYS_BEFORE_MONTH = re.compile(
    rf"^(?:\s*(?:,|and|&|or|-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)+\s+(?:of\s+)?(?:{_MONTH})\b",
    re.IGNORECASE)
# identifying counts: "the two earlier films", "their four children" — a set the story knows
_PAIR_OWNERS = frozenset("the their its his her our".split())
_IDENTIFYING_WORDS = frozenset("the these those both his her its their our other remaining all".split())
# "these 10 shares", "all five men": the ones just given
_DEMONSTRATIVES = frozenset({"these", "those", "other", "remaining"})
_MEMBERS_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?member\s+(?:countries|states|nations|governments|banks)\b")
ALL_OF_A_FEW = 5  # "all five men": a set already given; "killing all 12 people on board" counts
_PLURAL_AFTER = re.compile(r"^\s+(?:[A-Za-z-]+\s+)?[a-z][\w-]*[^s\W]s\b")  # "the two arch-rivals"
_PARTICIPLE_AFTER = re.compile(r"^\s+(?:now\s+|already\s+|still\s+)?[a-z]+ed(?:\s+(?:by|in|at|on|with|under|from)\b|\s*,)")
_NUMBER_WORD = rf"(?:{'|'.join((*NUMBER_UNITS, *NUMBER_TENS))})(?:-(?:{'|'.join(NUMBER_UNITS)}))?"
_NUMBER_WORD_RE = re.compile(_NUMBER_WORD)
_TIME_SPAN_BEFORE = re.compile(rf"\b(?:from|between)\s+(?:\d[\d.,/-]*|{_NUMBER_WORD})\s+(?:{TIME_UNITS})\s+"
                               r"(?:to|and)\s+\Z", re.IGNORECASE)
_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
# one of the two written with its leading zero, as times of day are
_CLOCK_RANGE = re.compile(rf"(?i:(?:between|from)\s+)?(?=0|\d{{4}}\D+0){_CLOCK}\s*(?:and|to|-|–)\s*{_CLOCK}")
_CLOCK_TIME = re.compile(_CLOCK)
_ON_AIR_AFTER = re.compile(r"\s+(?:GMT\s+|BST\s+)?on\s+(?:BBC|ITV|Channel|Radio|Sky|S4C|Five|CNN)\b")
_VOTES_OR_BEFORE = re.compile(r"\bvotes?,?\s+or\s+\Z", re.I)
# the other side of a recorded vote: "with 20,645 votes, compared to 14,738 for the Liberal
# Democrat candidate"; a majority cut or won in a vote
_VOTES_COMPARED_BEFORE = re.compile(r"\bvotes,?\s+(?:compared\s+(?:to|with)|against|to)\s+\Z", re.I)
_FOR_CANDIDATE_AFTER = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
_MAJORITY_BEFORE = re.compile(r"\bmajority\s+(?:was\s+)?(?:cut|slashed|reduced|increased|fell|rose)\s+to\s+"
                              r"(?:just\s+|only\s+)?\Z", re.I)
_VERSION_AFTER_ACRONYM = re.compile(r"\b(?!(?:USD|GBP|EUR|JPY|CHF|DM|DEM|FFR|FF|SFR|HKD|AUD|CAD|NZD|ECU|RS|YEN)\s)"
                                    r"[A-Z]{2,}\s\Z")
_DECIMAL = re.compile(r"\d+\.\d+")
_RATE_AFTER = re.compile(r"^\s+(?:bought|buys|buying|fetched|fetches|equals|(?:is|was)\s+worth|"
                         r"(?:was\s+)?(?:traded|trading)\s+at)\b|^\s*=", re.I)
# a coupon naming its bond: "the 10-3/4 pct notes", "8-1/2 pct sinking fund debentures", "the 2-1/2
# pct index-linked Treasury stock due 2020"
_ISSUE_AFTER = re.compile(r"^\s+(?:(?!(?:in|of|on|at|to|for|from|by|with|and|or|the|a|an|its|their)\s)[\w-]+\s+)?"
                          r"(?:(?:sinking\s+fund|convertible|subordinated|senior|junior|"
                          r"guaranteed|secured|unsecured|exchangeable|redeemable|mortgage)\s+){0,2}"
                          r"(?:notes|bonds|debentures|eurobonds|gilts|treasuries|securities|certificates|series|"
                          r"issue|(?:treasury\s+|exchequer\s+|loan\s+)?stock(?=\s+due\b))\b", re.I)
# … or its issuer and maturity: "Canada 9-1/2 pct of 2001", "Treasury 10 pct due 1995"
_ISSUER_BEFORE = re.compile(r"\S\s+[A-Z][\w.]*\s+\Z")  # a name, not the sentence's first word ("Only 12 pct")
_MATURITY_AFTER = re.compile(r"^\s+(?:of\s+(?:19|20)\d\d|due\s+(?:19|20)?\d\d)(?![\w/-])"
                             r"(?!\s+(?!(?:at|and|or|to|from|in|on|for|by|was|were|is|are)\b)[a-z])")  # not "of 1986 sales"
_THINK_BEFORE = re.compile(r"(?i)\b(?:think|thinks|thinking|thought)\s+\Z")
_NAME_GIVEN_BEFORE = re.compile(r"(?i)\b(?:known\s+as|code-?named|dubbed)\s+['‘’]?\Z")
_PAIR_AFTER = re.compile(r"(?i)^\s+of\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}(?:duo|pair|double\s+act|partnership|"
                         r"twins|couple)\b(?!['’])")
_GROUP_NAME_BEFORE = re.compile(r"(?i)\bthe\s+big\s+\Z")
# quarters or halves of a year counted from one end of it: "the first three quarters"
_PERIOD_FRACTION = re.compile(r"(?i)(?:two|three|four)\s+(?:quarters|halves)")
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:first|last|past|next|previous|final|opening|coming)\s+\Z")
_THE_SELECTING_BEFORE = re.compile(r"\b[Tt]he\s+\w+\s+\Z")
_TIME_NOUN_AFTER = re.compile(rf"^\s+(?:{TIME_UNITS})\b", re.I)
_STAGE_AFTER = re.compile(r"^\s*(?:[,.;)]|(?:of|in|at|chances|by|after|before|with|when|for\s+the)\b)")
# two people just named together, then taken up as "the two men"
_PAIR_NOUN_AFTER = re.compile(r"\s+(?:men|women|ministers|officials|leaders|executives|brothers|sisters|"
                              r"players|politicians|partners)\b")
_PAIR_NAMED = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][a-z][\w'’-]*\b"
                         r"(?=[^.]*\.\s+[^.]*\Z)")
_SELECTING = frozenset("last past best top first worst final original".split())  # "the last eight"
_PARTITIVE = re.compile(r"\b(?:one|each|both|either|neither|none|all|any|two)\s+of\s+the\s+\Z", re.I)
_NOUN_AFTER = re.compile(r"^\s+([a-z][\w-]*)\b(?!\s+of\b)")
_BACK_AFTER = re.compile(r"^\s+(?:earlier|previous|other|remaining|same|original|former|latter|"
                         r"aforementioned|accused)\b", re.I)
# "the two tried", "the three said", "want the seven to agree": the number stands for a set
# already named; and
# "the 10 biggest shareholders", "the two largest": a ranking picks them out
_AS_PRONOUN_AFTER = re.compile(
    r"^\s+(?:had|have|has|were|are|will|would|could|said|say|met|agreed|tried|went|came|left|"
    r"also|both|of\s+(?:them|us|you)|who|which|sides?)\b|^\s*[,.;:)]|^\s+[-–—]\s+[A-Z]"
    r"|^\s+to\s+(?!" + _NUMBER_WORD + r"\b|be\b)[a-z]+\b", re.I)
# a ranking word right after the count: "one of the 25 largest banks" (not "the 1.5 million
# people most at risk")
_RANKING_WORDS = r"(?:biggest|largest|smallest|top|best|worst|main|leading|major|most|least|highest|lowest|" \
                 r"richest|oldest)\b"
_RANKED_NEXT = re.compile(rf"^\s+[\"“'‘]?{_RANKING_WORDS}", re.I)
_RANKING_AFTER = re.compile(rf"^\s+[\"“'‘]?(?:\w+\s+)?{_RANKING_WORDS}", re.I)
IDENTIFYING_MAX = 20
# a set the sentence names item by item: "the three victories over England, Italy and France",
# "its two partners, Fiat and Renault"
_ITEM = r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
# the items named after the count's noun, or after the body they belong to ("The six nations of
# the Gulf Cooperation Council -- Saudi Arabia, Kuwait, …")
_ENUMERATED_AFTER = re.compile(
    r"\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})?"
    r"(?:\s+(?:over|against|of|in|from|at|with|between|by)|\s*[,:(]|\s+(?:--|[-–—]))\s+"
    rf"(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*,?\s+(?:and|&)\s+{_ITEM})(?![\w'’-])")
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# chart, league and ranking positions: "climbed from six to five in the chart", "at No 1"
_CHART = re.compile(r"\b(?:charts?|league|standings|rankings?|ranked|seeds?|seeded|places?|new\s+entr(?:y|ies)|"
                    r"positions?|spot|best-sellers?|bestsellers?|countdown|table)\b", re.I)
_POSITION_BEFORE = re.compile(r"\b(?:from|to|at|no\.?|number|up|down|climbed|rose|fell|dropped|"
                              r"slipped|entered|re-entered|in\s+at)\s+\Z", re.I)
POSITION_MAX = 100
_STANDING_BEFORE = re.compile(r"\b(?:on|with|level\s+on)\s+\Z", re.I)
_POINTS_AFTER = re.compile(r"\s+points?\b", re.I)
_RANKED_BEFORE = re.compile(r"\branked\s+(?:(?:no\.?|number)\s+)?\Z", re.I)
# an age at an event: "became an MP at 27", "died at 84"
_AGE_EVENT = re.compile(
    r"\b(?:became|become|becomes|becoming|youngest|oldest|died|dies|retired|retires|retiring|married|marries|joined|"
    r"debuted|elected|appointed|started|began|turned|made\s+(?:his|her|their)\s+debut)\b"
    r"[^.;:]{0,60}?\bat\s+\Z", re.I)
_PHRASE_END = re.compile(r"^\s*(?:[,.;:)]|and\b|in\b|when\b|after\b|before\b|\Z)")
# won and lost games: "has won 12 and lost three", "won 10, lost 3"
_TALLY_BEFORE = re.compile(r"\b(?:won|lost|drawn|drew|wins|losses|defeats)\s+(?:only\s+)?\Z", re.I)
# "two of their last three games": a part of a run of games
_SEASON_AFTER = re.compile(r"^\s+of\s+(?:their|his|her|its|the)\s+(?:last|first|next|final)\s+\w+\s+"
                           r"(?:games|matches|fixtures|races|starts)\b", re.I)
# a run of games ("their next 10 games") and games played ("six goals in nine games")
_GAMES_PLAYED = re.compile(r"\b(?:in|from|over|needed|needing|took|taking|made|making|makes|(?:their|his|her|its|the)\s+"
                           r"(?:last|first|next|final|opening|previous))\s+\Z", re.I)
_GAMES_AFTER = re.compile(r"^\s+(?:games|matches|fixtures|starts|appearances|outings|league\s+games|sets|frames|"
                          r"attempts|meetings|encounters)\b",
                          re.I)
_TALLY_AFTER = re.compile(r"^\s*(?:,|and)\s+(?:(?:has\s+)?(?:won|lost|drawn|drew)|lost|drawn)\b"
                          r"|^\s+(?:games?|matches?|times?|of\s+(?:their|his|her|its)\s+"
                          r"(?:games|matches))\b", re.I)
# what happens within one game: "kicked three penalties", "two drop goals", "saved two match points"
_IN_GAME_AFTER = re.compile(
    r"\s+(?:(?:successive|consecutive|straight|more|further)\s+)?(?:penalties|penalty\s+goals|tries|conversions|"
    r"drop\s+goals|match\s+points|break\s+points|set\s+points|aces|double\s+faults|birdies|bogeys|eagles|"
    r"wickets|free-kicks|corners|yellow\s+cards|red\s+cards)\b", re.I)
_SEASON_OR_CAREER = re.compile(r"\b(?:season|seasons|season['’]s|career)\b", re.I)
# a tally of titles and awards is a count (docs/statistics-definition.md): "won seven titles",
# "won eight Grammy Awards", "won three Grand Slams"
_TITLES_AFTER = re.compile(r"^\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:awards?|titles?|prizes?|medals?|trophies|cups?|"
                           r"Oscars?|Grammys?|Baftas?|Emmys?|Slams?|nominations?|championships?|golds?|"
                           r"silvers?|bronzes?|caps)\b", re.I)
_TALLY_WORDS = re.compile(r"\b(?:won|lost|drawn|drew)\s+(?:only\s+)?\Z", re.I)
_RANGE_START = re.compile(r"^(?:from|between)\s+", re.I)
_YEAR_CHOICE = re.compile(r"(?:(?:about|around|some)\s+)?(?:19|20)\d\d\s+or\s+(?:(?:19|20)\d\d|\d\d)")
_VOTED_BEFORE = re.compile(r"\bvot(?:ed|es?|ing)\s+(?:by\s+)?\Z", re.I)
_VOTE_TALLY = re.compile(r"^\d{1,3}\s*(?:[-–]|to)\s*\d{1,3}$")
# set scores in a row, tie-breaks in brackets: "beat Kiefer 6-7 (4-7) 7-6 (8-6) 7-5"
_SCORE_RUN_AFTER = re.compile(r"^\s*(?:\(\d{1,2}\s*[-–]\s*\d{1,2}\)\s*)?\d{1,2}\s*[-–]\s*\d{1,2}\b")
_SCORE_RUN_BEFORE = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s*\(?\s*\Z|\(\d{1,2}\s*[-–]\s*\d{1,2}\)\s*\Z")
_DOWN_OR_UP = re.compile(r"^\s+(?:down|up|behind|ahead)\b", re.I)


@dataclass(frozen=True)
class Judged:
    quantity: Quantity
    status: Status
    cue: Cue | None


_CONVERSION_BETWEEN = re.compile(r"\s*\(\s*")  # "$85m (£46m)": an amount and its conversion
_ABBREVIATED_YEAR_BEFORE = re.compile(r"(?:^|[\s(])['’]\Z")


def not_statistic(prose: str, q: Quantity, start: int = 0, end: int | None = None) -> bool:
    """True for numbers that are not statistical claims (dates, names, scores, …).

    ``start`` and ``end`` bound the sentence holding ``q``; context is read only inside it.
    """
    text = prose[q.start : q.end]
    after = prose[q.end : min(q.end + 40, len(prose) if end is None else end)]
    opening = max(q.start - 30, start)
    before = prose[opening : q.start]
    recent = _last_words(before)
    if NOT_STAT_AFTER.match(after) or _YEAR_CHOICE.fullmatch(text):
        return True  # "in 1999 or 2000": years
    before_match = NOT_STAT_BEFORE.search(prose, opening + recent, q.start)
    led = q.modifier is not None or _RANGE_START.match(text)  # "more than 500", "from 785 to 708"
    if before_match and not (led and before_match.group("month")):
        return True  # "May 5" is a date; "since October from 785 to 708" is not
    if text[:1].isdigit() and _DIGIT_GROUP_BEFORE.search(before) and not _YEAR_BEFORE.search(before):
        return True  # the second group of "12 000" or of a phone number
    if q.kind == "count" and (
            _game_or_position(prose, q, text, before, after, start)
            or (len(text) <= 2 and text.isdigit() and (_DAYS_BEFORE_MONTH.match(after)
                                                        or _DAY_AFTER_MONTH_DAY.search(before)))
            or _identifying(prose, q, text, before, after) or _age_at_event(prose, q, after, start)):
        return True
    if _GLUED.match(after):
        return True  # "4G", "1990s", and digit groups of phone numbers
    if q.kind == "count" and _CHAMBER_OWNER_BEFORE.search(before) and _SEATS_AFTER.match(after):
        return True  # "100 of the parliament's 347 seats": the fixed size of a chamber
    if text.lower() == "twice" and _THINK_BEFORE.search(before):
        return True  # "make Iran think twice": an idiom
    if _NAME_GIVEN_BEFORE.search(before):
        return True  # "a treatment known as '771", "codenamed 771": a name
    if q.kind == "fraction" and text.lower() in ("half", "one half") and _PAIR_AFTER.match(after):
        return True  # "one half of pop duo Wham!": one of a pair, no fraction
    if q.kind == "count" and q.modifier is None and _GROUP_NAME_BEFORE.search(before) \
            and q.value is not None and q.value <= IDENTIFYING_MAX:
        return True  # "the big four clearing banks", "the Big Three automakers": a group's name
    if q.kind == "fraction" and _PERIOD_FRACTION.fullmatch(text) and _PERIOD_BEFORE.search(before):
        return True  # "in each of the first three quarters": periods of the year, no fraction
    if len(text) == 2 and text.isdigit() and _ABBREVIATED_YEAR_BEFORE.search(before):
        return True  # "the Crash of '29", "the class of ’68": a year
    if _COMPOUND.match(after) and q.kind not in ("money", "percent") and not _MEASURE_COMPOUND.match(after):
        return True
    if q.modifier is None and (_bare_not_statistic(prose, q, text, before, after, recent)
                               or _in_name(prose, q, text, before, after, start)):
        return True
    if _age_bound(prose, q, before, after, start) or _sports_figure(text, before, after):
        return True
    if q.kind == "fraction" and text.lower() == "half" and (_PERIOD_HALF_BEFORE.search(before)
                                                            or _PART_HALF_BEFORE.search(before)):
        return True
    ordinal = _ORDINAL_FRACTION.fullmatch(text)
    if q.kind == "fraction" and ordinal and (ordinal.group(1) or _ARTICLE_BEFORE.search(before)) \
            and _ORDINAL_NOUN_AFTER.match(after):
        return True  # "will now seek a third title": an ordinal, no fraction
    if q.kind == "fraction" and text.lower().endswith("quarters") and _QUARTERS_SPAN_AFTER.match(after):
        return True  # "two quarters ahead": a span of time
    if q.kind == "fraction" and _PART_OF_A_PERIOD_AFTER.match(after):
        return True  # "printed half an hour before the speech": a span of time
    if _AND_A_HALF_PERIOD_AFTER.match(after):
        return True  # "some nine and a half hours after the accident": a span of time
    if q.kind == "count" and q.value is not None and q.value <= 30 and q.modifier is None \
            and _IN_GAME_AFTER.match(after) and _SPORT.search(prose, start, len(prose) if end is None else end) \
            and not _SEASON_OR_CAREER.search(prose, start, len(prose) if end is None else end):
        return True  # "kicked three penalties", "had to save two match points": a tally of one game
    if q.kind == "count" and q.value is not None and q.value <= 1000 and _VOTERS_AFTER.match(after):
        return True  # "only two MEPs backed the draft law": a vote tally
    if text.lower() in ("double", "triple", "treble") and _ADJECTIVE_AFTER.match(after) \
            and not _VERB_BEFORE.search(before):
        return True  # "the show's surprise double eviction": an adjective, no multiple
    if q.modifier is None and _BARE_NUMERAL.fullmatch(text) and _DURATION_LIST_AFTER.match(after):
        return True  # "two, three, and six-month deposits": lengths of deposits
    if _TIME_SPAN_BEFORE.search(before):
        return True  # "from 24 weeks to 20": the other end of a span of time
    if _CLOCK_RANGE.fullmatch(text):
        return True  # "a curfew between 2200 and 0700": times of day
    if _CLOCK_TIME.fullmatch(text) and _ON_AIR_AFTER.match(after):
        return True  # "this Sunday's Rugby Special, 2340 on BBC Two": when it is broadcast
    if q.kind == "percent" and _VOTES_OR_BEFORE.search(before):
        return True  # "won with 18,287 votes, or 53 pct": a share of the vote, a tally
    if q.kind == "count" and (_VOTES_COMPARED_BEFORE.search(before) and _FOR_CANDIDATE_AFTER.match(after)
                              or _MAJORITY_BEFORE.search(before)):
        return True  # "20,645 votes, compared to 14,738 for the Liberal Democrat", "majority cut to just 14"
    if _MODEL_AFTER.match(after) and _MAKER_BEFORE.search(before) and q.modifier is None:
        return True  # "based on the HP 607 model": a model number after its maker
    if q.kind == "measure" and _EVENT_NOUN_AFTER.match(after) and _RACE_WORDS.search(prose, start, len(prose) if end is None else end):
        return True  # "won the six kilometre event": a race
    if _EVENT_DISTANCE.fullmatch(text) and _EVENT_BEFORE_DISTANCE.search(before) \
            and _EVENT_AFTER_DISTANCE.match(after) \
            and _RACE_WORDS.search(prose, start, len(prose) if end is None else end):
        return True  # "gold in the 200m at the 2000 Olympics": a race, no measurement (nor a million)
    if _VERSION_AFTER_ACRONYM.search(before) and _DECIMAL.fullmatch(text):
        return True  # "wireless USB 2.0 connections": a version in a name
    if q.kind == "money" and q.value == 1 and _RATE_AFTER.match(after):
        return True  # "One dollar bought 102.55 yen": the unit side of an exchange rate
    if q.kind == "percent" and (_ISSUE_AFTER.match(after) or _ISSUER_BEFORE.search(before)
                                and _MATURITY_AFTER.match(after) and q.modifier is None):
        return True  # "the 10-3/4 pct notes", "Canada 9-1/2 pct of 2001": a coupon that names a bond
    return _list_marker(prose, q, text, after, start)


_AND_A_HALF_PERIOD_AFTER = re.compile(rf"\s+and\s+a\s+half\s+(?:{TIME_UNITS})\b", re.I)
_PART_OF_A_PERIOD_AFTER = re.compile(rf"\s+(?:of\s+)?an?\s+(?:{TIME_UNITS})\b", re.I)
_NUMERAL_WORD = rf"(?:\d+|{'|'.join(NUMBER_UNITS + NUMBER_TENS)})"
_BARE_NUMERAL = re.compile(_NUMERAL_WORD, re.IGNORECASE)
_DURATION_LIST_AFTER = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?{_NUMERAL_WORD})*,?\s+(?:and|or|to)\s+"
                                  rf"{_NUMERAL_WORD}[-\s](?:month|year|week|day)s?\b", re.IGNORECASE)
_ORDINAL_FRACTION = re.compile(r"(?i)(an?\s+)?(?:third|fifth|tenth)")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+\Z")
# a noun after "a third" that makes it an ordinal: a word that is no preposition, comparative,
# time or verb ("a third of", "a third more", "a third last year", "a third said" stay fractions)
# words after a figure that are no noun it describes: prepositions, joins, auxiliaries, times
_NO_NOUN = (r"of|in|to|from|for|at|on|by|and|or|a|an|the|was|were|is|are|has|had|have|will|would|with|than|"
            r"as|up|down|after|before|last|this|next|ago|earlier|since|over|under|between|off")
_ORDINAL_NOUN_AFTER = re.compile(
    r"\s+(?:successive\s+|consecutive\s+|straight\s+)?(?!(?:" + _NO_NOUN + r"|more|less|fewer|higher|lower|"
    r"bigger|smaller|larger|per|percentage|point|cheaper|dearer|faster|slower|year|month|week|day|said|say|"
    r"says|could|can|may|might|must|should|did|do|does|think|thought|believe|want|agreed|disagreed|"
    r"[a-z]+[^e\W]ed)\b)[a-z][a-z-]+\b"
    # a word before an object is a verb: "a third oppose the plan", "a third admit they …"
    r"(?!\s+(?:the|a|an|it|them|this|these|those|their|his|her|its)\b)")


_MODEL_AFTER = re.compile(r"\s+(?:models?|series|range)\b")
_MAKER_BEFORE = re.compile(r"\b[A-Z][\w&-]*\s+\Z")
# an athletics or swimming event: "the 200m", "the women's 5,000m", "the 400m hurdles"
_EVENT_DISTANCE = re.compile(r"[\d,]+\s?(?:m|km|metres)")
_EVENT_BEFORE_DISTANCE = re.compile(r"(?:\b[Tt]he|men['’]s|women['’]s)\s+\Z")
_RACE_WORDS = re.compile(r"\b(?:gold|silver|bronze|medal|medals|Olympics?|champion|championships|athletics|"
                         r"sprint|sprinter|hurdles|relay|marathon|athlete)\b", re.I)
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:event|race(?!\s+(?:track|course))|title|final|relay|heat)\b", re.I)
_EVENT_AFTER_DISTANCE = re.compile(
    r"\s*(?:[,.;:)]|\Z|\s(?:at|in|on|and|or|final|finals|race|title|heat|heats|record|gold|silver|bronze|"
    r"event|champion|hurdles|freestyle|butterfly|backstroke|breaststroke|relay|medal|medley|sprint)\b)")


def _game_or_position(prose: str, q: Quantity, text: str, before: str, after: str, start: int) -> bool:
    """A score on the way ("from 15-6 down"), a game tally ("won 12 and lost three") or a
    chart or league position ("from six to five in the chart")."""
    modifier = q.modifier or ""
    core = text[len(modifier):].strip() if modifier and text.startswith(modifier) else text
    core = _RANGE_START.sub("", core)
    if _VOTE_TALLY.match(core) and _VOTED_BEFORE.search(before):
        return True  # "MPs voted 272-219", "The Senate voted 93 to 0": a recorded vote
    if "-" in text or "–" in text:
        if _SCORE.match(core) and (_DOWN_OR_UP.match(after) or _SPORT.search(f"{before} {after}")
                                   or _SCORE_RUN_AFTER.match(after) or _SCORE_RUN_BEFORE.search(before)):
            return True
    if q.value is None or q.value > POSITION_MAX * 2:
        return False
    if q.value <= 200 and not modifier and (
            _SEASON_AFTER.match(after) or _GAMES_PLAYED.search(before) and _GAMES_AFTER.match(after)
            or _TALLY_BEFORE.search(before) and _TALLY_AFTER.match(after)
            or _TALLY_WORDS.search(before) and _SPORT.search(prose[start:q.start])
            and not _TITLES_AFTER.match(after)):
        return True
    if not modifier and _STANDING_BEFORE.search(before) and _POINTS_AFTER.match(after) \
            and _CHART.search(prose, start, q.end + 60):
        return True  # "fourth in the league on 31 points": a standing
    if not modifier and _RANKED_BEFORE.search(before):
        return True  # "Garcia-Lopez, ranked 106 in the world": a ranking of any size
    return bool(q.value <= POSITION_MAX
                and (modifier.lower() == "from" or _POSITION_BEFORE.search(before))
                and _CHART.search(prose, start, q.end + 60))


def _identifying(prose: str, q: Quantity, text: str, before: str, after: str) -> bool:
    """A count that picks out a set the story already gave: "the two earlier films", or
    "the four men" after "four men" were introduced."""
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if q.modifier is None and q.value == 2 and last == "the" and _PAIR_NOUN_AFTER.match(after) \
            and _PAIR_NAMED.search(prose, max(0, q.start - 300), q.start):
        return True  # "… removed Taher and Oil Minister Ahmed Zaki Yamani … The two men had run …"
    if q.modifier is None and last in _SELECTING and q.value is not None and q.value <= IDENTIFYING_MAX \
            and _THE_SELECTING_BEFORE.search(before) and _PLURAL_AFTER.match(after) \
            and not _TIME_NOUN_AFTER.match(after):
        return True  # "the first two state companies brought to the market": which ones
    if q.modifier is None and last in _SELECTING and (
            _SEASON_AFTER.match(after) or _TALLY_AFTER.match(after)
            or _STAGE_AFTER.match(after)):
        return True  # "the last eight", "reached the last four by beating": a stage or a selection
    if q.modifier is None and _RANKED_NEXT.match(after) and (last == "the" or last.endswith(("'s", "’s"))):
        return True  # "one of the 25 largest banks", "the world's two biggest reinsurers": a ranking
    if not (q.modifier is None and q.value is not None and before[-1:].isspace()
            and last in _IDENTIFYING_WORDS):
        return False
    if 2 <= q.value <= 10 and _enumerated(prose, q):
        return True  # "the three victories over England, Italy and France": the ones named
    if last == "all" and _MEMBERS_AFTER.match(after):
        return True  # "all 43 Asian member countries of the G-77": a body's whole membership
    if q.value > IDENTIFYING_MAX:  # a large figure picks out a set only by repeating it
        return _given_before(prose, q, text, after, 0)
    if _BACK_AFTER.match(after) or _AS_PRONOUN_AFTER.match(after) or _RANKING_AFTER.match(after):
        return True
    if last in _DEMONSTRATIVES or _PARTITIVE.search(before) or (last == "all" and q.value <= ALL_OF_A_FEW):
        return True  # "these 10 shares", "one of the two currencies", "all five men"
    if _PARTICIPLE_AFTER.match(after) and _seen_before(prose, text, q.start):
        return True  # "detention of 12 men … The 12 affected by the ruling"
    if last in _PAIR_OWNERS and q.value == 2 and _PLURAL_AFTER.match(after):
        return True  # "the two firms", "their two countries": a pair the story has named
    return _given_before(prose, q, text, after, re.IGNORECASE) or (
        last == "the" and _named_before(prose, q, after))


def _enumerated(prose: str, q: Quantity) -> bool:
    """Whether the words after the count name its items one by one, as many as it counts."""
    match = _ENUMERATED_AFTER.match(prose, q.end, q.end + 160)
    return bool(match) and len(_ITEM_SEPARATOR.split(match.group("items"))) == q.value


def _named_before(prose: str, q: Quantity, after: str) -> bool:
    """Whether the plural noun after "the two" was used earlier in the story, so the count
    picks out things already introduced ("… oil exploration contracts. The company bid for
    the two contracts")."""
    noun = _NOUN_AFTER.match(after)
    if not noun or not noun.group(1).endswith("s") or noun.group(1).endswith("ss"):
        return False
    return _seen_before(prose, noun.group(1), q.start)


def _seen_before(prose: str, word: str, end: int) -> bool:
    """Whether ``word`` occurs before ``end`` as written, in lower case or capitalised."""
    return any(_word_at(prose, spelling, end) for spelling in {word, word.lower(), word.capitalize()})


def _word_at(prose: str, word: str, end: int) -> bool:
    """Whether ``word`` occurs as a whole word in ``prose[:end]`` (found without copying)."""
    at = prose.find(word, 0, end)
    while at != -1:
        after = at + len(word)
        if (at == 0 or not prose[at - 1].isalnum()) and (after >= len(prose) or not prose[after].isalnum()):
            return True
        at = prose.find(word, at + 1, end)
    return False


def _given_before(prose: str, q: Quantity, text: str, after: str, flags: int) -> bool:
    """Whether the story gave the same count of the same thing earlier ("four men … the
    four men")."""
    noun = _NOUN_AFTER.match(after)
    if not noun:
        return False
    earlier = re.compile(rf"\b{re.escape(text)}\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun.group(1))}\b",
                         flags)
    return earlier.search(prose, 0, q.start) is not None


def _age_at_event(prose: str, q: Quantity, after: str, start: int) -> bool:
    """An age at which something happened: "became an MP at 27"."""
    return bool(q.kind == "count" and q.modifier is None and q.value is not None
                and 10 <= q.value <= 110 and _PHRASE_END.match(after)
                and _AGE_EVENT.search(prose, max(start, q.start - 90), q.start))


def _last_words(text: str) -> int:
    """Where the last two whitespace-separated words of ``text`` start (0 when it has fewer).

    A pattern anchored at the end of the text that matches at most two words and the space
    after them can start no earlier, so a search from there finds what a search of the whole
    text finds, trying fewer positions.
    """
    parts = text.rsplit(None, 2)
    if len(parts) < 3:
        return 0
    rest = text[len(parts[0]) :]
    return len(text) - len(rest.lstrip())


def _bare_not_statistic(prose: str, q: Quantity, text: str, before: str, after: str, recent: int) -> bool:
    """Years, phone numbers, scores, labels and ages: numbers written without a modifier.

    ``recent`` is where the last two words of ``before`` start (:func:`_last_words`).
    """
    if (_YEAR.match(text) or _YEAR_RANGE.fullmatch(text)) and not _PEOPLE_AFTER.match(after):
        return True  # "2004", "between 1997 and 2002", "2004-05"
    if _PHONE.match(text) or _LEADING_ZERO.match(text):
        return True  # "0800 123 4567", "007"
    score = _SCORE.match(text)
    if score and (int(score[1]) >= int(score[2]) or _SPORT.search(f"{before} {prose[q.end : q.end + 60]}")):
        return True
    if text.lower() == "one" and not _ONLY_BEFORE.search(before):
        return True  # a determiner or pronoun: "one of its vehicles"; "just one change" counts
    if (_BARE_NUMBER.fullmatch(text) or _LETTERED.fullmatch(text)) and (LABEL_BEFORE.search(before, recent)
                                                                       or _SECOND_LABEL_BEFORE.search(before)):
        return True  # "section 3", "aged 13", "top 10", "at number eight and 10", "zone 5c"
    if (text.isdigit() and len(text) == 2 and _AGE_AFTER_NOUN.search(before) and after.lstrip()[:1] == ",") or (
            (text.isdigit() and len(text) <= 2 or _NUMBER_WORD_RE.fullmatch(text.lower()))
            and _WHO_IS_BEFORE.search(before) and _AGE_END_AFTER.match(after)):
        return True  # "The veteran film-maker, 68, said …", "Smith, who is 36, …", "when she was eight"
    return bool(_AGE.search(before) and after.lstrip()[:1] in (",", ".", ";", ")")
                and q.value and q.value < 120 and q.kind == "count")  # "Nick Wood, 41, from York" or "…, 41."


def _in_name(prose: str, q: Quantity, text: str, before: str, after: str, opening: int) -> bool:
    """A number inside a name or model: "Boeing 747", "Six Nations", "50 Cent"."""
    if text[:1].isupper() and text[1:2].islower() and not _opens_clause(prose, opening, q.start):
        return True  # a capitalised number word inside a sentence: "the Six Nations"
    if not text.isdigit():
        return False
    if _GROUP_OF_BEFORE.search(before):
        return True  # "the so-called Group of 24 developing nations", "the Group of 77"
    name = _CAPITALISED_NAME.search(before) or (_CAPITAL_AFTER.match(after) and _CAPITAL_BEFORE.search(before)) \
        or (len(text) <= 4 and _LOWER_WORD_AFTER.match(after) and _OPENING_NAME.fullmatch(prose, opening, q.start))
    return bool(name and name.group(1) not in _FUNCTION_WORDS) or bool(_NAME_AFTER.match(after))


def _opens_clause(prose: str, opening: int, offset: int) -> bool:
    """Whether ``offset`` starts its sentence, a quotation or what follows a colon or dash."""
    before = prose[opening:offset].rstrip()
    return not before.strip(_OPENERS) or before[-1] in "\"“‘'([:;—–-"


def _sports_figure(text: str, before: str, after: str) -> bool:
    """A race distance ("the women's 800m"), a finishing time ("winning leisurely in
    30.26"), a sports tally ("two tries") or a title ("double world champion")."""
    if _SPORTS_TALLY.match(after) and not (_CAREER_BEFORE.search(before) and not _RUN_OF_GAMES_AFTER.match(after)):
        return True
    if _RACE_TIME.fullmatch(text) and _RACE_TIME_BEFORE.search(before):
        return True
    if _BARE_COUNT.fullmatch(text) and _GAP_TO_TEAM.match(after):
        return True  # "four points behind Arsenal and a further five back from Chelsea": a standing
    digits = text.rsplit(None, 1)[-1]
    if digits.isdigit() and (_PLAY_LENGTH_AFTER.match(after)
                             or _SHOT_FROM_BEFORE.search(before + text[:-len(digits)]) and _YARDS_AFTER.match(after)):
        return True  # "a 25-yard strike", "shot from 50 yards": the length of one play
    distance = _OVER_DISTANCE.sub("", text)  # "compete over 1500m": a race's distance
    if _METRES.fullmatch(distance) and (
            _RACE_AFTER.match(after) or (distance == text and (_RACE_BEFORE.search(before) or "," in text))
            or _RACE_VERB_BEFORE.search(before)
            or (distance == text and _EVENT_BEFORE.search(before) and _EVENT_END.match(after))):
        return True
    return text.lower() in ("double", "triple", "treble") and bool(_TITLE_AFTER.match(after))


def _list_marker(prose: str, q: Quantity, text: str, after: str, start: int) -> bool:
    """A numbered list item: "1. The first point"."""
    return bool(text.isdigit() and len(text) <= 3 and _LIST_AFTER.match(after)
                and not prose[start : q.start].strip(_OPENERS))


def _age_bound(prose: str, q: Quantity, before: str, after: str, start: int) -> bool:
    """An age limit: "children under seven", "people over 65", "raise the pension age for
    council workers from 60 to 65", "forced to retire before 65"."""
    if q.kind != "count" or q.value is None or q.value >= 120:
        return False
    if (q.modifier or "").lower() == "under" and q.value <= UNDER_AGE_TEAM_MAX and _TEAM_AFTER.match(after) \
            and _ARTICLE_BEFORE.search(before):
        return True  # "the under 14 boys", "an under 21 side": a team by its age limit
    if _UNIT_AFTER.match(after):
        return False
    if _AGE_LIMIT_BEFORE.search(prose, max(start, q.start - 60), q.start) or _AGED_BEFORE.search(before):
        return True  # … and "people aged between 18 and 24"
    return (q.modifier or "").lower() in ("under", "over") and bool(_AGE_GROUP.search(before))


class StatisticCheck(Check):
    kind = "statistic"
    options = {
        "report": Option(str, "unattributed", "which outcome this rule reports: unattributed or vague"),
        "kinds": Option(list, list(QUANTITY_KINDS), "quantity kinds to check", items=str),
        "min_value": Option(float, 0.0, "ignore figures below this value"),
        "window": Option(int, 1, "sentences back that can attribute a continuing report",
                         minimum=0),
        "verbs": Option(list, [], "extra reporting verbs", items=str),
        "sources": Option(list, [], "extra source nouns (roles, bodies)", items=str),
        "vague_sources": Option(list, [], "extra nouns that are only vague sources", items=str),
        "vague_cues": Option(list, [], "extra vague-cue patterns (regex syntax)", items=str),
        "skip_quotes": Option(bool, True, "figures inside quotations are the speaker's"),
        **scope_options(skip=("table", "headline", "dateline", "byline")),
    }
    variables = frozenset({"cue", "kind"})

    def __init__(self, rule) -> None:
        super().__init__(rule)
        if self.option("report") not in ("unattributed", "vague"):
            raise rule.error('option "report" must be "unattributed" or "vague"', "report")
        unknown = set(self.option("kinds")) - set(QUANTITY_KINDS)
        if unknown:
            raise rule.error(
                f'unknown quantity kind "{sorted(unknown)[0]}" (known: {", ".join(QUANTITY_KINDS)})', "kinds"
            )
        self.model = AttributionModel(
            self.option("verbs"),
            self.option("sources"),
            self.option("vague_sources"),
            self.option("vague_cues"),
        )
        self.kinds = frozenset(self.option("kinds"))
        # rules that differ only in what they report or in which registers they speak
        # share one analysis of the document
        self._key = (
            "statistic",
            *(repr(self.rule.options[k]) for k in sorted(self.options)
              if k not in ("report", "registers")),
        )

    def analyse(self, doc: Document) -> list[Judged]:
        """Every statistic of the document with its attribution (cached per document)."""
        cached = doc.cache.get(self._key)
        if cached is None:
            cached = doc.cache[self._key] = list(self._analyse(doc))
        return cached

    def _analyse(self, doc: Document) -> Iterator[Judged]:
        attributions = _Attributions(doc, self.model, self.option("window"))
        starts = candidate_starts(doc.prose)
        for i, (start, end) in enumerate(doc.sentences):
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            quantities = self._statistics(doc.prose, start, end, starts[first:last]) if first < last else []
            if quantities:
                attributions.figures.add(i)
                yield from self._judge(doc, attributions, i, quantities)

    def _statistics(self, prose: str, start: int, end: int, starts: list[int]) -> list[Quantity]:
        """The statistics of the sentence ``prose[start:end]`` that the rule checks."""
        reject = partial(not_statistic, prose, start=start, end=end)
        return [
            q
            for q in find_quantities(prose, start, end, reject, starts)
            if q.kind in self.kinds
            and (q.value is None or q.value >= self.option("min_value"))
        ]

    def _judge(self, doc: Document, attributions: _Attributions, i: int, quantities: list[Quantity]) -> Iterator[Judged]:
        """Who reports each statistic of sentence ``i``: a quotation, its own cues, or carry-over."""
        start, end = doc.sentences[i]
        cues, status = attributions.own(i)
        free, tag = _free_sources(doc.prose, cues), _closing_tag(doc.prose, cues, end)
        long = end - start > LONG_SENTENCE  # text with no full stop: each figure reads near itself
        previous: Judged | None = None
        for q in quantities:
            if previous is not None and q.kind == previous.quantity.kind == "money" \
                    and _CONVERSION_BETWEEN.fullmatch(doc.prose, previous.quantity.end, q.start):
                judged = replace(previous, quantity=q)  # "a reported $85m (£46m)": one amount
            elif self.option("skip_quotes") and doc.in_quote(q.start, q.end):
                judged = Judged(q, Status.SOURCE, None)
            else:
                first, last = (max(start, q.start - REACH), min(end, q.end + REACH)) if long else (start, end)
                mention, cue = _mention_status(doc.prose, q, _near(cues, first, last), _near(free, first, last),
                                               tag, first, last)
                # carry-over only into a clause with no cue of its own (definition, rule 3)
                if mention is Status.NONE and cue is None and status is not Status.SOURCE and attributions.carried(i):
                    mention = Status.SOURCE
                judged = Judged(q, mention, cue)
            previous = judged
            yield judged

    def check(self, doc: Document) -> Iterator[Hit]:
        wanted = Status.NONE if self.option("report") == "unattributed" else Status.VAGUE
        for judged in self.analyse(doc):
            if judged.status is not wanted:
                continue
            q = judged.quantity
            cue = judged.cue.text if judged.cue else ""
            yield Hit(
                q.start,
                q.end,
                {"cue": " ".join(cue.split()), "kind": q.kind},
                suggestions=SUGGESTIONS[self.option("report")],
            )


class _Attributions:
    """Cues and own status of each sentence of a document, found when first needed."""

    def __init__(self, doc: Document, model: AttributionModel, window: int) -> None:
        self.doc, self.model, self.window = doc, model, window
        self.statuses: dict[int, tuple[list[Cue], Status]] = {}
        self.figures: set[int] = set()  # sentences with a statistic, filled in as they are read
        self.wire = register.WIRE in doc.registers
        dateline = DATELINE.search(doc.prose, 0, LEAD_WITHIN) if self.wire else None
        self.lead = lead_name(doc.prose[dateline.end():dateline.end() + 200]) if dateline else None

    def own(self, i: int) -> tuple[list[Cue], Status]:
        """The cues of sentence ``i`` and the status they (or a quotation around it) give it."""
        if i not in self.statuses:
            start, end = self.doc.sentences[i]
            cues = self.model.cues(self.doc.prose, start, end)
            if i and self._they_of_vague(cues, i):
                cues = [replace(c, status=Status.VAGUE) for c in cues]
            self.statuses[i] = cues, _sentence_status(cues, self.doc, start, end)
        return self.statuses[i]

    def _they_of_vague(self, cues: list[Cue], i: int) -> bool:
        """Whether the sentence's only sources are "they" standing for the unnamed sources of
        the sentence before ("…, trade sources said. The requests were for 35,000 tonnes,
        they said.")."""
        sources = [c for c in cues if c.status is Status.SOURCE]
        prose = self.doc.prose
        if not sources or not all(_THEY_BEFORE.search(prose, max(0, c.start - 24), c.start)
                                  or _THEY_AFTER.match(prose, c.end) for c in sources):
            return False
        start, end = self.doc.sentences[i - 1]  # its own cues, read afresh: no chain of "they"
        before = self.model.cues(prose, start, end)
        return _sentence_status(before, self.doc, start, end) is Status.VAGUE

    def carried(self, i: int) -> bool:
        """Whether sentence ``i`` continues the account of an attributed sentence just before it.

        Carry-over stops where the subject changes: a sentence opening with another body or
        person than the attributed sentence names is that one's story ("The ministry said 30
        had died. The army has 4,000 troops there."; "'It's growing fast,' said Mr Fischer.
        The 8,000 residents…").
        """
        start, end = self.doc.sentences[i]
        prose = self.doc.prose
        if SEPARATORS.match(prose, start, end) or self.model.unnamed_document(prose, start, end):
            return False
        for j in range(max(0, i - self.window), i):
            if self.own(j)[1] is not Status.SOURCE:
                continue
            first, last = self.doc.sentences[j]
            if self.wire and j not in self.figures and (self.doc.quotes.covers(first, last)
                                                          or _quoted_remark(self.doc, first, last)):
                continue  # wire copy: a quoted remark with no figure is the speaker's view, not a report
            # a remark with no figure passes nothing to new figures of another thing
            if not new_subject(self.model, prose[start:end], prose[first:last], remark=j not in self.figures):
                return True
            if j == i - 1 and j in self.figures and self.wire and (
                    _DEFINITE_OPENING.match(subject := _past_time(prose, start, end)) and not self._another_body(subject)
                    or self.lead is not None and opens_with(prose[start:end], self.lead)):
                # wire copy: "…, the company said. The automaker's Jeep output was 21,390", and the
                # company the lead names ("Rose's Stores Inc reported … The company said … Rose's
                # operates 224 discount stores")
                return True
        return self._listed_under(i)

    def _another_body(self, sentence: str) -> bool:
        """Whether a definite subject names a body other than the company the story is about:
        "The House Appropriations Committee has approved …", "The government has pledged …"
        (not "The group lifted …", "The notes have …")."""
        words = sentence.split()
        if _OPENS_WITH_BODY.match(sentence):
            return True  # "The World Bank lent …", "The House Appropriations Committee has …"
        for word in words[1:5]:
            low = word.lower().strip(",.'’").removesuffix("'s").removesuffix("’s")
            if low in self.model.sources or low.rstrip("s") in self.model.sources:
                return low.rstrip("s") not in SAME_BODY
        return False

    def _listed_under(self, i: int) -> bool:
        """Whether sentence ``i`` is an item of a list that an attributed sentence ending in a
        colon or a dash introduces ("The following offerings were filed with the SEC:", "RJR
        Nabisco said the expenses … include --" and one item per line under it): every item
        back to the colon or dash must start its own line."""
        prose, sentences = self.doc.prose, self.doc.sentences
        for j in range(i, max(0, i - LIST_ITEMS_MAX), -1):
            if not _LINE_ITEM.search(prose, max(0, sentences[j][0] - 12), sentences[j][0]):
                return False
            first, last = sentences[j - 1]
            if prose[first:last].rstrip().endswith((":", "--", "—")):  # "… include --"
                # "The Argentine Grain Board adjusted export prices as follows:": the body that
                # sets the figures lists them
                return self.own(j - 1)[1] is Status.SOURCE or (
                    self.own(j - 1)[1] is Status.NONE and _AS_FOLLOWS.search(prose, first, last) is not None
                    and (_NAMED_BODY.search(prose, first, last) is not None
                         or _NAMED_MAKER.search(prose, first, last) is not None))
        return False


_THEY_BEFORE = re.compile(r"\b[Tt]hey\s+(?:(?:also|have|had)\s+){0,2}\Z")
_THEY_AFTER = re.compile(r"\s+they\b(?=\s*(?:[,.;:!?'\"’”)]|\Z))")  # "…, said they."
_FIRST_CHARACTER = re.compile(r"\S")
# what follows a quotation that is all the sentence says: "…," one trader said.
_SPEECH_TAG = re.compile(r"\s*(?:[\w'’.-]+\s+){0,6}(?:said|says|told\s+\w+|added|adds)"
                         r"(?:\s+[\w'’.-]+){0,6}[.!?]?['\"’”)]*\s*")
# a sentence that opens a new item does not continue the previous sentence's report
SEPARATORS = re.compile(
    r"\W*(?:meanwhile|separately|elsewhere|in\s+other|in\s+a\s+separate|"
    r"on\s+another\s+front)\b",
    re.IGNORECASE,
)
_DEFINITE_OPENING = re.compile(r"\W*The\s")
# a time put first: "In 1985, the company's spending totaled …"
_FRONTED_TIME = re.compile(r"\W*(?:(?:In|During|For|By)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:19|20)\d\d(?:/\d\d)?|"
                           + _MONTH + r"|quarter|half|year|month|week|period|season)|Earlier|Later|"
                           r"(?:Last|This)\s+(?:year|month|week|quarter))\s*,\s+(?=the\s)")


def _past_time(prose: str, start: int, end: int) -> str:
    """The sentence from its subject, past a time put first, "The" capitalised."""
    fronted = _FRONTED_TIME.match(prose, start, end)
    if fronted is None:
        return prose[start:end]
    return "T" + prose[fronted.end() + 1:end]
# a body named by its head noun: "The Argentine Grain Board", "the grain board", "The World Bank"
_BODY_NOUNS = (r"(?:Bank|Board|Committee|Ministry|Fund|Commission|Treasury|Corp|Corporation|Council|Agency|"
               r"Association|Federation|Union|Institute|Department|Office|Authority|Exchange|Bureau|Court|"
               r"Administration|Government|Organisation|Organization|Service)")
_OPENS_WITH_BODY = re.compile(r"\W*The\s+(?:[A-Z][\w.'’&-]*\s+){0,4}" + _BODY_NOUNS + r"\b")
_NAMED_BODY = re.compile(r"\b[Tt]he\s+(?:[\w.'’&-]+\s+){0,4}(?i:" + _BODY_NOUNS + r")\b")
# named people who give what follows: "Braddock and his sector heads made the following more
# specific predictions:"
_NAMED_MAKER = re.compile(r"\b(?!(?:They|Others|Some|Many|Most|Analysts|Economists|Traders|Dealers|Brokers|Sources|"
                          r"Experts|It|We|He|She|I)\b)(?:[A-Z][\w.'’-]*\s+){1,3}(?:and\s+(?:his|her|its|their)\s+(?:[\w-]+\s+){1,3})?"
                          r"(?:made|gave|issued|released|offered|presented)\s+the\s+following\b")
_AS_FOLLOWS = re.compile(r"\b(?:as\s+follows|the\s+following(?:\s+[\w-]+){0,4})\s*:\s*\Z")  # "the following predictions:"
# a sentence that starts its own line, after an optional bullet or number: a list item
_LINE_ITEM = re.compile(r"\n[ \t]*(?:[-*•]\s+|\d{1,2}[.)]\s+)?\Z")
LIST_ITEMS_MAX = 40
# a "sentence" longer than this (a text with no full stop) is read in a window around each
# figure, so that its cost grows with its length, not with the square of it
LONG_SENTENCE = 4000
REACH = 1000
LEAD_WITHIN = 600  # characters from the top where a wire story's dateline and lead are
# where a vague cue's reach ends: "it is estimated at £8bn, and 6.5 million animals …"
# … and "but" with no comma before a subject of its own and its auxiliary ("… up 22 pct from
# 1985 but its shipping and offshore services are likely to post a loss")
CLAUSE_BREAK = re.compile(r";\s|(?:,|\s[-–—])\s+(?:but|and|while|whereas|although|though)\b"
                          r"|\s(?<!nothing\s)(?<!everyone\s)(?<!anything\s)(?<!everything\s)(?<!nobody\s)"
                          r"(?<!anyone\s)(?<!all\s)(?<!none\s)but\s+(?=(?:its|their|his|her|the|this|these|those)(?:\s+[\w'-]+){1,4}\s+"
                          r"(?:is|are|was|were|will|would|could|may|might|should|has|have|had)\b)", re.IGNORECASE)
# a figure's own agentless cue: "an estimated 500", "a reported $85m", "the expected 2%"
_AN_ESTIMATED = re.compile(r"(?i)\b(?:an?\s+(?:estimated|reported|rumoured|reputed)(?:\s+[a-z-]+\s+of)?"
                           r"|the\s+expected)\s+\Z")
_AN_ESTIMATED_CUE = re.compile(r"(?i)an?\s+(?:estimated|reported|rumoured|reputed)")
_LEADING_TAG = re.compile(r"[^\"“”]{0,160}\b(?:said|says|added|adds|told\s+\w+)\s*[:,]\s*[\"“‘']?")
_SPEECH_TAG_END = re.compile(r"\s*[.!?]?['\"’”)]*\s*")
# a time, a place, a medium or a name may follow a closing speech verb: "…, trade sources said on
# Tuesday.", "… said in a note to clients.", "… told Reuters." (not a clause: "… say more will come")
_SPEECH_TAG_TAIL = re.compile(r"(?:\s+(?:on|in|at|here|there|today|yesterday|late|earlier|last|this|after|during|"
                              r"from|to|[A-Z][\w.'’-]*)\b(?:\s+[\w'’.-]+){0,6}?)?" + _SPEECH_TAG_END.pattern)
_SPEECH_VERB_END = re.compile(r"(?i)\b(?:said|says|say|told|added|adds)\Z")
_PASSIVE_AGENT_AFTER = re.compile(r"\s+by\b")
_DOCUMENT_VERB = re.compile(r"show|suggest|reveal|indicate|put")
_ASIDE_END = re.compile(r"(?:[^,.;:\"“”]|(?<=\d)[,.](?=\d)){0,60},\s*(?:also\s+|today\s+|yesterday\s+)?")
_INVERTED_TAG_BEFORE = re.compile(r"[,\"”’]\s*\Z")
_SPEAKER_RELATIVE = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*"
                               r"(?:,\s+[^,;:\"“”]{1,60})?,\s+(?:which|who|whose)\s[^,;:\"“”]{0,60}")
_ASIDE_OPENING = re.compile(r",\s+(?:with|which|whose|who|a|an)\b")
# the named subject's own predicate up to the cue, no other speaker in it: " denies using
# drugs and "
_SAME_SPEAKER_RUN = re.compile(r"[^,;:A-Z\"“”]{0,80}")
_OPENING_NAME_SUBJECT = re.compile(r"\W*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}")
_CURRENT_BEFORE = re.compile(r"\b(?:current|present|existing|today['’]s)\s+(?:level\s+of\s+|total\s+(?:of\s+)?)?\Z",
                             re.IGNORECASE)
_TO_JOIN_INSIDE = re.compile(r"\sto\s")  # a range from the present figure to the expected one
# the same figure restated in another measure: "1.79 billion or 2.5 pct of the GNP"
_RESTATED_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[a-z]+){0,2}\s+or\s+\Z")
# a past period's level: "compared to 1,828,000 a year ago", "last year's 3.1 pct"
_PAST_OWNER = re.compile(r"(?i)\b(?:year-(?:ago|earlier)|(?:last|previous)\s+(?:year|month|quarter)['’]s|"
                         r"(?:to|with|than|on)\s+(?:fiscal\s+)?(?:19|20)\d\d['’]s)"
                         r"(?:\s+[a-z]+)?\s+\Z")
# a level restated since: "up from a revised 164.9 billion", "after the revised 11.2 billion"
_REVISED = r"(?:an?|the)\s+(?:(?:upwardly|downwardly)\s+)?(?:revised|adjusted)\s+"
_FROM_LEVEL_BEFORE = re.compile(r"(?i)\b(?:rise|rises|rising|risen|rose|fall|falls|falling|fallen|fell|grow|grows|"
                                r"growing|grown|grew|increase[sd]?|decline[sd]?|drop|drops|dropped|climb|climbs|"
                                r"climbed|expand|expands|expanded|shrink|shrinks|shrank|go|going|gone|move|moved|"
                                r"narrow|narrows|narrowed|narrowing|widen|widens|widened|widening|ease|eases|eased|"
                                r"trim|trims|trimmed|trimming|cutting|reducing|raising|lower|lowers|lowered|lowering|"
                                r"cut|cuts|reduced?|raised?|lift|lifted|down|up)(?:\s+(?:to\s+)?(?:[^,;:]|(?<=\d),(?=\d)){1,60}?)?"
                                r"\s+from\s+(?:the\s+|(?:fiscal\s+)?(?:19|20)\d\d['’]s\s+|"
                                r"(?:last|previous)\s+(?:year|month|quarter|week)['’]s\s+|(?:" + _MONTH
                                + r")['’]s\s+|" + _REVISED + r")?\Z")
_COMPARED_BEFORE = re.compile(r"(?i)\d[^;:]*?\b(?:compared\s+(?:with|to)|versus|vs\.?|against|"
                              r"(?:well\s+|sharply\s+)?(?:down|up)\s+on)\s+"
                              r"(?:(?:the\s+|an?\s+)?(?P<level>record|average|previous|actual)\s+(?:of\s+)?|[a-z]+\s+of\s+)?"
                              r"(?:(?:about|around|some|nearly|almost)\s+|[^;:]*\d[^;:]*\band\s+(?:[a-z]+\s+of\s+)?)?\Z")
# a past level a forecast follows: "is forecast to rise four pct this year after 3.7 pct last
# year", "after a six pct rise this year and 5.5 pct in 1986", "after falling 2 pct last year",
# "after it dropped to 16.5 mln tonnes in 1986"
_AFTER_LEVEL_BEFORE = re.compile(r"(?i)\bafter\s+(?:(?:rising|falling|growing|gaining|losing|dropping|declining|"
                                 r"increasing|decreasing|an?)\s+|" + _REVISED + r"|(?:being\s+quoted|trading|closing|"
                                 r"standing|opening)\s+at\s+|(?:it|they)\s+(?:rose|fell|dropped|grew|declined|climbed|"
                                 r"increased|decreased)\s+(?:to\s+)?)?(?:by\s+)?(?:[^;:]*(?:\d|\b"
                                 + _NUMBER_WORD + r"\b)[^;:]*\band\s+)?\Z")
# a level at a past time: "versus 103,000 last week when the restitution was 43.699 Ecus"
_WHEN_WAS_BEFORE = re.compile(r"(?i)\b(?:last|previous)\s+(?:week|month|year|quarter|session)\s+when\s+"
                              r"(?:[\w'’-]+\s+){1,4}(?:was|were|stood\s+at)\s+\Z")
# a further figure of the same comparison before its period: "against exports of 39.79 billion
# and imports of 24.17 billion last year"
_ALSO_COMPARED = r"(?:\s+and\s+(?:[a-z]+\s+){1,2}(?:of\s+)?\d[\d,.]*(?:\s+[a-z]+)?)?"
_PAST_AFTER = re.compile(r"(?i)" + _ALSO_COMPARED + r"(?:\s+(?!(?:estimated|forecast|expected|projected|predicted|seen|put)\b)[a-z]+)?\s+"
                         r"(?:(?:a\s+)?(?:year|month|quarter|week)\s+(?:ago|earlier|before)|(?:late\s+|early\s+)?yesterday|"
                         r"(?:in\s+)?(?:the\s+)?(?:previous|prior|last)\s+(?:year|month|quarter|week)|"
                         r"in\s+the\s+(?:same|year-earlier|year-ago|corresponding)\s+(?:period|quarter|month)|"
                         r"in\s+(?:the\s+)?(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)(?:/\d\d)?(?:\s+(?:period|season|crop|year))?)\b")
_YEAR_MENTION = re.compile(r"\b(?:19|20)\d\d\b")
# a vague cue in a clause of its own after the figure: "The inflation rate was 11.5 pct in 1986
# and private economists say it will be 25 to 30 pct in 1987", "Shares jumped 10.7% on the
# news, with analysts saying sales of $600m were possible"
_ATTRIBUTIVE_CUE = re.compile(r"(?i)(?:the|an?)\s")
_SUBORDINATORS = r"because|although|though|unless"  # open a clause of reason or concession
_SUBORDINATE_BETWEEN = re.compile(rf"\s(?:{_SUBORDINATORS})\s", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(rf"\s(?:and|but|while|whereas|{_SUBORDINATORS})\s|,\s+with\s", re.IGNORECASE)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|rose|fell|grew|"
                          r"stood|reached|totalled|totaled|sold|hit|made|makes|make|took|takes|gave|got|paid|spent|"
                          r"held|holds|kept|lost|won|saw|sees|set|put|cut|bought|brought|went|came|ran|left|"
                          r"transports|earned|earns|[a-z]{3,}ed)\b")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\S+\s*\Z", re.IGNORECASE)
# a figure in a relative clause after what a vague cue expects: "The board is expected to meet
# to discuss the proposal, which values the club at £800m" (not after a cue's "that" clause:
# "it is understood that the edition, which has pushed circulation up by 20%, …" stays vague)
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who|where)\s")
# a share of an estimated total: "is estimated at 10 mln dlrs, of which the Chileans will
# contribute two mln" (not what "was reported to be carrying 1.3 mln tonnes, of which …" reports)
_OF_WHICH_BETWEEN = re.compile(r",\s+(?:of|in|for)\s+which\s")
# a cue in an aside on a noun: "The SAS move, said by analysts to be a big blow to McDonnell
# Douglas, came …"
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")  # not the thousands separator of "1,200"
_ASIDE_CUE_BEFORE = re.compile(r"(?<!\bhowever)(?<!\bmeanwhile)(?<!\btoo)(?<!\bthough)(?<!\balso)(?<!\bthen),\s+"
                               r"(?:said|reported|thought|believed|considered|estimated|projected|forecast)"
                               r"(?:\s+(?:to|at)?\s*)?\Z")  # not "Some economists, however, forecast growth …"
# a figure after a cue, in a clause of reason or contrast: "no extension is expected since it
# would cost billions", "The center is expected to put up 15 mln dlrs while GE contributes 2.0 mln"
_REASON_OR_CONTRAST = re.compile(r"\s(?:since(?!\s+(?:\d|then|the\s+start|[A-Z][a-z]+\s+\d|"
                                 + "|".join(m.capitalize() for m in MONTH_NAMES) + r"))|because|while|whereas|"
                                 r"due\s+to)\s", re.IGNORECASE)
# the yardstick's own figure: "above the projected eurozone average of just above 2%", "above
# market expectations which had been for a rise of between one and three billion dlrs"
_YARDSTICK_FIGURE = re.compile(r"\s+(?:(?!(?:and|but|or|while|leaving|with|as|because|when|after|since)\s)[\w-]+\s+)"
                               r"{0,6}(?:of|at)\s+")
# a cue as the yardstick of a comparison governs nothing after it: "more than analysts had
# expected", "broadly in line with market expectations", "The results were slightly better
# than analysts forecast and the share firmed to 231p"
_THAN_BEFORE = re.compile(r"\b(?:than|in\s+line\s+with|(?:well\s+)?(?:above|below|ahead\s+of|short\s+of)|"
                          r"(?:beat|beats|beating|exceeded|exceeding|missed|missing|matched|matching)(?:\s+the)?)"
                          r"\s+(?:(?!(?:but|while|as|because|when|after|since)\s)[\w'’-]+\s+){0,4}\Z")
# "… below target in March and are expected to": the cue opens a predicate of its own
_AND_PREDICATE = re.compile(r"(?i)(?:and|or)\s+(?:is|are|was|were|has|have|had|will|would)\b")
# a definite noun phrase up to its figure: "the 25 pct withholding tax", "Nigeria's 19 billion
# dlr foreign debt", "BCI Holdings' 2.35 billion dlr offering", "the proposed 4.6 billion dlr
# buyout offer"
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\b(?!(?:[Tt]here|[Ii]t|[Tt]hat|[Ww]hat|"
                              r"[Hh]ere|[Hh]e|[Ss]he|[Ww]ho)['’]s)\w+['’]s|\b\w+s['’])"
                              r"\s+(?:(?:proposed|planned|agreed|announced|original|recent)\s+)?(?:more\s+than\s+)?\Z")
_DESCRIBED_NOUN = re.compile(r"(?:\s+(?:a|per)\s+(?:week|month|year|share|day))?(?:\s+[A-Z][\w.]*)?[\s-]+(?!(?:"
                             + _NO_NOUN + r"|compared|versus|vs|which|that|who|[a-z]+ed)\b)[a-z][a-z-]+\b")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:(?:also|has|have|had|later|then|recently|since|"
                              r"earlier|once|had\s+earlier)\s+){0,2}\Z"
                              r"|\b(?:when|after|before)\s+(?:he|she|they|it|[A-Z][\w.'’-]*)\s+\Z")
# an unnamed claim as a noun, whose clause follows it: "on speculation (that)", "amid reports that"
_CLAIM_NOUN_END = re.compile(r"(?i)\b(?:reports|claims|suggestions|speculation|rumours|rumors)(?:\s+that)?\Z")
# a fronted clause of reason or concession, to its comma ("since" is often a time: not here)
_FRONTED_REASON = re.compile(r"\W*(?:Because|Although|Though|While|Whereas)\s(?!of\b)"
                             r"(?:[^,;:]|(?<=\d),(?=\d)|,(?=\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:,|\s+(?:and|or)\s)))*,")
_ACCORDING = re.compile(r"(?i)according\s+to\b")
# a clause with a subject of its own, where what a forward cue says ends: "… disclosure of target
# rates and the pound fell 2 pct", "…, and it ended 2 pct lower"
_OWN_SUBJECT_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:the|it|its|their|he|she|they)\b")
_SPEECH_CUE = re.compile(r"(?i)\b(?:said|say|says|told|tell|believe|believes|think|thinks)\b")
_OWN_CUE_GAP = re.compile(r"\s+(?:of|for|at)\s+(?:(?:a|an|the)\s+)?")
# "ahead of the 0.6% forecast": a forecast nobody is named for, the figure's own vague cue
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_NAMED_AGENT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
_FORECAST_AFTER = re.compile(r"\s+(?:forecast|estimate|prediction|projection)\b")
_AGENTLESS = re.compile(r"(?i)(?:it\s+)?(?:is|are|was|were|has|have|had|would|will)\s|" + PARTICIPLE_AT + r"\b|"
                        r"(?:industry|market|unofficial|private)\s+estimates\b")
_NEW_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:\w+\s+)?(?:is|are|was|were|would|will|could|has|have|had|"
                            r"should|may|might)\b")
_JOIN = re.compile(r"[,;]|\b(?:and|but|while|which)\b")  # between a relayed cue and another figure
SUGGESTIONS = {
    "unattributed": ('name the source: "…, according to <source>"', 'attribute it: "<source> said …"'),
    "vague": ("name who estimated or reported it",),
}


def _sentence_status(cues: list[Cue], doc: Document, start: int, end: int) -> Status:
    if doc.quotes.covers(start, end) or _quoted_remark(doc, start, end):
        return Status.SOURCE
    if cues and cues[0].status is Status.VAGUE and _SPEECH_CUE.search(cues[0].text):
        # what unnamed speakers say is theirs, a source named inside it included: "Analysts
        # and traders said the stock rose after Henley disclosed it holds eight mln shares"
        # passes nothing on to the next sentence
        return Status.VAGUE
    if any(c.status is Status.SOURCE for c in cues):
        return Status.SOURCE
    return Status.VAGUE if cues else Status.NONE


def _quoted_remark(doc: Document, start: int, end: int) -> bool:
    """A direct quotation with only its speech tag after it ('"Day-to-day money is a bit
    tighter," one trader said.'): attributed by quotation, whoever speaks (definition, rule 2)."""
    opening = _FIRST_CHARACTER.search(doc.prose, start, end)
    quote = doc.quotes.containing(opening.start()) if opening else None
    if quote is not None and _SPEECH_TAG.fullmatch(doc.prose, quote[1], end) is not None:
        return True
    # … or the tag first: 'Marc Cohen of Republic National Bank said: "The market now has …"'
    closing = doc.prose[start:end].rstrip()
    quote = doc.quotes.containing(start + len(closing) - 1) if closing else None
    return quote is not None and quote[0] > start and _LEADING_TAG.fullmatch(doc.prose, start, quote[0]) is not None


def _mention_status(prose: str, q: Quantity, cues: list[Cue], free: list[Cue], tag: Cue | None,
                    start: int, end: int) -> tuple[Status, Cue | None]:
    """A figure's own vague cue ("an estimated 500", "the 0.6% forecast") wins; else any source
    in the sentence (unless it passes the figure on as believed or expected); else the
    nearest vague cue of the figure's clause (a vague cue does not reach past "; " or ", but")."""
    if _AN_ESTIMATED.search(prose, max(0, q.start - 40), q.start) or (q.modifier or "").lower().startswith(
        ("an estimated", "a estimated")
    ):
        cue = next((c for c in cues if c.status is Status.VAGUE and c.end <= q.end), None)
        return Status.VAGUE, cue or Cue(Status.VAGUE, q.start, q.start, "an estimated")
    own = next((c for c in cues if c.status is Status.VAGUE and c.end <= q.start
                and _OWN_CUE_GAP.fullmatch(prose, c.end, q.start)), None)
    if own is not None:  # "economists' expectations of a 0.3% rise": the figure's own vague cue
        return Status.VAGUE, own
    forecast = _FORECAST_AFTER.match(prose, q.end)
    if forecast and _THE_BEFORE.search(prose, max(0, q.start - 8), q.start) \
            and not _NAMED_AGENT_AFTER.match(prose, forecast.end()):  # "the 3 pct forecast by the Reagan administration"
        return Status.VAGUE, Cue(Status.VAGUE, forecast.start(), forecast.end(), forecast.group().strip())
    first, last = _clause(prose, q, start, end)
    sources = [c for c in free if not _aside_before(prose, q, c, start) and not _relative_after(prose, q, c, start)
               and not _describes_speaker(prose, q, c)
               and not (c.forward and (c.start > q.start or _OWN_SUBJECT_CLAUSE.search(prose, c.end, q.start)))]
    if tag is not None and tag.start > q.end and sources \
            and all(_PASSIVE_AGENT_AFTER.match(prose, c.end) for c in sources):
        # "A find announced by Chevron may hold reserves of 300 mln barrels, industry analysts
        # said": the participle says who announced the find; the tag, who gives the figure
        return Status.VAGUE, tag
    if sources:
        agentless = [c for c in cues if c.status is Status.VAGUE and first <= c.start < last
                     and _AGENTLESS.match(c.text)]
        # "He said 29% was believed to have been pirated": what the source passes on as
        # believed or expected is vague in the figure's own clause
        # (a closing tag relays what its sentence passes on: "… is projected to be 1.1 billion
        # dlrs in 1990, the company said"; not a figure describing what is expected: "is
        # expected to make the 300 billion dlr a year swap market more efficient, he said",
        # "The 200 mln dlr plant is expected to open in June, the company said")
        relayed = [c for c in agentless if (c.start > sources[0].start or q.end <= sources[0].start and c.end <= sources[0].start)
                   and not _JOIN.search(prose, min(c.end, q.end), max(c.start, q.start))
                   and _reaches(prose, q, c, tag, start)
                   and not _described(prose, q, start)]
        if not relayed and not any(first <= c.start < last for c in sources):
            # "Income is estimated to fall 16 cts, but the company said …": the source speaks
            # in another clause, and the figure's own clause has only its agentless cue
            relayed = agentless
        if _present_level(prose, q, start) or _past_level(prose, q, start) \
                and not _TO_JOIN_INSIDE.search(prose, q.start, q.end):
            relayed = []  # "expected to grow from the current three pct", "… from 100": a record
        return (Status.VAGUE, relayed[0]) if relayed else (Status.SOURCE, sources[0])
    # "an estimated" belongs to its own figure: it makes no other figure vague; an agentless
    # "is expected to" reaches no figure that a comma or another predicate sets apart ("The
    # deficit, which totaled 221 billion dlrs, is expected to decline")
    in_clause = [c for c in cues if c.status is Status.VAGUE and first <= c.start < last
                 and not _AN_ESTIMATED_CUE.fullmatch(c.text)
                 and not (_AGENTLESS.match(c.text) and _another_predicate(prose, q, c))]
    vague = [c for c in in_clause if _reaches(prose, q, c, tag, start)]
    if not vague:
        # a cue of the clause that does not reach the figure still makes the clause its own:
        # "The inflation rate was 11.5 pct and private economists say …" borrows nothing; one
        # in a clause of reason after it does not ("… at 23.2 mln beasts because herd
        # rebuilding is expected to be slower"), nor does a yardstick ("Pre-tax profits rose 15%,
        # ahead of average analysts' forecasts of £532m" continues the company's account)
        own = [c for c in in_clause if not (c.start >= q.end and _SUBORDINATE_BETWEEN.search(prose, q.end, c.start))
               and not _yardstick(prose, c, max(start, c.start - 40))]
        return Status.NONE, (own[0] if own else None)
    current = _present_level(prose, q, start) and all(
        _AGENTLESS.match(c.text) or c.text.lower() == "reportedly" for c in vague)  # "on an existing total 53 billion"
    if (_past_level(prose, q, start) and not all(_SPEECH_CUE.search(c.text) for c in vague)) or current \
            or _background(prose, q, vague, start):
        return Status.NONE, vague[0]  # the clause has its own cue: nothing carries over to it
    before = [c for c in vague if c.start <= q.start]
    return Status.VAGUE, (before[-1] if before else vague[0])


def _reaches(prose: str, q: Quantity, cue: Cue, tag: Cue | None, start: int) -> bool:
    """Whether a vague cue of the figure's clause reaches the figure: not from a clause of its
    own after it ("… 11.5 pct in 1986 and private economists say …", "…, with analysts
    saying …"), not into a relative clause after what it expects ("is expected to meet to
    discuss the proposal, which values the club at £800m") or a clause of reason or contrast
    ("is expected since it would cost billions", "… while GE contributes 2.0 mln"), and from a
    comparison only to the figure compared ("more than analysts had expected"; "the 0.3% rise
    analysts had expected" is theirs; "in line with market expectations, leaving shares at
    499p" gives the 499p no source)."""
    than = _yardstick(prose, cue, max(start, cue.start - 40, q.end if q.end <= cue.start else start))
    if than is not None and not _YARDSTICK_FIGURE.fullmatch(prose, cue.end, q.start):
        # (the yardstick's own figure after its cue is the cue's: "above the projected
        # eurozone average of just above 2%")
        return than.start() < q.start and q.end <= cue.start
    if cue.start >= q.end:
        if cue is tag:
            return True
        if _CLAIM_NOUN_END.search(cue.text):
            return False  # "jumped as much as 15% on speculation that …": the claim's clause only
        if not _SPEECH_CUE.search(cue.text) and _fronted_clause_end(prose, start) in range(q.end, cue.start + 1):
            return False  # "Because the bill would move 2.8 billion dlrs …, the measure is expected to"
        if re.search(r"\sas\Z", cue.text) or _ATTRIBUTIVE_CUE.match(cue.text):
            # "a 27.7 pct drop, previously reported as a 22.4 pct fall", "… to a 7.4 pct drop,
            # from a previously reported 5.8 pct decline": the cue of the figure after it
            return False
        joined = next((j for j in _NEXT_CLAUSE.finditer(prose, q.end, cue.start)
                       if not _BETWEEN_BEFORE.search(prose, max(start, j.start() - 30), j.start())), None)
        if joined is not None and _SUBORDINATE_BETWEEN.fullmatch(joined.group()) and cue.text.lower().startswith("according"):
            return True  # a closing "…, according to traders" covers the clause of reason before it
        # the figure's own clause has its verb: not "Some 300 homes and 40 businesses are thought …"
        return joined is None or joined.group().lstrip().lower().startswith(("and", "but")) \
            and not _FINITE_VERB.search(prose, start, joined.start())
    if not _SPEECH_CUE.search(cue.text) and _fronted_clause_end(prose, start) in range(cue.end, q.start + 1):
        return False  # "Although several new sterling deals are expected, … a 30 mln deal": its clause only
    if _CLAUSE_COMMA.search(prose, cue.end, q.start) and _ASIDE_CUE_BEFORE.search(
            prose, max(start, cue.start - 24), cue.start + (0 if cue.text.startswith("by ") else len(cue.text))):
        return False  # "The SAS move, said by analysts to be a big blow, came …": the aside only
    return not (cue.text.endswith(("to", " at")) and _RELATIVE_BETWEEN.search(prose, cue.end, q.start)) \
        and not (cue.text.endswith(" at") and _OF_WHICH_BETWEEN.search(prose, cue.end, q.start)) \
        and not (not _SPEECH_CUE.search(cue.text) and _REASON_OR_CONTRAST.search(prose, cue.end, q.start))


def _yardstick(prose: str, cue: Cue, lowest: int) -> re.Match | None:
    """The comparison whose yardstick ``cue`` is ("more than bankers and analysts had
    expected"), unless the cue opens a predicate of its own after "and" ("below target in
    March and are expected to reach 3 mln")."""
    than = _THAN_BEFORE.search(prose, lowest, cue.start)
    if than is None or _AND_PREDICATE.search(prose, than.start(), cue.end):
        return None
    return than


def _present_level(prose: str, q: Quantity, start: int) -> bool:
    """Whether ``q`` is the present level, alone: "the current three pct", "an existing total 53
    billion dlrs" (not the range "from the current three pct to 15 pct", which is forecast)."""
    return _CURRENT_BEFORE.search(prose, max(start, q.start - 30), q.start) is not None \
        and not _TO_JOIN_INSIDE.search(prose, q.start, q.end)


def _fronted_clause_end(prose: str, start: int) -> int:
    """Where a fronted clause of reason or concession opening the sentence ends (its comma),
    or -1: "Because the bill would move 2.8 billion dlrs of spending …, the measure …"."""
    fronted = _FRONTED_REASON.match(prose, start)
    return fronted.end() - 1 if fronted else -1


def _past_level(prose: str, q: Quantity, start: int) -> bool:
    """Whether ``q`` is a past or present level set against the figure a cue gives: "expected
    to be about 3,880,000 dlrs, compared to 1,828,000 a year ago", "versus 132,000 week ago
    and 137,000 a year ago", "four to seven pct up on last year's harvested 244,000 ha", "is
    expected to rise to 150 from 100": a record, not the estimate."""
    restated = _RESTATED_BEFORE.search(prose, max(start, q.start - 40), q.start)
    begin = restated.start() if restated else q.start  # "from 1.79 billion or 2.5 pct of GNP"
    if _PAST_OWNER.search(prose, max(start, begin - 32), begin) \
            or _FROM_LEVEL_BEFORE.search(prose, max(start, begin - 90), begin) \
            or _WHEN_WAS_BEFORE.search(prose, max(start, begin - 60), begin):
        return True  # "is expected to rise to 150 from 100": the level the change starts from
    compared = _COMPARED_BEFORE.search(prose, max(start, begin - 90), begin) \
        or _AFTER_LEVEL_BEFORE.search(prose, max(start, begin - 40), begin)
    if compared is None:
        return False
    if compared.groupdict().get("level"):
        return True  # "versus an average of 18.4 pct", "well down on the record 501,800 tonne"
    past = _PAST_AFTER.match(prose, q.end)
    # a year is past only when no year of the sentence before it is earlier: not "forecast at
    # 3 mln tonnes in 1987, compared with 3.5 mln tonnes in 1988"
    return past is not None and not (past.group("year") and any(
        int(year) < int(past.group("year")) for year in _YEAR_MENTION.findall(prose, start, q.start)))


def _background(prose: str, q: Quantity, cues: list[Cue], start: int) -> bool:
    """Whether ``q`` only describes a thing the speakers of vague cues talk about: a figure
    inside a definite noun phrase ("Government sources said the blockage would delay … the
    25 pct withholding tax", "… part of Nigeria's 19 billion dlr foreign debt, bankers said",
    "sold its 20 pct stock for about 180 mln dlrs, according to analysts") is background, not
    what they report (the definition's "its $150 billion debt")."""
    return all(_SPEECH_CUE.search(c.text) or _CLAIM_NOUN_END.search(c.text) or _ACCORDING.match(c.text)
               or (_AGENTLESS.match(c.text) and c.text.endswith(" to") and c.start >= q.end) for c in cues) \
        and _described(prose, q, start)


def _described(prose: str, q: Quantity, start: int) -> bool:
    """Whether ``q`` describes the noun of a definite noun phrase ("the 25 pct withholding
    tax", "Nigeria's 19 billion dlr foreign debt")."""
    return _DEFINITE_BEFORE.search(prose, max(start, q.start - 24), q.start) is not None \
        and _DESCRIBED_NOUN.match(prose, q.end) is not None


def _free_sources(prose: str, cues: list[Cue]) -> list[Cue]:
    """The sentence's source cues but those an agentless cue governs: in "The figures are
    expected to show 13 billion" the document's verb is no source ("Mr Howard is expected to
    say that …" still names who will say it)."""
    governed = {c.start for c in cues for v in cues if v.status is Status.VAGUE and _AGENTLESS.match(v.text)
                and 0 <= c.start - v.end <= 2 and _DOCUMENT_VERB.fullmatch(c.text)}
    return [c for c in cues if c.status is Status.SOURCE and c.start not in governed]


def _closing_tag(prose: str, cues: list[Cue], end: int) -> Cue | None:
    """A vague speech tag that closes the sentence ("…, industry analysts said.")."""
    last = cues[-1] if cues else None
    if last is None or last.status is not Status.VAGUE:
        return None
    tail = _SPEECH_TAG_TAIL if _SPEECH_VERB_END.search(last.text) else _SPEECH_TAG_END
    return last if tail.fullmatch(prose, last.end, end) else None


def _aside_before(prose: str, q: Quantity, cue: Cue, start: int) -> bool:
    """Whether ``q`` sits in an aside on the speaker just before the cue's verb:
    "Metropolitan, with assets of more than two billion dlrs, said …" describes the speaker;
    the figure is background, not what was said ("…, with trade of 113 billion dlrs in 1985,
    according to the coalition" names its source after the aside: no speaker before it)."""
    if cue.start < q.end or _ACCORDING.match(cue.text):
        return False
    comma = prose.rfind(",", start, q.start)
    if comma == -1 or _ASIDE_OPENING.match(prose, comma) is None:
        return False
    if _ASIDE_END.fullmatch(prose, q.end, cue.start):
        return True
    # an aside on the name that opens the sentence, whatever the speaker goes on to do first:
    # "Jones, who won five medals at the 2000 Olympics, denies using drugs and says …"
    closing = prose.find(",", q.end, cue.start)
    return closing != -1 and _OPENING_NAME_SUBJECT.fullmatch(prose, start, comma) is not None \
        and _SAME_SPEAKER_RUN.fullmatch(prose, closing + 1, cue.start) is not None


def _describes_speaker(prose: str, q: Quantity, cue: Cue) -> bool:
    """Whether ``q`` sits in a relative clause on the speaker an inverted tag names, or on
    the speaker's employer: '…," said Geoff Graber, director of Yahoo Games, which attracts
    about 12 million gamers a month' (background, not what he said)."""
    return cue.end <= q.start and _SPEAKER_RELATIVE.fullmatch(prose, cue.end, q.start) is not None \
        and _INVERTED_TAG_BEFORE.search(prose, max(0, cue.start - 3), cue.start) is not None


def _relative_after(prose: str, q: Quantity, cue: Cue, start: int) -> bool:
    """Whether the cue speaks in a relative or time clause after the figure: in "Sudan is some
    500 mln dlrs in arrears to the IMF, which declared it ineligible for fresh loans" the IMF
    declares something else, and in "Bieber was cheered by some 3,000 delegates when he
    declared …" he does not count them."""
    return cue.start >= q.end and _RELATIVE_BEFORE.search(prose, max(q.end, cue.start - 40), cue.start) is not None


def _another_predicate(prose: str, q: Quantity, cue: Cue) -> bool:
    """Whether an agentless cue and a figure sit in different predicates: "grew 2.6% last
    year and is forecast to …", "is expected to decline … and would fall to 140 billion",
    "The deficit, which totaled 221 billion dlrs, is expected to …"."""
    if q.end <= cue.start:  # the figure first: up to the cue's own verb
        between = prose[q.end : cue.start]
        parenthetical = cue.text.lower().startswith("it ")  # "…, it is estimated."
        return bool(_NEW_PREDICATE.search(prose, q.end, cue.end)
                    or (between.rstrip().endswith(",") and not parenthetical))
    return bool(_NEW_PREDICATE.search(prose, cue.end, q.start))


def _near(cues: list[Cue], start: int, end: int) -> list[Cue]:
    """The cues (in order) that start within ``start``…``end``."""
    if not cues or (cues[0].start >= start and cues[-1].start < end):
        return cues
    return cues[bisect_left(cues, start, key=_CUE_START):bisect_left(cues, end, key=_CUE_START)]


_CUE_START = attrgetter("start")


def _clause(prose: str, q: Quantity, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause holding ``q``: the sentence cut at "; " and ", but"-style joins."""
    first, last = start, end
    for match in CLAUSE_BREAK.finditer(prose, start, end):
        if match.end() <= q.start:
            first = match.end()
        elif match.start() >= q.end:
            return first, match.start()
    return first, last

