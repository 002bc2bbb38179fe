"""The date grammar: styles and facets, traps, ambiguity, validity, rendering and real corpus formats."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from corpuslint.language.dategrammar import FACETS, STYLES, DateMention, find_dates, invalid_reason, render
from corpuslint.text.vocabulary import MONTH_NAMES


def only(text: str) -> DateMention:
    """The one date in ``text``."""
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "span", "style", "facets"), [
    ("It ended on 29 December 2017.", "29 December 2017", "dmy", {"year"}),
    ("It ended on 29 December.", "29 December", "dmy", set()),
    ("It ended on 29 Dec 2017.", "29 Dec 2017", "dmy", {"abbreviated", "year"}),
    ("It ended on 14 May, 1870.", "14 May, 1870", "dmy", {"year"}),
    ("It ended on December 29, 2017.", "December 29, 2017", "mdy", {"year"}),
    ("It ended on December 29 2017.", "December 29 2017", "mdy", {"year"}),
    ("It ended on Dec. 29, 2017.", "Dec. 29, 2017", "mdy", {"abbreviated", "period", "year"}),
    ("It ended on Dec 29 at noon.", "Dec 29", "mdy", {"abbreviated"}),
    ("It ended on May 5.", "May 5", "mdy", set()),
    ("It opens Sept. 5 in Paris.", "Sept. 5", "mdy", {"abbreviated", "period", "sept"}),
    ("It opens Sept 5 in Paris.", "Sept 5", "mdy", {"abbreviated", "sept"}),
    ("It opens Sep. 5 in Paris.", "Sep. 5", "mdy", {"abbreviated", "period"}),
    ("It ended on December 29, '17.", "December 29, '17", "mdy", {"year", "two-digit-year"}),
    ("It ended on 29 December ’17.", "29 December ’17", "dmy", {"year", "two-digit-year"}),
    ("It ended on the 29th December.", "29th December", "dmy-ordinal", {"ordinal"}),
    ("It ended on 1st September 2002.", "1st September 2002", "dmy-ordinal", {"ordinal", "year"}),
    ("It ended on December 29th.", "December 29th", "mdy-ordinal", {"ordinal"}),
    ("It ended on September 11th 2001.", "September 11th 2001", "mdy-ordinal", {"ordinal", "year"}),
    ("It ended on the 29th of December.", "the 29th of December", "the-ordinal-of", {"ordinal"}),
    ("It ended on the 1st of May, 2017.", "the 1st of May, 2017", "the-ordinal-of", {"ordinal", "year"}),
    ("It ended on Friday, 29 December.", "Friday, 29 December", "dmy", {"weekday"}),
    ("It ended on Friday 29 December 2017.", "Friday 29 December 2017", "dmy", {"weekday", "year"}),
    ("It ended on Friday, December 29, 2017.", "Friday, December 29, 2017", "mdy", {"weekday", "year"}),
    ("It ended Fri., Dec. 29.", "Fri., Dec. 29", "mdy", {"weekday", "abbreviated", "period"}),
    ("It ended on Friday the 29th of December.", "Friday the 29th of December", "the-ordinal-of",
     {"weekday", "ordinal"}),
    ("It runs 29–31 December.", "29–31 December", "dmy", {"range"}),
    ("It runs 29-31 December.", "29-31 December", "dmy", {"range"}),
    ("It runs 29th–31st December.", "29th–31st December", "dmy-ordinal", {"range", "ordinal"}),
    ("It runs December 29-31.", "December 29-31", "mdy", {"range"}),
    ("Filed 2017-12-29 at noon.", "2017-12-29", "iso", {"year"}),
    ("Filed 29/12/2017 at noon.", "29/12/2017", "numeric-dmy", {"year"}),
    ("Filed 29/12/17 at noon.", "29/12/17", "numeric-dmy", {"year", "two-digit-year"}),
    ("Filed 12/29/2017 at noon.", "12/29/2017", "numeric-mdy", {"year"}),
    ("Filed 29.12.2017 at noon.", "29.12.2017", "numeric-dot", {"year"}),
    ("Filed 29-Dec-2017 at noon.", "29-Dec-2017", "dd-mon-yyyy", {"abbreviated", "year"}),
    ("Filed 26-FEB-1987 15:01:01.79", "26-FEB-1987", "dd-mon-yyyy", {"abbreviated", "year"}),
    ("SALVADOR, Feb 26 -", "Feb 26", "mdy", {"abbreviated"}),
    ("MINNEAPOLIS, MINN.,March 13 -", "March 13", "mdy", set()),
])
def test_style_and_facets(text, span, style, facets):
    date = only(text)
    assert (date.text, date.style, set(date.facets)) == (span, style, facets)
    assert text[date.start:date.end] == span
    assert date.style in STYLES and date.facets <= set(FACETS)


@pytest.mark.parametrize(("text", "year", "month", "day", "day_end", "weekday"), [
    ("29 December 2017", 2017, 12, 29, None, None),
    ("Dec. 29", None, 12, 29, None, None),
    ("December 29, '17", 2017, 12, 29, None, None),
    ("29 December '87", 1987, 12, 29, None, None),
    ("29–31 December", None, 12, 29, 31, None),
    ("Fri., Dec. 29, 2017", 2017, 12, 29, None, "Friday"),
    ("Thurs 28 December", None, 12, 28, None, "Thursday"),
    ("12/29/2017", 2017, 12, 29, None, None),
    ("29-May-2017", 2017, 5, 29, None, None),
    ("the 3rd of March", None, 3, 3, None, None),
])
def test_values(text, year, month, day, day_end, weekday):
    date = only(text)
    assert (date.year, date.month, date.day, date.day_end, date.weekday) == (year, month, day, day_end, weekday)


@pytest.mark.parametrize("text", [
    "May I have a word?",
    "The March on Washington was in August.",
    "June Carter sang.",
    "April showers bring May flowers.",
    "They met in May 2017 and again in March 2018.",   # month-year: not a dated day
    "you may 5 times over",                             # lowercase "may"
    "a march 5 miles long",
    "It was 10/10 for effort.",                         # no year
    "Open 24/7.",
    "A 3-1 win.",
    "They won 3-1 in May 3-1 again.",
    "Install version 2.1.2017 now.",
    "Install v2.1.2017 now.",
    "Install v. 2.1.2017 now.",
    "See pages 12-14.",
    "The 1990-91 season.",
    "It cost 1.5 million.",
    "At 10:30 on the day.",
    "Score 13/14/35 in the test.",                      # neither number can be a month
    "Version 1.13.2017 shipped.",                      # month over 12
    "Ratio 31/31/2017.",
    "The 2004 season.",
    "On 32 December.",
])
def test_traps(text):
    assert find_dates(text) == []


def test_time_is_not_a_year():
    assert only("Saturday, 26 February\n\n1400 GMT").text == "Saturday, 26 February"
    assert only("Saturday 26 February 1400 GMT").text == "Saturday 26 February"


def test_sentence_final_period_is_not_the_abbreviation():
    date = only("It ended on 29 Dec. The talks resume.")
    assert (date.text, "period" in date.facets) == ("29 Dec", False)


@pytest.mark.parametrize(("text", "style", "ambiguous", "day", "month"), [
    ("01/02/2018", "numeric-dmy", True, 1, 2),
    ("5/9/2017", "numeric-dmy", True, 5, 9),
    ("10/10/2010", "numeric-dmy", False, 10, 10),
    ("13/02/2018", "numeric-dmy", False, 13, 2),
    ("02/13/2018", "numeric-mdy", False, 13, 2),
    ("01.02.2018", "numeric-dot", False, 1, 2),    # dotted dates are day-first by convention
    ("2018-01-02", "iso", False, 2, 1),
    ("1 February 2018", "dmy", False, 1, 2),
])
def test_ambiguity(text, style, ambiguous, day, month):
    date = only(text)
    assert (date.style, date.ambiguous, date.day, date.month) == (style, ambiguous, day, month)


@pytest.mark.parametrize(("text", "reason"), [
    ("31 February", "31 February does not exist"),
    ("30/02/2018", "30 February does not exist"),
    ("September 31", "31 September does not exist"),
    ("2018-04-31", "31 April does not exist"),
    ("29–31 February", "31 February does not exist"),
    ("29 February 2017", "29 February 2017 does not exist: 2017 is not a leap year"),
    ("29 February 2016", None),
    ("29 February", None),                          # no year: could be a leap year
    ("Monday, 29 December 2017", "29 December 2017 was a Friday, not a Monday"),
    ("Friday, 29 December 2017", None),
    ("Fri., Dec. 29, 2017", None),
    ("Monday, 29 December", None),                  # no year: no weekday check
    ("Wednesday 01/02/2017", None),                 # ambiguous: 1 February 2017 was a Wednesday
    ("Monday 01/02/2017", None),                    # ... and 2 January 2017 a Monday
    ("Friday 01/02/2017", "1 February 2017 was a Wednesday, not a Friday"),
    ("29 December 2017", None),
])
def test_invalid_reason(text, reason):
    assert invalid_reason(only(text)) == reason


@pytest.mark.parametrize(("source", "style", "options", "expected"), [
    ("29th December 2017", "mdy", {}, "December 29, 2017"),
    ("29th December 2017", "iso", {}, "2017-12-29"),
    ("29th December 2017", "dmy", {}, "29 December 2017"),
    ("29th December 2017", "the-ordinal-of", {}, "the 29th of December 2017"),
    ("29th December 2017", "numeric-dmy", {}, "29/12/2017"),
    ("29th December 2017", "numeric-mdy", {}, "12/29/2017"),
    ("29th December 2017", "numeric-dot", {}, "29.12.2017"),
    ("29th December 2017", "dd-mon-yyyy", {}, "29-Dec-2017"),
    ("Dec 29", "dmy", {}, "29 December"),
    ("Dec 29", "dmy", {"abbreviated": True}, "29 Dec."),
    ("Dec 29", "dmy", {"abbreviated": True, "period": False}, "29 Dec"),
    ("Dec 29", "mdy", {"ordinal": True}, "December 29th"),
    ("Dec 29", "mdy-ordinal", {"ordinal": False}, "December 29"),
    ("Dec 29", "iso", {}, None),                        # no year to write
    ("Dec 29", "numeric-dmy", {}, None),
    ("Sept. 5, 2017", "mdy", {"abbreviated": True}, "Sept. 5, 2017"),
    ("Sep 5, 2017", "mdy", {"abbreviated": True}, "Sep. 5, 2017"),
    ("5 May 2017", "mdy", {"abbreviated": True}, "May 5, 2017"),
    ("1 March", "mdy-ordinal", {}, "March 1st"),
    ("22 March", "dmy-ordinal", {}, "22nd March"),
    ("23 March", "the-ordinal-of", {}, "the 23rd of March"),
    ("11 March", "dmy-ordinal", {}, "11th March"),
    ("Friday, 29 December 2017", "mdy", {}, "Friday, December 29, 2017"),
    ("Friday, 29 December 2017", "mdy", {"weekday": False}, "December 29, 2017"),
    ("December 29, '17", "dmy", {}, "29 December '17"),
    ("December 29, '17", "numeric-dmy", {}, "29/12/17"),
    ("December 29, '17", "iso", {}, "2017-12-29"),
    ("29–31 December", "mdy", {}, "December 29–31"),
    ("29-31 December", "dmy-ordinal", {}, "29th-31st December"),
    ("29–31 December", "the-ordinal-of", {}, None),     # no way to write a range
    ("01/02/2018", "dmy", {}, None),                    # which day is it?
])
def test_render(source, style, options, expected):
    assert render(only(source), style, **options) == expected


def test_render_rejects_unknown_style():
    with pytest.raises(ValueError, match="unknown date style"):
        render(only("29 December 2017"), "ymd")


ROUND_TRIP_SOURCES = [
    "29 December 2017", "Friday, 29 December 2017", "Dec. 29", "December 29th, '17",
    "Sat 30 December", "29–31 December", "2017-12-29", "13/02/2018",
]


@pytest.mark.parametrize(("source", "style"), list(itertools.product(ROUND_TRIP_SOURCES, STYLES)))
@pytest.mark.parametrize("abbreviated", [False, True])
def test_render_round_trip(source, style, abbreviated):
    before = only(source)
    text = render(before, style, abbreviated=abbreviated)
    if text is None:
        assert before.year is None or before.day_end is not None
        return
    after = only(f"On {text} we met.")              # mid-sentence: "Dec." keeps its period
    assert (after.text, after.style) == (text, style)
    assert (after.year, after.month, after.day, after.day_end, after.weekday) == (
        before.year, before.month, before.day, before.day_end, before.weekday
    )
    assert render(after, style, abbreviated=abbreviated) == text


def test_offsets_and_bounds():
    text = "Talks on 29 December 2017 and on Jan. 3, 2018 failed; the 5th of May is next."
    found = find_dates(text)
    assert [d.text for d in found] == ["29 December 2017", "Jan. 3, 2018", "the 5th of May"]
    assert all(text[d.start:d.end] == d.text for d in found)
    start = text.index("on Jan")
    assert [d.text for d in find_dates(text, start)] == ["Jan. 3, 2018", "the 5th of May"]
    assert [d.text for d in find_dates(text, 0, text.index(", 2018"))] == ["29 December 2017"]
    assert find_dates(text, 0, text.index("Jan") + 6) == found[:1]    # a date cut by the bound is skipped


def test_several_dates_on_one_line():
    text = "          04/09/87 03/09/87  4/2/87   Prev Wk\n"
    assert [(d.text, d.style, d.ambiguous) for d in find_dates(text)] == [
        ("04/09/87", "numeric-dmy", True), ("03/09/87", "numeric-dmy", True), ("4/2/87", "numeric-dmy", True),
    ]


# --- real formats ----------------------------------------------------------------------------------
DAY_MONTH = re.compile(rf"(?<![\w.,/:–-])(\d{{1,2}}) ({'|'.join(m.title() for m in MONTH_NAMES)})\b")


def test_bbc_day_month_dates_are_dmy(shared):
    files = sorted((shared / "corpora" / "bbc").rglob("*.txt"))
    texts = [f.read_bytes().decode("utf-8", "replace") for f in files]
    texts = [t for t in texts if DAY_MONTH.search(t)][:40]
    assert len(texts) == 40
    for text in texts:
        found = find_dates(text)
        for match in DAY_MONTH.finditer(text):
            holding = [d for d in found if d.start <= match.start() and match.end() <= d.end]
            assert holding, match.group()
            assert (holding[0].style, holding[0].day) == ("dmy", int(match.group(1))), holding[0]


def test_reuters_datelines_are_mdy(shared):
    abbreviated = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) (\d{1,2}) -$")
    checked = 0
    with (shared / "corpora" / "reuters.jsonl").open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, 3000):
            dateline = json.loads(line)["dateline"]
            match = abbreviated.search(dateline)
            if not match:
                continue
            date = only(dateline)
            assert (date.text, date.style, date.day) == (f"{match[1]} {match[2]}", "mdy", int(match[2]))
            assert "abbreviated" in date.facets
            checked += 1
    assert checked >= 50
