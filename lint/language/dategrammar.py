"""pyparsing grammar for calendar dates in news prose: find them, name their style, check and re-render them.

Small named parts (:data:`DAY`, :data:`ORDINAL_DAY`, :data:`MONTH_NAME`, :data:`MONTH_ABBR`,
:data:`WEEKDAY`, :data:`YEAR`, :data:`TWO_DIGIT_YEAR` and the numeric forms) compose into
:data:`DATE`.  As in :mod:`corpuslint.grammar`, :func:`find_dates` jumps to candidate positions
with one regex and runs the grammar only there.

Styles (:data:`STYLES`)::

    dmy             29 December 2017, 29 Dec, Friday, 29 December, 29-31 December
    mdy             December 29, 2017, Dec. 29, Sept. 5, December 29, '17
    dmy-ordinal     29th December          mdy-ordinal     December 29th
    the-ordinal-of  the 29th of December   iso             2017-12-29
    numeric-dmy     29/12/2017, 29/12/17   numeric-mdy     12/29/2017
    numeric-dot     29.12.2017             dd-mon-yyyy     29-Dec-2017, 5-Sep-17
    numeric-ymd     2017/12/29

ISO dates may carry a time of day (``2017-12-29T14:30:00Z``: the ``time`` facet; such a date
is never rewritten, which would drop the time); numeric dates may be hyphenated
(``29-12-2017``, ``12-29-2017``, four-digit year only, read like slash dates).

Decisions a reader may trip over:

* A month written as a word needs a day beside it: month-year ("in May 2017") and a bare
  month ("May I", "June Carter") are not dates.  March, Mar, May, June, April and August
  must be capitalised ("may 5" is not a date); weekdays always.
* A period after an abbreviated month belongs to the date unless it looks sentence-final
  (end of text or line, or a capital follows: "on 29 Dec. The ...").
* Slash dates are day-first when the first number is over 12, month-first when the second
  is, and otherwise day-first and ``ambiguous`` (unless both are equal).  Dotted dates are
  day.month.year by convention and never ambiguous; ISO dates never are.
* A year belongs to the date only in the same paragraph and not before a time zone
  ("Saturday, 26 February 1400 GMT" has no year).
* Two-digit years follow ``strptime``'s ``%y``: 69-99 are 1900s, 00-68 are 2000s.

Tokens may be separated by spaces, tabs and newlines (the pyparsing default that
:mod:`corpuslint.grammar` sets), so hard-wrapped wire copy ("March\n28th") still parses.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pyparsing as pp

from corpuslint.language.quantities import words
from corpuslint.text.vocabulary import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
)

STYLES = (
    "dmy",
    "mdy",
    "dmy-ordinal",
    "mdy-ordinal",
    "the-ordinal-of",
    "iso",
    "numeric-dmy",
    "numeric-mdy",
    "numeric-dot",
    "numeric-ymd",
    "dd-mon-yyyy",
)
FACETS = ("abbreviated", "period", "sept", "ordinal", "weekday", "year", "two-digit-year", "range",
          "time")

_ORDINAL_STYLES = frozenset({"dmy-ordinal", "mdy-ordinal", "the-ordinal-of"})
_RANGE_STYLES = frozenset({"dmy", "mdy", "dmy-ordinal", "mdy-ordinal"})
_YEAR_STYLES = frozenset({"iso", "numeric-dmy", "numeric-mdy", "numeric-dot", "numeric-ymd",
                          "dd-mon-yyyy"})


@dataclass(frozen=True)
class DateMention:
    """One date as written: where it is, its style and facets, and the day it names."""

    start: int
    end: int
    text: str
    style: str  # one of STYLES
    year: int | None
    month: int | None
    day: int | None
    day_end: int | None  # last day of a range ("29-31 December"), else None
    weekday: str | None  # full weekday name when one is written ("Friday")
    facets: frozenset[str]  # subset of FACETS
    ambiguous: bool  # slash date whose day and month are both <= 12 and differ


# --- regex building blocks --------------------------------------------------------------------
def _spelling(word: str, capitalised: bool) -> str:
    """Regex for ``word``: any case, or (``capitalised``) with an upper-case first letter."""
    if capitalised:
        return f"{word[0].upper()}(?i:{re.escape(word[1:])})"
    return f"(?i:{re.escape(word)})"


def _alternatives(names: Iterable[str], capitalised: Iterable[str] = ()) -> str:
    """Longest-first regex alternatives; names in ``capitalised`` need a capital first letter."""
    capital = set(capitalised)
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(_spelling(name, name in capital) for name in ordered)


_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
_SUFFIX = r"(?i:st|nd|rd|th)"
_NOT_AFTER_CHARS = r"[\w.,/:–-]"  # a day is not the tail of a number, time, fraction or range
_NOT_AFTER = rf"(?<!{_NOT_AFTER_CHARS})"
_DAY_END = r"(?![\w:/]|[.,–-]\d)"  # nor the head of a time, fraction, decimal or non-date range
_YEAR_NUMBER = r"(?:1\d|20)\d\d"
_END_OF_NUMBER = r"(?!\w|[.,]\d)"
_NOT_A_TIME = r"(?![ \t]*(?:GMT|BST|UTC|CET|[ECMP][SD]T|hrs|hours)\b)"  # "1400 GMT"
_PERIOD = r"(?:\.(?![ \t]*(?:\Z|\n|[A-Z\"“])))?"  # kept unless it looks sentence-final
_MONTH_NAMES_RE = _alternatives(MONTH_NAMES, MONTH_WORDS)
_MONTH_ABBR_RE = _alternatives(MONTH_ABBREVIATIONS, MONTH_WORDS)
_ANY_MONTH_ABBR_RE = _alternatives((*MONTH_ABBREVIATIONS, "may"))  # "29-May-2017"
_WEEKDAY_RE = "|".join(
    [_alternatives(WEEKDAY_NAMES, WEEKDAY_NAMES)]
    + [f"{_spelling(a, True)}\\.?" for a in sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)]
)

# --- conditions and tags ---------------------------------------------------------------------
_VERSION_BEFORE = re.compile(r"(?i:\b(?:version|ver|v|release|build|firmware)\.?\s*)\Z")


def _number(token: str) -> int:
    """The leading number of a day token ("29th" -> 29)."""
    return int(re.match(r"\d+", token).group())


def _range_rises(tokens: pp.ParseResults) -> bool:
    return _number(tokens["day_end"]) > _number(tokens["day"])


def _slash_is_date(tokens: pp.ParseResults) -> bool:
    first, second = int(tokens["first"]), int(tokens["second"])
    return 1 <= min(first, second) <= 12 and max(first, second) <= 31


def _order_slash(tokens: pp.ParseResults) -> None:
    """Name the day and month of a slash date: month-first only when the second number is over 12."""
    month_first = int(tokens["second"]) > 12
    tokens["style"] = "numeric-mdy" if month_first else "numeric-dmy"
    tokens["day"], tokens["month"] = (
        (tokens["second"], tokens["first"]) if month_first else (tokens["first"], tokens["second"])
    )


def _not_a_version(text: str, loc: int, tokens: pp.ParseResults) -> bool:
    return _VERSION_BEFORE.search(text, max(0, loc - 12), loc) is None


def _styled(style: str, expr: pp.ParserElement) -> pp.ParserElement:
    """``expr`` whose parse results carry ``style``."""

    def tag(tokens: pp.ParseResults) -> None:
        tokens["style"] = style

    return expr.copy().add_parse_action(tag).set_name(style)


# --- grammar parts ---------------------------------------------------------------------------
DAY = pp.Regex(rf"{_NOT_AFTER}{_DAY_NUMBER}{_DAY_END}").set_name("day")
ORDINAL_DAY = pp.Regex(rf"{_NOT_AFTER}{_DAY_NUMBER}{_SUFFIX}{_DAY_END}").set_name("ordinal day")
RANGE_START = pp.Regex(rf"{_NOT_AFTER}{_DAY_NUMBER}{_SUFFIX}?(?=\s?[-–]\s?\d)").set_name("range start")
RANGE_END = pp.Regex(rf"{_DAY_NUMBER}{_SUFFIX}?{_DAY_END}").set_name("range end")
DASH = pp.Regex(r"[-–]").set_name("dash")
MONTH_NAME = pp.Regex(rf"\b(?:{_MONTH_NAMES_RE})(?!\w)").set_name("month name")
MONTH_ABBR = pp.Regex(rf"\b(?:{_MONTH_ABBR_RE})(?!\w){_PERIOD}").set_name("month abbreviation")
WEEKDAY = pp.Regex(rf"\b(?:{_WEEKDAY_RE})(?!\w)").set_name("weekday")
YEAR = pp.Regex(rf"{_YEAR_NUMBER}{_END_OF_NUMBER}{_NOT_A_TIME}").set_name("year")
TWO_DIGIT_YEAR = pp.Regex(rf"['’]\d\d{_END_OF_NUMBER}").set_name("two-digit year")
COMMA = pp.Suppress(",")
YEAR_GAP = pp.Regex(r"(?=[, \t\n]),?[ \t]*(?:\n[ \t]*)?").suppress().set_name("year gap")  # not a blank line
THE = words("the", name="the")
OF = words("of", name="of")

ISO = pp.Regex(
    rf"(?<![\w./-])(?P<year>{_YEAR_NUMBER})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
    # with a time of day: 2017-12-29T14:30:00Z, 2017-12-29T14:30+01:00
    r"(?P<time>T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"(?![\w/-]|[.,]\d)"
).set_name("iso date")
NUMERIC_SLASH = pp.Regex(
    rf"(?<![\w./-])(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/(?P<year>{_YEAR_NUMBER}|\d\d)(?![\w/-]|[.,]\d)"
).set_name("slash date").add_condition(_slash_is_date).add_parse_action(_order_slash)
# 29-12-2017 and 12-29-2017: as slash dates, with a four-digit year (so no score or range)
NUMERIC_HYPHEN = pp.Regex(
    rf"(?<![\w./-])(?P<first>\d{{1,2}})-(?P<second>\d{{1,2}})-(?P<year>{_YEAR_NUMBER})(?![\w/-]|[.,]\d)"
).set_name("hyphenated date").add_condition(_slash_is_date).add_parse_action(_order_slash)
# 2017/12/29: year first, with slashes
NUMERIC_YMD = pp.Regex(
    rf"(?<![\w./-])(?P<year>{_YEAR_NUMBER})/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])"
    r"(?![\w/-]|[.,]\d)"
).set_name("year-first slash date")
NUMERIC_DOT = pp.Regex(
    rf"(?<![\w.,/-])(?P<day>{_DAY_NUMBER})\.(?P<month>1[0-2]|0?[1-9])\.(?P<year>19\d\d|20\d\d)"
    rf"(?![\w-]|[.,]\d)"
).set_name("dotted date").add_condition(_not_a_version)
DD_MON_YYYY = pp.Regex(  # 29-Dec-2017, and 5-Sep-17 with a two-digit year
    rf"(?<![\w.,/-])(?P<day>{_DAY_NUMBER})-(?P<month>{_ANY_MONTH_ABBR_RE})-(?P<year>{_YEAR_NUMBER}|\d\d)(?![\w-])"
).set_name("dd-mon-yyyy date")

MONTH = (MONTH_NAME | MONTH_ABBR)("month")
DAY_RANGE = (RANGE_START("day") + DASH + RANGE_END("day_end")).add_condition(_range_rises)
DAYS = DAY_RANGE | ORDINAL_DAY("day") | DAY("day")
# no whitespace skipping: a date without a year must not end in the space after it
YEAR_PART = pp.Optional(YEAR_GAP + (YEAR | TWO_DIGIT_YEAR)("year")).leave_whitespace()

DMY = _styled("dmy", DAYS + MONTH + YEAR_PART)
MDY = _styled("mdy", MONTH + DAYS + YEAR_PART)
THE_ORDINAL_OF = _styled("the-ordinal-of", pp.Optional(THE) + ORDINAL_DAY("day") + OF + MONTH + YEAR_PART)
DATE = (
    pp.Optional(WEEKDAY("weekday") + pp.Optional(COMMA))
    + (
        _styled("iso", ISO)
        | _styled("numeric-ymd", NUMERIC_YMD)
        | NUMERIC_SLASH
        | NUMERIC_HYPHEN
        | _styled("numeric-dot", NUMERIC_DOT)
        | _styled("dd-mon-yyyy", DD_MON_YYYY)
        | THE_ORDINAL_OF
        | DMY
        | MDY
    )
).set_name("date")

_LOOSE_MONTH = rf"(?:{'|'.join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS}, key=len, reverse=True))})\b"
_LOOSE_WEEKDAY = rf"(?:{'|'.join(sorted({*WEEKDAY_NAMES, *WEEKDAY_ABBREVIATIONS}, key=len, reverse=True))})\b"
# Every date has a number; these loose (any case) patterns pick the few worth parsing.
# the lookbehind follows the first digit, so that a search skips straight to digits
_NUMBER = re.compile(rf"\d(?<!{_NOT_AFTER_CHARS}\d)\d{{0,3}}(?!\d)")
# a weekday and/or month (or "the") just before the number: where the date may start
_LEAD = re.compile(
    rf"(?:\b(?P<weekday>{_LOOSE_WEEKDAY})\.?,?\s+)?(?:\bthe\s+|\b(?P<month>{_LOOSE_MONTH})\.?,?\s+)?\Z",
    re.IGNORECASE,
)
_LEAD_WIDTH = 32  # "Wednesday, the " or "Thursday, September " with room to spare
_PUNCTUATION_TO_SPACE = str.maketrans(".,", "  ")
_LEAD_NAMES = frozenset({*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES, *WEEKDAY_ABBREVIATIONS})
# a number that starts a date: a day before a month, or a numeric date
_SHAPE = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+of)?[\s-]+{_LOOSE_MONTH}"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d\d",
    re.IGNORECASE,
)


# --- finding ----------------------------------------------------------------------------------
def _parse_at(text: str, start: int) -> tuple[int, pp.ParseResults] | None:
    """Parse one date starting exactly at ``start``: (end offset, parse results)."""
    try:
        return DATE._parse(text, start)
    except pp.ParseException:
        return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All dates in ``text[start:end]``; each starts at its weekday, month or "the" if written."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    covered = start
    for number in _NUMBER.finditer(text, start, end):
        pos = number.start()
        if pos < covered:
            continue
        parsed = _parse_around(text, max(covered, pos - _LEAD_WIDTH), pos)
        if parsed is None or parsed[1] > end:
            continue
        first, stop, tokens = parsed
        found.append(_mention(text, first, stop, tokens))
        covered = stop
    return found


def _parse_around(text: str, lead_from: int, pos: int) -> tuple[int, int, pp.ParseResults] | None:
    """The date holding the number at ``pos``: (start, end, parse results), trying the longest lead first."""
    if not (_SHAPE.match(text, pos) or _names_before(text, lead_from, pos)):
        return None
    lead = _LEAD.search(text, lead_from, pos)
    for first in sorted({lead.start(), lead.start("month"), pos} - {-1}):
        parsed = _parse_at(text, first)
        if parsed is not None:
            return first, *parsed
    return None


def _names_before(text: str, lead_from: int, pos: int) -> bool:
    """Whether one of the two words before ``pos`` is a month or weekday (a cheap test before ``_LEAD``)."""
    words_before = text[lead_from:pos].translate(_PUNCTUATION_TO_SPACE).split()[-2:]
    return any(word.lower() in _LEAD_NAMES for word in words_before)


def _month_number(token: str) -> int:
    if token.isdigit():
        return int(token)
    prefix = token[:3].lower()
    return next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(prefix))


def _year_number(token: str) -> int:
    """A written year; two-digit years as ``strptime``'s ``%y`` reads them."""
    digits = token.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    return 1900 + short if short >= 69 else 2000 + short


def _weekday_name(token: str) -> str:
    prefix = token[:3].lower()
    return next(name for name in WEEKDAY_NAMES if name.startswith(prefix)).title()


def _facets(tokens: pp.ParseResults) -> frozenset[str]:
    month = tokens["month"].lower().rstrip(".")
    year = tokens.get("year", "").lstrip("'’")
    named = {
        "abbreviated": (month.isalpha() and month not in MONTH_NAMES) or tokens["style"] == "dd-mon-yyyy",
        "period": tokens["month"].endswith("."),
        "sept": month == "sept",
        "ordinal": not tokens["day"].isdigit(),
        "weekday": "weekday" in tokens,
        "year": bool(year),
        "two-digit-year": len(year) == 2,
        "range": "day_end" in tokens,
        "time": bool(tokens.get("time")),
    }
    return frozenset(facet for facet, present in named.items() if present)


def _mention(text: str, start: int, end: int, tokens: pp.ParseResults) -> DateMention:
    facets = _facets(tokens)
    style = tokens["style"]
    if style in ("dmy", "mdy") and "ordinal" in facets:
        style += "-ordinal"
    day, month = _number(tokens["day"]), _month_number(tokens["month"].rstrip("."))
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        style=style,
        year=_year_number(tokens["year"]) if "year" in tokens else None,
        month=month,
        day=day,
        day_end=_number(tokens["day_end"]) if "day_end" in tokens else None,
        weekday=_weekday_name(tokens["weekday"]) if "weekday" in tokens else None,
        facets=facets,
        ambiguous=style in ("numeric-dmy", "numeric-mdy") and day <= 12 and month <= 12 and day != month,
    )


# --- validity ---------------------------------------------------------------------------------
def invalid_reason(d: DateMention) -> str | None:
    """Why ``d`` names no real day (or names the wrong weekday), or None when it is valid."""
    for day in filter(None, (d.day, d.day_end)):
        reason = _missing_day(day, d.month, d.year)
        if reason:
            return reason
    return _weekday_mismatch(d)


def _missing_day(day: int, month: int, year: int | None) -> str | None:
    name = MONTH_NAMES[month - 1].title()
    if day > calendar.monthrange(2000, month)[1]:  # 2000 is a leap year: the most days a month has
        return f"{day} {name} does not exist"
    if year is not None and day > calendar.monthrange(year, month)[1]:
        return f"{day} {name} {year} does not exist: {year} is not a leap year"
    return None


def _weekday_mismatch(d: DateMention) -> str | None:
    """The weekday check, when a year is known; an ambiguous date passes if either reading fits."""
    if d.weekday is None or d.year is None:
        return None
    readings = [(d.day, d.month)] + ([(d.month, d.day)] if d.ambiguous else [])
    actual = [calendar.day_name[datetime.date(d.year, m, day).weekday()] for day, m in readings]
    if d.weekday in actual:
        return None
    return f"{d.day} {MONTH_NAMES[d.month - 1].title()} {d.year} was a {actual[0]}, not a {d.weekday}"


# --- rendering --------------------------------------------------------------------------------
def render(
    d: DateMention,
    style: str,
    *,
    abbreviated: bool = False,
    period: bool = True,
    ordinal: bool | None = None,
    weekday: bool = True,
) -> str | None:
    """``d`` written in ``style``, keeping whether it has a year and a weekday.

    ``abbreviated`` and ``period`` shape a month word ("Dec."); ``ordinal`` overrides the day
    form of the dmy and mdy styles (None: as ``style`` says); ``weekday=False`` drops a written
    weekday.  None when ``style`` cannot say it: an ambiguous source, a numeric style without a
    year, or a range in a style that has no ranges.  A slash target may itself be ambiguous
    ("5/9/2017" for 5 September): the caller decides whether to suggest it.
    """
    if style not in STYLES:
        raise ValueError(f"unknown date style {style!r}")
    if d.ambiguous or (d.year is None and style in _YEAR_STYLES) or (d.day_end and style not in _RANGE_STYLES):
        return None
    with_ordinal = style in _ORDINAL_STYLES if ordinal is None else ordinal
    body = _body(d, style, _month_word(d, abbreviated, period), with_ordinal)
    return f"{d.weekday}, {body}" if weekday and d.weekday else body


def _body(d: DateMention, style: str, month: str, ordinal: bool) -> str:
    year = _year_word(d)
    if style in ("dmy", "dmy-ordinal"):
        return f"{_days(d, ordinal)} {month}" + (f" {year}" if year else "")
    if style in ("mdy", "mdy-ordinal"):
        return f"{month} {_days(d, ordinal)}" + (f", {year}" if year else "")
    if style == "the-ordinal-of":
        return f"the {_day_word(d.day, True)} of {month}" + (f" {year}" if year else "")
    if style == "iso":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    short_year = year.lstrip("'’") if "two-digit-year" in d.facets else str(d.year)
    if style == "numeric-dmy":
        return f"{d.day}/{d.month}/{short_year}"
    if style == "numeric-mdy":
        return f"{d.month}/{d.day}/{short_year}"
    if style == "numeric-ymd":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "numeric-dot":
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d.day}-{MONTH_NAMES[d.month - 1][:3].title()}-{d.year}"  # dd-mon-yyyy


def _month_word(d: DateMention, abbreviated: bool, period: bool) -> str:
    name = MONTH_NAMES[d.month - 1].title()
    if not abbreviated or name == "May":
        return name
    short = "Sept" if d.month == 9 and "sept" in d.facets else name[:3]
    return short + ("." if period else "")


def _day_word(day: int, ordinal: bool) -> str:
    if not ordinal:
        return str(day)
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _days(d: DateMention, ordinal: bool) -> str:
    if d.day_end is None:
        return _day_word(d.day, ordinal)
    dash = "–" if "–" in d.text else "-"
    return f"{_day_word(d.day, ordinal)}{dash}{_day_word(d.day_end, ordinal)}"


def _year_word(d: DateMention) -> str:
    if d.year is None:
        return ""
    return f"'{d.year % 100:02d}" if "two-digit-year" in d.facets else str(d.year)
