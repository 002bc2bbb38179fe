"""pyparsing grammar parts for numbers and quantities, shared by the statistic and date kinds.

Small named parts (digits, number words, scales, currencies, units, modifiers) compose
into :data:`QUANTITY`.  Scanning a whole article with pyparsing would try every
character, so :func:`find_quantities` jumps to candidate positions with one regex and
runs the grammar only there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyparsing as pp
from corpuslint.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_TENS, NUMBER_UNITS

pp.ParserElement.set_default_whitespace_chars(" \t\n")


def words(*phrases: str, name: str) -> pp.ParserElement:
    """Case-insensitive whole-word alternatives, longest first; spaces match any whitespace."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    return pp.Regex(rf"(?i:(?:{body}))(?![\w-])").set_name(name)


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
    r"|(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])"
    r"|(?<![\w.,])\d+(?:\.\d+)?(?![\d])"
).set_name("digits")
NUMBER_WORD = pp.Regex(
    rf"(?i:(?:{'|'.join(TENS)})(?:[- ](?:{'|'.join(UNITS[:9])}))?|{'|'.join(UNITS)})(?![\w-])"
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
NUMBER = (
    (
        (DIGITS + pp.Optional(pp.Regex(r"(?:bn|mn|m|k|tn|trn)(?![\w])").leave_whitespace()))
        | NUMBER_WORD
        | ARTICLE_NUMBER
    )
    + pp.Optional(SCALE_WORD)
).set_name("number")

# --- units ---------------------------------------------------------------------------------
CURRENCY_PREFIX = pp.Regex(r"(?:US|A|C|NZ|HK|S)?\$|[£€¥₹₽]|(?:Rs|Dh|R)\.?(?=\s?\d)").set_name("currency")
CURRENCY_WORD = words(
    "dlrs",
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
    name="currency word",
)
PERCENT = (
    pp.Regex(r"%|‰")
    | words(
        "per cent", "percent", "pct", "percentage points", "percentage point", "basis points", name="per cent"
    )
).set_name("percent")
MEASURE = words(
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
    "ounces",
    "oz",
    "barrels",
    "barrels per day",
    "bpd",
    "bushels",
    "acres",
    "hectares",
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
    name="unit of measure",
)

# --- quantities -----------------------------------------------------------------------------
MODIFIER_PHRASES = (
    "more than", "over", "at least", "nearly", "almost", "about", "around", "up to",
    "as many as", "as much as", "fewer than", "less than", "some", "an estimated", "just over",
    "just under", "roughly", "approximately", "close to", "upwards of", "at most", "well over",
    "well above", "under", "below", "above", "only", "a further", "another", "an extra",
    "an additional", "more than half", "almost half", "nearly half",
)
MODIFIER = words(*MODIFIER_PHRASES, name="modifier")("modifier")
AMOUNT = (pp.Optional(CURRENCY_PREFIX) + NUMBER + pp.Optional(PERCENT | CURRENCY_WORD | MEASURE)).set_name(
    "amount"
)
RANGE_JOIN = pp.Regex(r"(?:-|–|—|to(?![\w-])|and(?![\w-]))").set_name("range join")
RANGE = (words("between", "from", name="range start") + AMOUNT + RANGE_JOIN + AMOUNT).set_name("range")
AMOUNT_OR_RANGE = (AMOUNT + pp.Optional(pp.Regex(r"(?:-|–|to(?![\w-]))") + AMOUNT)).set_name(
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
FRACTION = (
    pp.Regex(r"(?i:(?:one|two|three|four|five|seven|nine)-(?:thirds?|quarters?|fifths?|tenths?))")
    | (
        words("a", "one", "two", "three", "four", "about a", "about one", name="count")
        + FRACTION_WORD
        + ~words("quarter", "round", "place", "half", "time", name="ordinal use")
        + pp.Optional(
            words(
                "a percentage point", "a per cent", "a percent", "a million", "a billion", name="fraction of"
            )
        )
    )
    | words("half", name="half") + pp.FollowedBy(words("of", "a", name="half of"))
    | NUMBER_WORD + words("in", name="ratio") + (DIGITS | NUMBER_WORD)
    | words(
        "twice", "three times", "four times", "five times", "ten times", "double", "triple", name="multiplier"
    )
).set_name("fraction")
VAGUE = (
    words(
        "tens of thousands",
        "hundreds of thousands",
        "tens of millions",
        "hundreds of millions",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        name="vague quantity",
    )
    + pp.FollowedBy(words("of", name="of"))
).set_name("vague quantity")
QUANTITY = (pp.Optional(MODIFIER) + (VAGUE | RANGE | FRACTION | AMOUNT_OR_RANGE)).set_name("quantity")

_CANDIDATE = re.compile(
    r"[£€¥₹$]?\d|(?i:\b(?:" + "|".join(UNITS + TENS) + r"|a\s+dozen|dozens|scores|hundreds|"
    r"thousands|millions|billions|tens|half|twice|a\s+(?:third|quarter|fifth|tenth)|"
    r"a\s+(?:hundred|thousand|million|billion)|double|triple)\b)"
)
# a modifier (or the start of a range) just before a candidate number
_MODIFIER_BEFORE = re.compile(
    r"(?i:\b(?:"
    + "|".join(r"\s+".join(p.split()) for p in (*MODIFIER_PHRASES, "between", "from"))
    + r")\s+(?:[£€¥$]|US\$)?)$"
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    kind: str  # count, money, percent, measure, fraction, vague
    value: float | None
    modifier: str | None


def _value(tokens: list[str]) -> float | None:
    value, scale = None, 1.0
    for token in tokens:
        low = token.lower().replace(",", "").replace("\u00a0", "").replace(" ", "")
        if value is None:
            try:
                value = float(re.sub(r"(bn|mn|m|k|tn|trn)$", "", low))
                suffix = re.search(r"(bn|mn|m|k|tn|trn)$", low)
                if suffix:
                    scale *= SCALE_VALUES[suffix.group(1)]
                continue
            except ValueError:
                pass
            first = low.split("-")[0].split()[-1] if low.split() else low
            if first in WORD_VALUES:
                value = float(WORD_VALUES[first]) + sum(
                    WORD_VALUES.get(p, 0) for p in low.replace("-", " ").split()[1:]
                )
                continue
        if low in SCALE_VALUES:
            scale *= SCALE_VALUES[low]
    return None if value is None else value * scale


def _kind(text: str) -> str:
    low = text.lower()
    if re.search(r"%|per ?cent|pct|percentage|basis points", low):
        return "percent"
    if re.search(
        r"[£€¥₹$]|dlrs|dollar|pound|euro|yen|franc|mark|lire|stg|cts|cent|pence|rupee|"
        r"yuan|roubl|rubl|riyal|dinar|peso|crown",
        low,
    ):
        return "money"
    return "count"


def parse_at(text: str, start: int) -> tuple[int, pp.ParseResults] | None:
    """Parse one quantity starting exactly at ``start``: (end offset, parse results)."""
    try:
        return QUANTITY._parse(text, start)
    except pp.ParseException:
        return None


def find_quantities(prose: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantity mentions in ``prose[start:end]``, longest match at each candidate."""
    end = len(prose) if end is None else end
    found: list[Quantity] = []
    covered = start
    for match in _CANDIDATE.finditer(prose, start, end):
        pos = match.start()
        if pos < covered:
            continue
        lead = _MODIFIER_BEFORE.search(prose, max(start, pos - 40), pos)
        first = lead.start() if lead and lead.start() >= covered else pos
        parsed = parse_at(prose, first)
        if parsed is None and first != pos:
            first, parsed = pos, parse_at(prose, pos)
        if parsed is None:
            continue
        stop, tokens = parsed
        span = prose[first : min(stop, end)].rstrip()
        stop = first + len(span)
        found.append(_classify(prose, first, stop, tokens))
        covered = stop
    return found


def _classify(prose: str, start: int, end: int, tokens: pp.ParseResults) -> Quantity:
    low = prose[start:end].lower()
    modifier = tokens.get("modifier")
    if re.search(r"\b(?:dozens|scores|hundreds|thousands|millions|billions)$", low):
        kind, value = "vague", None
    elif re.search(r"half|third|quarter|fifth|tenth|twice|times|double|triple|\bin\b", low) and not re.search(
        r"\d", low.split(" in ")[0] if " in " in low else low
    ):
        kind, value = "fraction", None
    else:
        kind, value = _kind(low), _value(list(tokens))
    if kind == "count" and MEASURE_RE.search(low):
        kind = "measure"
    return Quantity(start, end, kind, value, modifier)


MEASURE_RE = re.compile(
    r"(?i)\b(?:km|kilomet|mile|metre|meter|feet|ft|inch|cm|mm|tonne|ton|kg|"
    r"kilo|gram|lb|ounce|oz|barrel|bpd|bushel|acre|hectare|litre|liter|"
    r"gallon|mph|kph|knot|degree|watt|mw|gw|kwh|calorie|carat|byte|gb|tb)"
)
