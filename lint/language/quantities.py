"""pyparsing grammar parts for numbers and quantities, shared by the statistic and date kinds.

Small named parts (digits, number words, scales, currencies, units, modifiers) compose
into :data:`QUANTITY`.  The grammar is written with pyparsing and runs as one regex that
matches what pyparsing matches (:mod:`corpuslint.pegregex`), several times faster.
Scanning a whole article with the grammar would try every character, so
:func:`find_quantities` jumps to candidate positions found by two fast regexes
(:func:`candidate_starts`) and runs the grammar only there.  Shortcuts keep parsing rare,
none changing what is found:

* a number standing alone (nothing after it that a scale, unit, range or fraction could
  start with) is handed to the caller's ``reject`` check before any parsing, and the
  grammar parses each distinct spelling of such a number once (cached);
* a candidate at a digit or currency sign is parsed with :data:`NUMERAL_QUANTITY`, the
  only alternatives of :data:`QUANTITY` that can start there;
* leaf alternatives (digits and glued scale, per cent, currency and measure words) are
  single regexes, and the grammar is streamlined.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import pyparsing as pp

from corpuslint.language.pegregex import Parsed, RegexGrammar
from corpuslint.text.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_TENS, NUMBER_UNITS

pp.ParserElement.set_default_whitespace_chars(" \t\n")


def words(*phrases: str, name: str, compounds: tuple[str, ...] = ()) -> pp.ParserElement:
    """Case-insensitive whole-word alternatives, longest first; spaces match any whitespace.
    A hyphen after the word ends it only before one of ``compounds`` ("pct-owned")."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    end = rf"(?![\w]|-(?!(?:{'|'.join(compounds)})\b))" if compounds else r"(?![\w-])"
    return pp.Regex(rf"(?i:(?:{body})){end}").set_name(name)


UNITS = list(NUMBER_UNITS)
TENS = list(NUMBER_TENS)
WORD_VALUES = {w: i + 1 for i, w in enumerate(UNITS)} | {w: 20 + 10 * i for i, w in enumerate(TENS)}
MONTHS = [*MONTH_NAMES, *MONTH_ABBREVIATIONS]
SCALE_VALUES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mln": 1e6,
    "bln": 1e9,
    "bn": 1e9,
    "m": 1e6,
    "mn": 1e6,
    "k": 1e3,
    "tn": 1e12,
    "trn": 1e12,
}

# --- numbers ------------------------------------------------------------------------------
DIGITS = pp.Regex(
    r"(?<![\w.,])\d+-\d{1,2}/\d{1,2}(?![\d/])"
    # a wire fraction before its unit: "3/4 pct", "1/8 point" (a date's "3/4" has no unit)
    r"|(?<![\w.,/-])(?:\d+\s)?\d{1,2}/\d{1,2}(?![\d/])(?=\s?(?:pct|percent|per\scent|%|points?|dlrs?|cts|cents)\b)"
    r"|(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])"
    r"|(?<![\w.,])\d+(?:\.\d+)?(?![\d])"
).set_name("digits")
# a tally of times or caps and a crowd's strength count ("two-time champion", "the
# 300-strong crowd"); "a one-time charge" happens once, it counts nothing
_COUNTING_COMPOUND = r"-(?:time|times|cap|caps|strong)\b(?<![Oo]ne-time)(?<![Oo]ne-times)"
NUMBER_WORD = pp.Regex(
    rf"(?i:(?:{'|'.join(TENS)})(?:[- ](?:{'|'.join(UNITS[:9])}))?|{'|'.join(UNITS)})"
    rf"(?!\w)(?!-(?!{_COUNTING_COMPOUND[1:]}))"
).set_name("number word")
ARTICLE_NUMBER = words(
    "a dozen",
    "a hundred",
    "a thousand",
    "a million",
    "a billion",
    "half a dozen",
    "a couple of",
    name="article number",
)
SCALE_WORD = words(
    "hundred thousand",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "mln",
    "bln",
    "dozen",
    name="scale word",
)
SCALE_SUFFIX = pp.Regex(r"(?:bn|mn|m|k|tn|trn|mln|bln)(?![\w])").set_name("scale suffix")
# pence and cents glued on ("306p", "45c"); not a video resolution ("1080p")
SUBUNIT_SUFFIX = r"(?<!\b480)(?<!\b720)(?<!\b1080)(?<!\b2160)[pc](?![\w])"
# digits with a scale or subunit suffix glued on ("4.2m", "3bn", "306p"), in one regex for speed
NUMERAL = pp.Regex(rf"(?:{DIGITS.pattern})(?:{SCALE_SUFFIX.pattern}|{SUBUNIT_SUFFIX})?").set_name("numeral")
NUMBER = ((NUMERAL | NUMBER_WORD | ARTICLE_NUMBER) + pp.Optional(SCALE_WORD)).set_name("number")

# --- units ---------------------------------------------------------------------------------
CURRENCY_PREFIX = pp.Regex(r"(?:US|A|C|NZ|HK|S)?\$|[£€¥₹₽]|(?:Rs|Dh|R)\.?(?=\s?\d)").set_name("currency")
CURRENCY_WORD = words(
    # a currency named by its country: "10,000 Canadian dlrs", "425.00 U.S. Dlrs"
    *(f"{country} {unit}" for country in ("U.S.", "US", "Canadian", "Can", "Australian", "Hong Kong", "H.K.",
                                          "New Zealand", "N.Z.", "Singapore", "Taiwan")
      for unit in ("dlrs", "dollars", "dlr", "dollar", "cents", "cts")),
    *(f"{country} francs" for country in ("Swiss", "French", "Belgian", "Luxembourg", "cfa", "CFA")),
    *(f"{country} crowns" for country in ("Danish", "Swedish", "Norwegian")),
    "euro cents", "euros cents", "European Currency Units", "European Currency Unit",
    "dlrs",
    "dlr",
    "dollars",
    "dollar",
    "pounds sterling",
    "pounds",
    "euros",
    "euro",
    "yen",
    "francs",
    "marks",
    "lire",
    "stg",
    "cts",
    "cnts",
    "cnt",
    "cents",
    "pence",
    "rupees",
    "yuan",
    "roubles",
    "rubles",
    "riyals",
    "dinars",
    "pesos",
    "crowns",
    "guilders",
    "pesetas",
    "franc",  # "the three billion franc stake"
    "schillings",
    "shillings",
    "kroner",
    "kronor",
    "rand",
    "baht",
    "ringgit",
    "rupiah",
    "naira",
    "ecus",
    "punts",  # Irish pounds
    "punt",
    "fen",  # a hundredth of a yuan
    name="currency word",
)
PERCENT_WORD = words(  # a share of a company: "a 59.5 pct-owned subsidiary" is "59.5 pct"
    "per cent", "percent", "pct", "percentage points", "percentage point", "basis points", "basis point",
    name="per cent",
    compounds=("owned", "owner"),
)
PERCENT_SIGN = pp.Regex(r"%|‰").set_name("per cent sign")
PERCENT = (PERCENT_SIGN | PERCENT_WORD).set_name("percent")
MEASURE_UNITS = (
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "feet",
    "ft",
    "inches",
    "cm",
    "mm",
    "tonnes",
    "tonne",
    "tons",
    "ton",
    "kg",
    "kilos",
    "kilograms",
    "grams",
    "lb",
    "lbs",
    "troy ounces",
    "troy ounce",
    "ounces",
    "oz",
    "barrels",
    "barrels per day",
    "dwt",  # a ship's deadweight tonnage
    "bpd",
    "bushels",
    "acres",
    "hectares",
    "ha",  # "180,000 ha"
    "square miles",
    "square kilometres",
    "sq km",
    "litres",
    "liters",
    "gallons",
    "mph",
    "km/h",
    "kph",
    "knots",
    "degrees",
    "megawatts",
    "MW",
    "gigawatts",
    "GW",
    "kWh",
    "calories",
    "carats",
    "bytes",
    "GB",
    "MB",
    "TB",
    "kilobytes",
    "megabytes",
    "gigabytes",
    "terabytes",
    # rates, frequencies, power and computing speed: "1.25gbps", "a 3GHz chip", "70.72 teraflops"
    "kbps",
    "mbps",
    "gbps",
    "kbit/s",
    "mbit/s",
    "gbit/s",
    "megabits",
    "gigabits",
    "MHz",
    "GHz",
    "kW",
    "kilowatts",
    "watts",
    "gigaflops",
    "teraflops",
    "petaflops",
    "megapixels",
    "megapixel",  # "a 1.3 megapixel camera"
)
MEASURE = words(*MEASURE_UNITS, name="unit of measure")

# --- quantities -----------------------------------------------------------------------------
MODIFIER_PHRASES = (
    "more than", "over", "at least", "nearly", "almost", "about", "around", "up to",
    "as many as", "as much as", "fewer than", "less than", "some", "an estimated", "just over",
    "just under", "roughly", "approximately", "close to", "upwards of", "at most", "well over",
    "well above", "under", "below", "above", "no more than", "no less than", "no fewer than", "not more than", "just above",
    "just below", "near", "in excess of", "a maximum of", "a minimum of", "up to a maximum of",
    "up to a limit of", "as high as", "as low as",
)  # "only" and "just" alone stay outside the span: "In 2003 only 4%" is "4%"
MODIFIER = words(*MODIFIER_PHRASES, name="modifier")("modifier")
# PERCENT | CURRENCY_WORD | MEASURE, in one regex for speed
UNIT = pp.Regex("|".join((PERCENT_SIGN.pattern, PERCENT_WORD.pattern, CURRENCY_WORD.pattern, MEASURE.pattern,
                          r"cent(?![\w-])",  # "0.50 cent a gallon", in lower case only: not "50 Cent"
                          # Korea's won after a scale word only: "7,767.8 billion won" (not "won 3-1")
                          r"(?:(?<=billion )|(?<=million )|(?<=mln )|(?<=bln )|(?<=trillion ))won(?![\w'’-])"
                          r"(?!\s+by\b)")))
AMOUNT = (pp.Optional(CURRENCY_PREFIX) + NUMBER + pp.Optional(UNIT.set_name("unit"))).set_name("amount")
RANGE_JOIN = pp.Regex(r"(?:-|–|—|to(?![\w-])|and(?![\w-]))").set_name("range join")
# an amount's conversion in brackets between a range's bounds: "between $20 (£10.40) to $30"
CONVERSION = pp.Regex(r"\(\s*(?:US|A|C|NZ|HK|S)?[£$€¥]\s?[\d.,]*\d(?:\s?(?:bn|m|k|million|billion))?\s*\)").set_name(
    "conversion")
# "between X and Y" (also "between zero and 100 pct"), "from X to Y" (not "from 79.08 billion and
# 66.93 billion respectively": two starting levels)
FROM_JOIN = pp.Regex(r"(?:-|–|—|to(?![\w-]))").set_name("range join")
RANGE = (words("between", name="range start") + (AMOUNT | words("zero", "nil", name="zero"))
         + pp.Optional(CONVERSION) + RANGE_JOIN + AMOUNT
         | words("from", name="range start") + AMOUNT + pp.Optional(CONVERSION) + FROM_JOIN + AMOUNT
         ).set_name("range")
AMOUNT_OR_RANGE = (AMOUNT + pp.Optional(pp.Regex(r"(?:-|–|to(?![\w-])|or(?![\w-]))") + AMOUNT)).set_name(
    "amount or range"
)
FRACTION_WORD = words(
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "sixth",
    "tenth",
    "tenths",
    name="fraction word",
)
DIGIT_FOLD = pp.Regex(r"\d+-fold(?![\w-])").set_name("digit multiplier")
# any number of times before what it multiplies: "eight times more than the number two",
# "12 times the level" (not "capped 20 times for Wales", a tally)
_MULTIPLIED = (r"(?=\s+(?:more|less|fewer|higher|lower|bigger|larger|greater|smaller|faster|slower|cheaper|"
               r"dearer|longer|shorter|as|the(?!\s+(?:previous|following|same|next|last|past|first)\b)|that|what|its|their|his|her|over(?!\s+(?:the|a|an|\d+|two|three|four|five|six)\b)|"
               r"(?:last|this|a)\s+year['’]s)\b)")  # "about three times last year's weekly inspections"
_WHOLE_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)"  # "1,000" or "1000"
# a ratio in digits: "10 out of 82 members" (one figure)
DIGIT_OUT_OF = pp.Regex(rf"{_WHOLE_NUMBER}\s+out\s+of\s+(?:every\s+)?{_WHOLE_NUMBER}(?![\d,]\d)").set_name("digit ratio")
DIGIT_TIMES = pp.Regex(rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s+(?i:times){_MULTIPLIED}").set_name("digit multiplier")
MULTIPLIER = (
    words(
        "twice", "double", "triple", "doubled",
        "doubling", "tripled", "tripling", "trebled", "quadrupled", "halved", "halving", name="multiplier",
    )
    | pp.Regex(rf"(?i:(?:{'|'.join(UNITS + TENS)}|hundred)fold)(?![\w-])")
    | DIGIT_FOLD
    | pp.Regex(rf"(?i:(?:{'|'.join(UNITS + TENS)})\s+times){_MULTIPLIED}")
    | DIGIT_TIMES
).set_name("multiplier")
# "went to number one in 2000 with …": a year, not the second term of a ratio ("one in 2000
# people" is one)
YEAR_IN = pp.Regex(r"(?<=[Nn]umber one in )(?:1[89]|20)\d\d(?=\s*(?:[,.;:)]|\Z|\s(?:with|and|when|after|before|at|in|on|to|"
                   r"for|the|a|an|but|as|while|until|from|by)\b))").set_name("year")
FRACTION = (
    pp.Regex(r"(?i:(?:one|two|three|four|five|seven|nine)-(?:thirds?|quarters?|fifths?|tenths?))")
    | (
        words("a", "one", "two", "three", "four", "about a", "about one", name="count")
        + FRACTION_WORD
        + ~words(
            "quarter", "round", "place", "half", "time", "term", "party", "parties", "person", "or",
            "straight", "consecutive", "successive", "generation", name="ordinal use",
        )
        + pp.Optional(
            words(
                "a percentage point", "percentage point", "a per cent", "a percent", "a million", "a billion",
                "of a percentage point", "of a point", "a point",  # "one quarter of a point"
                name="fraction of",
            )
        )
    )
    | words("half", name="half")
    + (
        words("a percentage point", "a per cent", "a percent", "a million", "a billion", "a dozen", "a point",
              name="half a")
        + pp.Optional(CURRENCY_WORD)  # "half a billion dlrs"
        | pp.FollowedBy(words("of", "a", "an", "the", "its", "their", "all", name="half of"))
    )
    | words("quarter-point", "half-point", "quarter-percentage-point", "half-percentage-point",
            "half percentage point", name="point")
    | NUMBER_WORD + words("in", "out of every", "out of", name="ratio")
    + ~YEAR_IN + (DIGITS | NUMBER_WORD)
    | MULTIPLIER
).set_name("fraction")
MONEY_VERBS = (
    "spend spends spent spending cost costs costing lose loses lost losing raise raises raised raising earn earns "
    "earned earning pay pays paid paying invest invests invested investing save saves saved saving owe owes owed "
    "generate generates generated generating worth seek seeks seeking sought"
).split()
_AFTER_MONEY_VERB = "(?:" + "|".join(rf"(?<=\b{verb} )" for verb in MONEY_VERBS) + ")"
VAGUE = (
    words(
        "tens of thousands",
        "hundreds of thousands",
        "tens of millions",
        "hundreds of millions",
        "tens of mlns", "hundreds of mlns", "tens of billions", "hundreds of billions",  # wire "mlns of dlrs"
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        name="vague quantity",
    )
    + pp.FollowedBy(words("of", name="of"))
    # a crowd as the subject of what it did: "Thousands braved the cold", "Hundreds were hurt"
    | pp.Regex(r"(?i:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|hundreds|thousands|millions)"
               r"(?=\s+(?:more\s+)?(?:were|are|have|had|will|would|could|may|might|braved|gathered|marched|"
               r"queued|flocked|lined|packed|attended|died|fled|joined|signed|protested|rallied|took|turned|"
               r"poured|crowded|waited|watched|demonstrated|remain|remained|lost|left)\b)")
    # a sum as the object of a verb of money: "spend millions on video games", "lost billions"
    # (not "known to millions", "in the millions")
    | pp.Regex(r"(?i:" + _AFTER_MONEY_VERB + r"(?:(?:tens|hundreds)\s+of\s+)?(?:millions|billions))(?![\w-])")
    # "a multi-million pound industry": a scale with no number
    | pp.Regex(r"(?i:multi-?(?:million|billion)(?:\s+(?:pounds?|dollars?|euros?|dlrs?))?)(?![\w-])")
).set_name("vague quantity")
QUANTITY = (pp.Optional(MODIFIER) + (VAGUE | RANGE | FRACTION | AMOUNT_OR_RANGE)).set_name("quantity")
# all QUANTITY can be when it starts at a digit or a currency sign with no modifier before
NUMERAL_QUANTITY = (DIGIT_FOLD | DIGIT_TIMES | DIGIT_OUT_OF | AMOUNT_OR_RANGE).set_name("numeral quantity")
MODIFIED_NUMERAL = (MODIFIER + NUMERAL_QUANTITY).set_name("modified numeral")
# flattened before they are compiled into regexes
QUANTITY.streamline()
NUMERAL_QUANTITY.streamline()
MODIFIED_NUMERAL.streamline()
_AS_REGEX = {id(element): RegexGrammar(element)
             for element in (QUANTITY, NUMERAL_QUANTITY, MODIFIED_NUMERAL, AMOUNT)}

# --- candidates -------------------------------------------------------------------------------
# Digits and currency signs: a pattern opening with a character set, which the regex engine
# skips ahead to quickly.  Number words: see _NUMBER_WORD_START.
_NUMERAL = re.compile(r"[\d£€¥₹₽$]\d*")
_WORD_OPENERS = (
    *(f"{w}(?:fold)?" for w in UNITS + TENS),
    r"a\s+(?:dozen|couple|third|quarter|fifth|tenth|hundred|thousand|million|billion)",
    "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "half", "twice",
    r"quarter-(?:percentage-)?point", "hundredfold", "double", r"doubl(?:ed|ing)", r"tripl(?:e|ed|ing)",
    "trebled", "quadrupled", r"halv(?:ed|ing)", r"multi-?(?:million|billion)",
    "zero",  # a range's lower bound: "between zero and 100 pct"
)


def _by_initial(alternatives: tuple[str, ...]) -> str:
    """One branch per initial letter, ``o(?:ne|...)``, longest alternative first."""
    groups: dict[str, list[str]] = {}
    for alternative in sorted(alternatives, key=len, reverse=True):
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


# Matched case-sensitively in lowered text, twice as fast as a case-insensitive match.  Not
# before a hyphenated word the grammar cannot continue with ("two-year", "half-time").
_NUMBER_WORD_START = re.compile(
    rf"\b(?:{_by_initial(_WORD_OPENERS)})\b(?!-(?!(?:{'|'.join(UNITS[:9])}|"
    rf"thirds?|quarters?|fifths?|tenths?|point|percentage)\b|{_COUNTING_COMPOUND[1:]}))"
)
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_DOLLAR_LETTERS = re.compile(r"\b(?:US|A|C|NZ|HK|S)\Z")  # "A$8.4bn" starts at the "A"
# a modifier (or the start of a range) just before a candidate number
_MODIFIER_BEFORE = re.compile(
    r"(?i:\b(?:"
    + "|".join(r"\s+".join(p.split()) for p in (*MODIFIER_PHRASES, "between", "from"))
    + r")\s+)\Z"
)
_MODIFIER_ENDS = frozenset(p.split()[-1] for p in (*MODIFIER_PHRASES, "between", "from"))
# a number alone (what NUMBER matches without a scale), and what could extend it into a longer
# quantity: a scale, unit, currency, per cent, fraction, ratio, multiplier or range
_BARE = re.compile(rf"(?:{DIGITS.pattern})|(?:{NUMBER_WORD.pattern})")
_EXTENDS = re.compile(
    rf"\s*(?:[-–]\s*(?:[^\sa-z]|a\s|fold\b|{NUMBER_WORD.pattern})|[%‰]|{SCALE_SUFFIX.pattern}|"
    rf"(?<=\d){SUBUNIT_SUFFIX}|"
    r"(?i:in|to|or|times|out\s+of)(?![\w-])|cent(?![\w-])|"
    + "|".join(e.pattern for e in (SCALE_WORD, PERCENT_WORD, CURRENCY_WORD, MEASURE, FRACTION_WORD))
    + ")"
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    kind: str  # count, money, percent, measure, fraction, vague
    value: float | None
    modifier: str | None

    def moved(self, offset: int) -> Quantity:
        """The same quantity ``offset`` characters further on."""
        return Quantity(self.start + offset, self.end + offset, self.kind, self.value, self.modifier)


# wire prices: "1-1/2" is one and a half, "3/4" three quarters
_MIXED_FRACTION = re.compile(r"(?:(\d+)-)?(\d+)/(\d+)\Z")
_SPACED_FRACTION = re.compile(r"(\d)\s+(\d{1,2}/\d{1,2})")


def _number(text: str) -> float | None:
    """The value of digits ("4.2", "1-1/2"), or None."""
    mixed = _MIXED_FRACTION.match(text)
    if mixed:
        whole, numerator, denominator = (int(group or 0) for group in mixed.groups())
        return whole + numerator / denominator if denominator else None
    try:
        return float(text)
    except ValueError:
        return None


def _value(tokens: list[str]) -> float | None:
    value, scale = None, 1.0
    for token in tokens:
        low = token.lower()
        if "/" in low:
            low = _SPACED_FRACTION.sub(r"\1-\2", low)  # "11 3/4" is 11-3/4, not 113/4
        low = low.replace(",", "").replace("\u00a0", "").replace(" ", "")
        if value is None:
            low = _SUBUNIT.sub("", low)
            suffix = _SUFFIX.search(low)
            number = _number(low[: suffix.start()] if suffix else low)
            if number is not None:
                value = number
                if suffix:
                    scale *= SCALE_VALUES[suffix.group()]
                continue
            first = low.split("-")[0]
            if first in WORD_VALUES:
                value = float(WORD_VALUES[first]) + sum(
                    WORD_VALUES.get(p, 0) for p in low.replace("-", " ").split()[1:]
                )
                continue
        if low in SCALE_VALUES:
            scale *= SCALE_VALUES[low]
    return None if value is None else value * scale


def _kind(low: str) -> str:
    if _PERCENT_TEXT.search(low):
        return "percent"
    return "money" if _MONEY_TEXT.search(low) else "count"


_SUFFIX = re.compile(r"(?:bn|mn|m|k|tn|trn|mln|bln)\Z")
_SUBUNIT = re.compile(r"(?<=\d)[pc]\Z")
_PERCENT_TEXT = re.compile(r"%|per ?cent|pct|percentage|basis points")
_MONEY_TEXT = re.compile(
    r"[£€¥₹$]|\d[pc]\Z|dlrs?|dollar|pound|euro|yen|franc|mark|lire|stg|cts|cent|pence|rupee|"
    r"yuan|roubl|rubl|riyal|dinar|peso|crown|guilder|sc?hilling|kron|rand|baht|ringgit|rupiah|naira|ecu|punt|\bfen\b"
)
_VAGUE_TEXT = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|billions)\Z|\bmulti-?(?:million|billion)")
_FRACTION_TEXT = re.compile(r"half|halv|third|quarter|fifth|tenth|twice|times|doubl|tripl|trebl|quadrupl|fold|\bin\b|"
                            r"\bout of\b")


def parse_at(text: str, start: int, element: pp.ParserElement = QUANTITY, end: int | None = None) -> Parsed | None:
    """Parse one quantity (or ``element``, one of the parts compiled above) starting exactly at
    ``start`` and ending by ``end``."""
    return _AS_REGEX[id(element)].parse(text, start, end)


def find_quantities(
    prose: str,
    start: int = 0,
    end: int | None = None,
    reject: Callable[[Quantity], bool] | None = None,
    starts: Sequence[int] | None = None,
) -> list[Quantity]:
    """All quantity mentions in ``prose[start:end]``, longest match at each candidate.

    Quantities for which ``reject`` returns True are left out.  A number standing alone (no
    modifier, scale, unit or range can extend it) goes to ``reject`` before any parsing, so
    ``reject`` must judge a quantity by its offsets and context only.  ``starts`` are the
    range's offsets from :func:`candidate_starts`, when the caller found them for a larger text.
    """
    end = len(prose) if end is None else end
    found: list[Quantity] = []
    covered = start
    for pos in candidate_starts(prose, start, end) if starts is None else starts:
        if pos < covered:
            continue
        pos = _currency_start(prose, pos, covered)
        first = _modifier_start(prose, pos, covered)
        bare = _bare(prose, pos, end) if first == pos else None
        if bare is not None:
            points = _with_points(prose, bare, start, end, fractions=True)
            if reject is None or not reject(points or bare):
                found.append(points or _parse_bare(prose[pos : bare.end]).moved(pos))
            covered = (points or bare).end
            continue
        if _YEAR_THEN_TO.match(prose, pos) and (
                first == pos and _YEAR_PREPOSITION.search(prose, max(covered, pos - 8), pos)
                or _OVER_AFTER_FIGURE.search(prose, max(0, pos - 16), pos)):
            continue  # "rose in 2004 to 33.22 mln": a year, then the figure; no range
        parsed = parse_at(prose, first, _element(prose, first, pos))
        if parsed is None and first != pos:
            first, parsed = pos, parse_at(prose, pos)
        if parsed is None:
            continue
        if _OR_JOIN.search(prose, pos, parsed.end):
            # "38 or 39 pct" is a range; "$5m or 10% of the budget" restates one amount in another unit
            alone = parse_at(prose, pos, AMOUNT)
            if alone is not None and _OR_JOIN.match(prose, alone.end) and (
                    _WITH_UNIT.search(prose, pos, alone.end)
                    or _YEAR_ALONE.fullmatch(prose, pos, alone.end) and _WITH_UNIT.search(prose, alone.end, parsed.end)):
                parsed = parse_at(prose, first, _element(prose, first, pos), end=alone.end) or parsed
        ranged = _RANGE_WORD.match(prose, first)  # "between 10 and 20", "ranged from 12.75 pct to 11.25"
        if ranged and ranged.group().lower() == "from" and (
                _CHANGE_BEFORE.search(prose, max(covered, first - 48), first)
                or _CHANGE_NOUN_BEFORE.search(prose, max(covered, first - 48), first)):
            start_level = parse_at(prose, pos, AMOUNT)  # "fell from 785 to 708": two levels, no range
            if start_level is not None and _TO_AFTER.match(prose, start_level.end) \
                    and _own_scale_or_none_shared(prose, start_level, parsed):
                first, parsed, ranged = pos, start_level, None
        changed = _CHANGE_BEFORE.search(prose, max(covered, pos - 40), pos) is not None or (
            _LISTED_MOVE_BEFORE.search(prose, max(covered, pos - 60), pos) is not None
            and _CHANGE_VERB.search(prose, max(start, pos - 400), pos) is not None)
        split = _change_then_level(prose, pos, _BY_BEFORE.search(prose, max(covered, pos - 4), pos) is not None,
                                   changed) if not ranged and _TO_JOIN.search(prose, pos, parsed.end) else None
        if split is not None:  # the change alone, with its modifier: no range reaches the level
            parsed = parse_at(prose, first, _element(prose, first, pos), end=split) or parsed
        quantity = _classify(prose, first, first + len(prose[first : min(parsed.end, end)].rstrip()), parsed)
        open_bound = _OR_MORE.match(prose, quantity.end, end)
        if open_bound:  # "a large round, two billion dlrs or more, of customer repurchase agreements"
            quantity = replace(quantity, end=open_bound.end(),
                               modifier=quantity.modifier or " ".join(open_bound.group().split()))
        quantity = _with_points(prose, quantity, start, end) or quantity
        if reject is None or not reject(quantity):
            found.append(quantity)
        covered = quantity.end
    return found


_OR_MORE = re.compile(r"\s+or\s+(?:more|less|fewer|so)\b(?!\s+than\b)")
# an index's, a bond's or a stock's move in points: "The Dow Jones Industrial Average fell 23
# points", "ATT's stock is up 1/4 points"
_MARKET_BEFORE = re.compile(r"(?i)\b(?:index|industrial\s+average|dow|ftse|footsie|nikkei|dax|cac|hang\s+seng|s&p|nasdaq|"
                            r"bonds?|treasur(?:y|ies)|futures|long\s+bond|gilts?|stocks?|shares)\b"
                            # … in the figure's own clause: not "Shares rose after Jordan scored 40 points"
                            r"(?![^;]*?(?:;|\b(?:after|while|when|because|but|whereas|although|though)\b))")


def _with_points(prose: str, q: Quantity, start: int, end: int, fractions: bool = False) -> Quantity | None:
    """``q`` with the points after it, when they are a move's and not a player's: a count an
    index, a bond or a stock moved by ("The Dow Jones Industrial Average fell 23 points" is
    "23 points"), or with ``fractions`` a wire fraction of a point, whatever moved ("a 1/16
    point drop")."""
    points = _POINTS_AFTER.match(prose, q.end, end)
    if points is None:
        return None
    fraction = fractions and "/" in prose[q.start:q.end]
    market = q.kind == "count" and _MARKET_BEFORE.search(prose, max(start, q.start - 80), q.start) is not None
    return replace(q, end=points.end(), kind="measure") if fraction or market else None


def _own_scale_or_none_shared(prose: str, start_level: Parsed, whole: Parsed) -> bool:
    """Whether the level a change started from stands alone: it has its own scale or shares
    none ("from 5 mln dlrs to 7 mln dlrs", "from 785 to 708", "from 73,164 to 35,910 tonnes"),
    not one it shares with the level reached ("rose from 10 to 20 billion dlrs" is a range of
    billions)."""
    return len(start_level.tokens) > 1 or not _SCALE_TEXT.search(" ".join(whole.tokens).lower())


def _change_then_level(prose: str, pos: int, by: bool, changed: bool) -> int | None:
    """Where the change ends in "rose 16% to 18 pence", "fell 5 pct to 30 mln dlrs" (a
    percentage change, then the level it reached); after "by" in "fell by 600,000 to 5.9
    million", "raised by 0.5 pct to 3.5 pct" (the change has a unit or scale of its own, is
    written out in full where the level has a scale word, or is not below it); after a verb of
    change in "fell 1.17 billion dlrs to 4.63 billion dlrs" (the change has its own unit) and
    "fell 61.07 to 2,713.81", "rose 1-1/8 to 74-1/2", "dropped 3-1/2 to 28-3/8" (neither has a
    unit, and the change is not below the level, is far below it or is a price in eighths).  None for a range: "rose by 5 to 10 pct", "rose
    5% to 10%", "rose 1 to 10 pct", "lost 2 million to 3 million dlrs"."""
    change = parse_at(prose, pos, AMOUNT)
    to = _TO_AFTER.match(prose, change.end) if change is not None else None
    if to is None:
        return None
    level = parse_at(prose, _NON_SPACE.search(prose, to.end()).start(), AMOUNT)
    low, high = _value(change.tokens), _value(level.tokens) if level is not None else None
    if low is None or high is None:
        return None
    first, second = (" ".join(p.tokens).lower() for p in (change, level))
    percent_first, percent_second = bool(_PERCENT_TEXT.search(first)), bool(_PERCENT_TEXT.search(second))
    own_unit = len(change.tokens) > 1 and not _CURRENCY_ONLY.fullmatch(change.tokens[0])
    written_out = low >= 1000 and len(level.tokens) > 1
    unit_first, unit_second = _UNIT_TEXT.search(first), _UNIT_TEXT.search(second)
    after_by = by and (own_unit or written_out or low >= high)
    after_verb = changed and ((unit_first and not (percent_first and percent_second))
                              or (not unit_first and not unit_second
                                  and (low >= high or high >= 10 * low
                                       or (_PRICE_FRACTION.search(second) and high > 3 * low
                                           and not _POINTS_AFTER.match(prose, level.end)))))
    if (percent_first and not percent_second) or after_by or after_verb:
        return pos + len(prose[pos:change.end].rstrip())
    return None


_TO_JOIN = re.compile(r"\sto\s")
_OR_JOIN = re.compile(r"\s*\bor\s+")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d\s*")  # "in 1986 or 1.8 pct": a year, then a restated figure
_WITH_UNIT = re.compile(r"[£$€¥%]|\d\s?(?:bn|m|mln|bln|k)\b|(?i:\b(?:pct|per\s?cent|dlrs?|cts|cents|stg|yen|pence|pounds|"
                        r"tonnes|million|billion|mln|bln)\b)")
_PRICE_FRACTION = re.compile(r"\d-\d+/\d+")  # a share price in eighths: "dropped 3-1/2 to 28-3/8"
_POINTS_AFTER = re.compile(r"\s+points?\b")  # "bonds rose 1-1/2 to 2 points": a range of changes
# a unit, not a scale alone: a currency, per cent or a measure ("dlrs", "pence", "pct", "tonnes")
_UNIT_TEXT = re.compile(_PERCENT_TEXT.pattern + "|" + _MONEY_TEXT.pattern + "|"
                        + "|".join(rf"\b{re.escape(u.lower())}\b" for u in MEASURE_UNITS))
_RANGE_WORD = re.compile(r"(?i:from|between)\b")
_SCALE_TEXT = re.compile(r"(?:\b|(?<=\d))(?:million|billion|trillion|mln|bln|bn|m)\b")
_NON_SPACE = re.compile(r"\S|\Z")
_CURRENCY_ONLY = re.compile(r"[£$€¥]|(?:US|A|C|NZ|HK|S)\$")
# a year, then "to" and an amount that no year could be (a decimal, a scale or a unit)
_YEAR_THEN_TO = re.compile(r"(?:19|20)\d\d\s+to\s+[$£€¥]?\d[\d,]*(?:\.\d+|\s*(?:%|pct|per\s*cent|mln|bln|"
                           r"million|billion|bn|m\b|dlrs|stg|yen|marks|francs|tonnes|tons))")
_YEAR_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+\Z")
# "rose 1.5 pct over 1986 to 390 mln tonnes": over a year, right after a figure
_OVER_AFTER_FIGURE = re.compile(r"(?:\d|%|pct|cent|dlrs|stg|tonnes)\s+over\s+\Z")
_BY_BEFORE = re.compile(r"\b[Bb]y\s+\Z")
# a verb of change with up to three words between ("fell", "raised butane prices"; not "gains of 1
# to 3 cents", a noun before a range), or a price that "closed up"
_CHANGE_BEFORE = re.compile(r"(?:\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|gained|gains|"
                            r"lost|loses|climbed|climbs|dropped|drops|slipped|slips|eased|eases|jumped|jumps|"
                            r"raised|raises|cut|cuts|lowered|lowers|increased|increases|decreased|decreases|"
                            r"added|adds|shed|sheds|firmed|weakened|declined|declines|grew|grows|soared|soars|"
                            r"plunged|plunges|tumbled|tumbles|surged|surges|slumped|slumps|dipped|dips|"
                            r"reduced|reduces|boosted|boosts|narrowed|narrows|widened|widens|advanced|advances|went|moved)"
                            r"(?!\s+of\b)(?:\s+[a-z][\w-]*){0,3}"
                            r"|\b(?:closed|ended|finished|was|were|is|are|traded)\s+(?:up|down|off))\s+\Z")
_CHANGE_VERB = re.compile(r"\b(?:rose|fell|gained|lost|climbed|dropped|slipped|eased|jumped|declined|advanced|"
                          r"was\s+(?:up|down|off)|were\s+(?:up|down|off))\b")
# the next item of a list of moves with its verb left out: "International Paper fell 4-3/8 to
# 95-1/2, Weyerhaeuser Co <WY> two to 51-1/2, …"
_LISTED_MOVE_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[A-Z][\w&.'’-]*\s+){1,5}(?:<[A-Z.]+>\s+)?\Z")
# a change named by a noun: "an increase in the rate from 29% to 40%"
_CHANGE_NOUN_BEFORE = re.compile(r"(?i)\b(?:increase|decrease|rise|fall|cut|drop|jump|reduction|growth|decline)"
                                 r"(?:\s+(?!(?:range|ranged|ranges|ranging|varied|vary|varies|was|were|is|are|be|"
                                 r"been|anywhere|anything)\b)[a-z][\w-]*){0,4}\s+\Z")  # not "… ranged from 2 to 3"
_TO_AFTER = re.compile(r"\s*to\b")
_NUMERAL_START = re.compile(r"[\d£€¥₹₽$]|(?:US|A|C|NZ|HK|S)\$")


def _element(prose: str, first: int, pos: int) -> pp.ParserElement:
    """The part of the grammar that can match at ``first``: numerals skip the word alternatives."""
    if not _NUMERAL_START.match(prose, pos):
        return QUANTITY
    if first == pos:
        return NUMERAL_QUANTITY
    if prose[first : first + 7].lower().startswith(("between", "from")):
        return QUANTITY  # a RANGE
    return MODIFIED_NUMERAL


def candidate_starts(prose: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets where a quantity may start in ``prose[start:end]``: digits, currency signs and number words."""
    end = len(prose) if end is None else end
    found = [m.start() for m in _NUMERAL.finditer(prose, start, end)]
    before = max(0, start - 1)  # one character of context for the word boundary
    text = prose[before:end]
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower to two characters
        lowered = text.translate(_ASCII_LOWER)
    found += [m.start() + before for m in _NUMBER_WORD_START.finditer(lowered, start - before)]
    return sorted(found)


def _currency_start(prose: str, pos: int, floor: int) -> int:
    """Back up from a dollar sign to letters that name its currency ("US$", "A$")."""
    if prose[pos] != "$":
        return pos
    letters = _DOLLAR_LETTERS.search(prose, max(floor, pos - 2), pos)
    return letters.start() if letters else pos


def _modifier_start(prose: str, pos: int, floor: int) -> int:
    """Start of a modifier ("more than", "between") right before ``pos``, else ``pos``."""
    before = prose[max(floor, pos - 16) : pos]
    if not before[-1:].isspace() or not before.split() or before.split()[-1].lower() not in _MODIFIER_ENDS:
        return pos
    lead = _MODIFIER_BEFORE.search(prose, max(floor, pos - 40), pos)
    return lead.start() if lead else pos


@lru_cache(maxsize=4096)
def _parse_bare(token: str) -> Quantity:
    """The quantity a number standing alone makes, parsed once per distinct spelling."""
    parsed = parse_at(token, 0, NUMERAL_QUANTITY if token[0].isdigit() else QUANTITY)
    if parsed.end < len(token):  # a wire fraction known by the unit after it: "up 1/4 points"
        return Quantity(0, len(token), "count", _value([token]), None)
    return _classify(token, 0, parsed.end, parsed)


def _bare(prose: str, pos: int, end: int) -> Quantity | None:
    """The number at ``pos`` when nothing after it could make it a longer quantity."""
    match = _BARE.match(prose, pos, end)
    if match is None or _EXTENDS.match(prose, match.end()):
        return None
    return Quantity(pos, match.end(), "count", _value([match.group()]), None)


def _classify(prose: str, start: int, end: int, parsed: Parsed) -> Quantity:
    low = prose[start:end].lower()
    modifier = parsed.names.get("modifier")
    if _VAGUE_TEXT.search(low):
        kind, value = "vague", None
    elif _FRACTION_TEXT.search(low) and (low.endswith(("-fold", "times"))
                                         or not any(c.isdigit() for c in low.split(" in ")[0])):
        kind, value = "fraction", None
    else:
        kind, value = _kind(low), _value(parsed.tokens)
    if kind == "count" and MEASURE_RE.search(low):
        kind = "measure"
    return Quantity(start, end, kind, value, modifier)


# the units of MEASURE, found in a parsed quantity's text (glued to digits or not)
MEASURE_RE = re.compile(
    r"(?i)(?<![a-z])(?:"
    + "|".join(r"\s+".join(map(re.escape, u.split())) for u in sorted(MEASURE_UNITS, key=len, reverse=True))
    + r")(?![a-z])"
)
