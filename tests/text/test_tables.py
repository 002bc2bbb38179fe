"""Wire and Markdown tables are found; prose with figures in it is not a table."""

from __future__ import annotations

import pytest

from corpuslint.model.document import Document
from corpuslint.text.tables import classify

EARNINGS = """\
HORN AND HARDART CO <HOR> 4TH QTR NET

LAS VEGAS, March 18 - Shr 1.27 dlrs vs two cts
    Net 18.8 mln vs 357,000
    Revs 126.0 mln vs 98.5 mln
    Year
    Shr loss 2.17 dlrs vs loss 65 cts
    Avg shrs 13.1 mln vs 12.2 mln
    NOTE: 1986 net both periods includes 15.0 mln dlr gain from
sale of real estate.
    1985 year net includes charge 6,900,000 dlrs related to
foodservice unit.
"""


def table_text(text: str, path: str = "a.txt") -> list[str]:
    doc = Document.from_text(path, text)
    return [doc.text[s:e] for s, e in doc.scope("table")]


def test_a_sentence_with_a_bracketed_no_comparison_is_prose():
    assert not classify("    He said the unit earned 300 mln (n.a.) in the year").row


def test_an_earnings_table_runs_from_the_dateline_to_its_notes():
    [table] = table_text(EARNINGS)
    assert table.startswith("Shr 1.27 dlrs") and table.endswith("foodservice unit.")
    assert "Year" in table


@pytest.mark.parametrize(("text", "first", "last"), [
    pytest.param(  # the last row ends "mln." and a NOTE of figures follows
        "WOOLWORTHS LTD <WLWA.S> YR ENDED FEB 1\n\nSYDNEY, March 23 - Shr 4.16 cents vs 28.80\n"
        "    Other income 65.33 mln vs 51.68 mln\n    Shrs 222.94 mln vs 219.54 mln.\n"
        "    NOTE - Net is after tax credit 6.6 mln vs tax paid 43.39\n"
        "mln, depreciation 41.18 mln vs 34.10 mln\n", "Shr 4.16", "34.10 mln", id="reuters-8125-full-stop"),
    pytest.param(  # headings set in columns, rows one space in, so they start no block
        "KANSAS CITY, Feb 26 - The ASCS has established these unit values.\n"
        "    Price per bushel is in U.S. dollars.\n     WHEAT     HRW   HRS    SRW   SWW   DURUM\n"
        " Chicago       --    3.04   2.98  --    --\n Baltimore/\n Norf./Phil.   --    --    3.06  2.98  --\n"
        " Kansas City   2.87  --    3.17  --    --\n", "WHEAT", "3.17  --    --", id="reuters-97-grid"),
    pytest.param(  # a heading set in under the dateline
        "MINNEAPOLIS WHEAT PROTEIN SCALES\n\nMINNEAPOLIS, April 7 - CTS/BU BASIS MPLS may\n"
        " SPRING WHEAT\n ORD     17un unch \n 11.00   12un unch \n 12.00    3p  up 5 \n 13.00   11p  unch \n",
        "SPRING WHEAT", "11p  unch", id="reuters-14432-heading"),
    pytest.param(  # "Avg shr 1,238,000 and 1,177,000" between two rows
        "HARRISON, N.J., March 23 - Shr profit 22 cts vs loss 2.15 dlrs\n    Revs 16.3 mln vs 15.2 mln\n"
        "    Avg shr 1,238,000 and 1,177,000\n    12 mths\n    Shr profit 82 cts vs loss 2.14 dlrs\n",
        "Shr profit 22", "loss 2.14 dlrs", id="reuters-8521-and"),
    pytest.param(  # the last figure runs onto the next line
        "PARIS, April 2 - Parent company net profit 965 mln francs vs 442 mln.\n"
        "    Dividend 22.50 francs vs 6.32.\n    Net operating provisions 5.50 billion francs vs 5.19\n"
        "billion, with most of increase going to cover loans to\nheavily-indebted countries.\n",
        "Parent company", "vs 5.19\nbillion", id="reuters-12630-run-on"),
    pytest.param(  # the same, past trailing spaces and in capitals
        "PARIS, April 2 - Parent company net profit 965 mln francs vs 442 mln.\n"
        "    Dividend 22.50 francs vs 6.32.\n    Net operating provisions 5.50 billion francs vs 5.19  \n"
        "BILLION, with most of increase going to cover loans.\n",
        "Parent company", "vs 5.19  \nBILLION", id="run-on-capitals"),
    pytest.param(  # telegraphic notes past a blank line; a paragraph opening with an article ends them
        "WAYNE, N.J., Oct 19 - Oper shr 59 cts vs 49 cts\n    Oper net 54.7 mln vs 44.8 mln\n"
        "    NOTE: 1986 share data restated to reflect 100 pct stock\ndividend distributed June 12\n"
        "   \n    1987 operating net in both periods excludes additional gain\nof 11.6 mln dlrs, "
        "or 13 cts a share\n   \n    The company said it expects 1988 sales of 4.5 billion dlrs.\n",
        "Oper shr 59", "or 13 cts a share", id="reuters-21412-notes"),
    pytest.param(  # a one-line remark of the note with no figure does not end it
        "NEW YORK, Oct 19 - Shr 66 cts vs 60 cts\n    Net 18.6 mln vs 16.5 mln\n"
        "    NOTE: Share adjusted for July 1987 10 pct stock dividend.\n"
        "    Results restated for pooled acquisitions.\n"
        "    Net includes loan loss provisions of 5,765,000  dlrs vs\n4,252,000 dlrs in quarter.\n",
        "Shr 66 cts", "4,252,000 dlrs in quarter.", id="reuters-20217-note-remark"),
    pytest.param(  # past a note's remark, prose is no note
        "NEW YORK, Oct 19 - Shr 66 cts vs 60 cts\n    Net 18.6 mln vs 16.5 mln\n"
        "    NOTE: Share adjusted for July 1987 10 pct stock dividend.\n"
        "    Separately, the bank announced a restructuring.\n"
        "    Analysts estimate about 1,200 jobs will be cut in the next year.\n",
        "Shr 66 cts", "10 pct stock dividend.", id="note-remark-then-prose"),
    pytest.param(  # a spread grid: cells say which way each spread runs, or that none was quoted
        "CBT SOYBEAN OIL SPREADS\n\nAPRIL 7 - 1000 hrs cdt\n MONTHS    LAST          DIFFERENCE\n"
        " May/Jul   0.34 under    0.35 under\n Jul/Aug   0.16 under    0.17 under\n"
        " Aug/Sep   0.16 under    0.16 under\n May/Aug   no quote      0.52 under\n",
        "APRIL 7", "0.52 under", id="reuters-14020-spreads"),
    pytest.param(  # a row whose prior figure is missing says so in brackets
        "BRUSSELS, March 30 - Non-consolidated net profit 3.435\nbillion francs vs 2.330 billion.\n"
        "    Turnover 39.3 billion francs (no direct comparison)\n"
        "    Own funds 20 billion francs vs 9.2 billion.\n",
        "Non-consolidated", "9.2 billion.", id="reuters-10715-no-comparison"),
    pytest.param(  # past a note's remark, a note line opening with "Prior" goes on
        "NEW YORK, Oct 19 - Shr 66 cts vs 60 cts\n    Net 18.6 mln vs 16.5 mln\n"
        "    NOTE: Twelve and 52-week periods.\n    Generale Occidentale SA subsidiary.\n"
        "    Prior year net both periods includes 7,580,000 dlr charge.\n",
        "Shr 66 cts", "7,580,000 dlr charge.", id="reuters-17703-prior"),
    pytest.param(  # a remark without a figure closing the story stays outside
        "NEW YORK, Oct 19 - Shr 66 cts vs 60 cts\n    Net 18.6 mln vs 16.5 mln\n"
        "    NOTE: Share adjusted for July 1987 10 pct stock dividend.\n"
        "    The company said the quarter was good for its banks.\n",
        "Shr 66 cts", "10 pct stock dividend.", id="note-then-prose"),
    pytest.param(  # rows in columns labelled with a word of prose ("Over 350 to 700")
        "The table lists the payments.\n\n    QUANTITY            1988     1989      1990      1991\n"
        "First 350 tons         6.000    4.500     3.000     1.500\n"
        "Over 350 to 700        5.750    4.313     2.875     1.438\n"
        "Over 20,000 tons        nil      nil       nil       nil\n", "QUANTITY", "nil       nil",
        id="reuters-8004-columns"),
    pytest.param(  # rows in columns right under a line of prose in the same block
        "LONDON, APRIL 9 - Johnson Matthey today issued the\nfollowing Platinum group base prices.\n"
        " Previous prices in parentheses.\n PLATINUM  -   562   (567)\n PALLADIUM -   130   (130)\n"
        " RHODIUM     1,230 (1,230)\n", "PLATINUM", "1,230 (1,230)", id="reuters-15420-under-prose"),
    pytest.param(  # a label wrapped onto a second line
        "WASHINGTON, April 9 - The USDA gave breakdowns as follows --\n\n"
        " SOYBEANS        1986/87            1987/88\n            4/2/87   Prev Wk   4/2/87   Prev Wk\n"
        " E.C.        302.2     317.7    91.4     91.4\n Other Asia and\n Oceania     164.6     187.7     nil      nil\n"
        " Africa        nil       nil     nil      nil\n Western\n Hemisphere  354.4     391.5     37.5    37.5\n",
        "SOYBEANS", "37.5    37.5", id="reuters-15871-wrapped-label"),
])
def test_wire_table_bounds(text, first, last):
    """Reuters layouts the table finder once missed, each found whole."""
    [table] = table_text(text)
    assert table.startswith(first) and table.endswith(last), table


@pytest.mark.parametrize("line", [
    "He sold 5 mln shares and 4 mln warrants", "He said over 350 of the 700 staff would go.",
    "Net profit was 12 mln dlrs.  Sales rose 5 pct.  It has 3 plants.",
])
def test_prose_with_figures_is_no_row(line):
    assert not classify(line).row


def test_garbled_figures_still_make_rows():
    # Reuters 17672: "330,;575" as transmitted
    assert classify("Net profit 330,;575 vs profit 1,4;73,100").row


def test_prose_after_a_table_is_not_the_table():
    text = EARNINGS.replace("NOTE", "The company said the").replace("1985 year net", "Chairman") + \
        "    The company said it expects sales of 140 mln dlrs in 1987, up from\n" \
        "126.0 mln dlrs last year.\n"
    [table] = table_text(text)
    assert table.endswith("Avg shrs 13.1 mln vs 12.2 mln")


@pytest.mark.parametrize("line", [
    "Qtly div 12 cts vs 12 cts prior", "Avg shrs 10.2 mln vs 9.8 mln", "Pay April 14",
    "Net loss 94,862 vs profit 264,607", "3 months     7.25     7.30", "Sales ........ 1,204",
    "Qtly div 36.5 cts vs 36.5 cts in prior qtr", "25 Juan Ignacio Chela (Argentina)",
    "    -- total program crops  6,512,700 acres",  # an item of a dashed list (Reuters 5610)
])
def test_rows(line):
    assert classify(line).row


@pytest.mark.parametrize("line", [
    "1987, up from 1.2 billion dlrs in 1986, the",  # a wrapped line of prose
    "The company said profit rose 5 pct.", "Sales rose 5 pct.", "He was born in 1960 and",
])
def test_prose_lines_are_not_rows(line):
    assert not classify(line).row


def test_one_line_with_figures_is_not_a_table_unless_it_compares():
    assert table_text("Profits jump 20% to $1.2bn\n\nThe firm gained.\n") == []
    assert table_text("Intro.\n\nShr 22 cts vs 18 cts\n") == ["Shr 22 cts vs 18 cts"]


def test_a_list_of_figures_one_per_line_is_a_table():
    assert table_text("Growth forecasts:\n\nGermany 2.1%\nFrance 1.5%\nItaly 0.9%\n") == [
        "Germany 2.1%\nFrance 1.5%\nItaly 0.9%"]


def test_markdown_tables():
    text = "Intro.\n\n| Party | Seats |\n| --- | --- |\n| Labour | 355 |\n\nAfter 12 seats.\n"
    [table] = table_text(text, "a.md")
    assert "Labour | 355" in table and "After" not in table


def test_reuters_earnings_reports_are_tables(shared):
    """Every story whose headline announces results: its "vs" rows lie in a table."""
    import json

    rows = covered = 0
    with open(shared / "corpora" / "reuters.jsonl", encoding="utf-8") as handle:
        stories = [json.loads(line) for line in handle]
    for story in stories[:4000]:
        if not story["title"].endswith((" NET", " LOSS", "SETS PAYOUT")):
            continue
        text = f"{story['title']}\n\n{story['dateline']} {story['body']}"
        doc = Document.from_text("story.txt", text)
        tables = doc.scope("table")
        start = 0
        for line in text.splitlines(keepends=True):
            if " vs " in line and len(line.split()) <= 12:
                rows += 1
                at = start + len(line) - len(line.lstrip())
                covered += tables.overlaps(at, start + len(line.rstrip()))
            start += len(line)
    assert rows > 500 and covered / rows > 0.95, (covered, rows)


COTTON_GRID = (  # Reuters 104, its trailing spaces kept
    "WASHINGTON, Feb 26 - The U.S. Agriculture Department announced the world market price.\n"
    "    Based on data for the week ended February 26, the adjusted\n"
    "world price for upland cotton is determined as follows, in cts\n"
    "per lb --\n"
    " Northern European Price               66.32\n"
    "      Adjustments --\n"
    " Average U.S. spot mkt location 10.42 \n"
    " SLM 1-1/16 inch cotton          1.80 \n"
    " Average U.S. location           0.53\n"
    " Sum of adjustments              12.75\n"
    " Adjusted world price            53.57\n"
)


def test_a_grid_of_labels_and_their_one_figure_under_its_introduction_is_a_table():
    """Reuters 104: rows of a label and one figure, set apart by spaces or closing a short
    label, right under the line that introduces them ("… as follows, in cts per lb --")."""
    [table] = table_text(COTTON_GRID)
    assert table.startswith("Northern European Price") and table.endswith("53.57")


@pytest.mark.parametrize("line", [
    "US crude prices surge above $53",  # a headline (BBC business): its figure has a unit
    "Chairman Paul Volcker told Congress on Wednesday that 12",  # prose, with its words
])
def test_a_short_line_closing_with_a_figure_is_no_row_when_it_reads_as_prose(line):
    assert not classify(line).row


def test_a_comparison_running_onto_the_next_line_stays_in_its_table():
    """Reuters 15429: "… share 9.33 guilder vs" closes a line and its prior figure, with a
    bracketed remark, opens the next."""
    text = ("THE HAGUE, April 9 - Net profit 327.1 mln guilders vs\n307.5.\n"
            "    Total revenue 7.97 billion guilders vs 8.7 billion.\n"
            "    Net profit per five guilder nominal share 9.33 guilder vs\n"
            "9.25 (corrected for capital increase).\n")
    [table] = table_text(text)
    assert table.endswith("(corrected for capital increase).")
