"""The statistic kind on real-looking sentences: what is a statistic, what attributes it."""

from __future__ import annotations

import json
import re
import string

import pytest

try:
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants
    import sre_parse

from conftest import ROOT
from corpuslint.config import Config
from corpuslint.kinds.statistic import LABEL_BEFORE, NOT_STAT_BEFORE, _last_words
from corpuslint.language.attribution import VAGUE_CUES
from corpuslint.language.quantities import find_quantities
from corpuslint.packs.ruleset import build_rules
from corpuslint.run.engine import Linter

LINTER = Linter(build_rules(Config(root=ROOT), selected=["stats"]))


def flagged(text: str) -> dict[str, str]:
    """Flagged text -> rule suffix."""
    return {f.text: f.rule.split(".", 1)[1] for f in LINTER.lint_text("a.txt", text).findings}


@pytest.mark.parametrize(("text", "span"), [
    ("Sales rose to 1,000 units.", "1,000"), ("It grew by 1.5 units.", "1.5"),
    ("A force of 12 000 troops.", "12 000"), ("It cost 1.5 million.", "1.5 million"),
    ("Debts of 3bn.", "3bn"), ("A £4.2m deal.", "£4.2m"), ("A $1.2 billion loss.", "$1.2 billion"),
    ("A €300,000 fee.", "€300,000"), ("Twelve were hurt.", "Twelve"),
    ("Two hundred were hurt.", "Two hundred"), ("A dozen were hurt.", "A dozen"),
    ("Up 45% today.", "45%"), ("Up 45 per cent today.", "45 per cent"),
    # a conversion in brackets between a range's bounds (BBC business/331)
    ("Their children were paid between $60,000 (£30,800) and $150,000 a year.",
     "between $60,000 (£30,800) and $150,000"),
    # a change, then the level it reached, against a range of changes (BBC, an audience figure)
    ("The audience fell by 600,000 to 5.9 million viewers.", "600,000"),
    ("The audience fell by 600,000 to 5.9 million viewers.", "5.9 million"),
    ("Sales rose by 5% to £10m.", "£10m"), ("Prices rose by 5 to 10 pct.", "5 to 10 pct"),
    # a percentage change, then the level it reached (BBC business; wire results)
    ("Shares rose more than 16% to 18 pence.", "more than 16%"),
    ("Profit fell 5 pct to 30 mln dlrs.", "30 mln dlrs"), ("Rates rose 5% to 10%.", "5% to 10%"),
    ("The Bundesbank raised its discount rate by 0.5 pct to 3.5 pct.", "0.5 pct"),
    ("House prices rose 1 to 10 pct across the regions.", "1 to 10 pct"),
    ("The airline lost 2 million to 3 million dlrs a month.", "2 million to 3 million dlrs"),
    # after a verb of change: the change, then the level (Reuters audits: reserves, indices, prices)
    ("Reserves fell 1.17 billion dlrs to 4.63 billion dlrs.", "1.17 billion dlrs"),
    ("Shares rose 1-1/8 to 74-1/2.", "74-1/2"), ("The index fell 61.07 to 2,713.81.", "61.07"),
    ("It raised butane prices 5.50 dlrs to 123 dlrs.", "123 dlrs"), ("Sales rose 5 to 10 pct.", "5 to 10 pct"),
    # a year, then the figure: no range from one to the other
    ("Profits rose in 2004 to 33.22 mln.", "33.22 mln"), ("Output rose in 2004 to 2006.", "2004 to 2006"),
    ("Profits rose in 2004 to 33 mln dlrs.", "33 mln dlrs"), ("Crowds of 2000 to 3000 people came.", "2000 to 3000"),
    ("Mortgage rates were cut by Abbey National from\n12.75 pct to 11.25, and one by the Halifax.",
     "12.75 pct"),  # Reuters 7777: the rate a cut started from, then the one it reached
    ("Up 45 percent today.", "45 percent"), ("Up 4.5 percentage points.", "4.5 percentage points"),
    ("A third of voters.", "A third"), ("Half of voters.", "Half"), ("One in five voters.", "One in five"),
    ("Two-thirds of voters.", "Two-thirds"), ("Dozens of people.", "Dozens"),
    ("Scores of people.", "Scores"), ("Hundreds of people.", "Hundreds"),
    ("Tens of thousands of people.", "Tens of thousands"), ("Millions of people.", "Millions"),
    ("More than 1,000 people.", "More than 1,000"), ("Over 50 people.", "Over 50"),
    ("At least 40 people.", "At least 40"), ("Nearly 30 people.", "Nearly 30"),
    ("Almost 30 people.", "Almost 30"), ("About 60 fire crews.", "About 60"),
    ("Around 60 fire crews.", "Around 60"), ("Up to 60 fire crews.", "Up to 60"),
    ("As many as 60 crews.", "As many as 60"), ("Fewer than 60 crews.", "Fewer than 60"),
    ("Some 300 people.", "Some 300"), ("Between 10 and 20 houses.", "Between 10 and 20"),
    ("A 10-20 rise.", "10-20"), ("From 10 to 20 houses.", "From 10 to 20"),
    ("Output was 5.2 mln dlrs.", "5.2 mln dlrs"), ("Up 3.5 pct.", "3.5 pct"),
    ("It was raised to A$8.4bn.", "A$8.4bn"), ("Profits rose fivefold.", "fivefold"),
    ("Use nearly doubled.", "nearly doubled"), ("More than half the nation.", "More than half"),
    ("About half the bank's staff.", "About half"), ("Three quarter-point rises.", "quarter-point"),
    ("A couple of live channels.", "A couple of"), ("Shr loss one cnt vs 12 cts", "one cnt"),
    # a share owned and a subunit named by its country (Reuters)
    ("BTR Nylex is a 59.5 pct-owned listed subsidiary of Britain's BTR Plc.", "59.5 pct"),
    ("The rand stays at its current level of 48 U.S. Cents.", "48 U.S. Cents"),
    # an index's or a bond's move keeps its points; a player's do not (Reuters 14505)
    ("The Dow Jones Industrial Average fell 23 points to 2383.", "23 points"),
    ("Bonds rose 1-1/2 points.", "1-1/2 points"), ("He scored 23 points for the Lakers.", "23"),
])
def test_grammar_spans(text, span):
    spans = [text[q.start:q.end] for q in find_quantities(text)]
    assert span in spans, spans


@pytest.mark.parametrize("text", [
    "The protests began in 2009.",                       # year
    "It was a hit in the 1990s.",                        # decade
    "On 29 December the talks resumed.",                 # date
    "On December 29 the talks resumed.",
    "The meeting starts at 10:30.",                      # time
    "The train left at 3pm.",
    "Two days later the talks resumed.",                 # relative time
    "The strike lasted for three weeks.",                # duration
    "He was given a 30-day ban.",
    "A 23-year-old man was charged.",                    # age
    "John Smith, 33, was charged.",
    "A boy aged 13 was charged.",
    "She finished 3rd in the race.",                     # ordinal
    "See section 3 of the report.",                      # section number
    "Upgrade to version 2.1.4 now.",                     # version number
    "He lives at 10 Downing Street.",                    # address
    "Call 0800 123 4567 for help.",                      # phone number
    "United won 3-1 at home.",                           # score
    "The bill passed by 15 votes to eight.",             # vote tally
    "The Boeing 747 landed safely.",                     # names and models
    "Leaders met at the G20 summit.",
    "He won the Formula 1 title.",
    "They drove along Route 66.",
    "The village lies 50 kilometres south of the capital.",  # locating distance
    "The band made the top 10.",                         # list name
    "The 15-member Security Council met.",               # fixed size
    "See https://example.com/500 for more.",            # URLs
    "Dibaba won the women's 5,000m in Boston.",          # race distances and field marks
    "She set a 3,000m world record.",
    "Kluft took the long jump at 6.63m.",
    "England are fourth in the Six Nations table.",      # number words and numbers in names
    "Rapper 50 Cent topped the chart.",
    "The FTSE 100 index opened lower.",
    "Ollie Smith scored two tries against Newcastle.",   # sports tallies and standings
    "Real are 11 points behind Barcelona.",
    "The show is unsuitable for children under seven.",  # age limits
    "Between 1997 and 2002 the industry grew.",          # year ranges
    "The fianc&#233;e was there.",                       # HTML character references
    "The service reaches users within a 2km radius.",    # locating distances
])
def test_not_statistics_are_not_flagged(text):
    assert flagged(text) == {}


def test_numbers_in_code_and_front_matter_are_ignored():
    doc = "---\nreaders: 5000\n---\nSee `1,000 rows` in the table.\n\n```\n300 people\n```\n"
    assert LINTER.lint_text("a.md", doc).findings == []


@pytest.mark.parametrize("text", [
    "Police said 12 people were hurt.",
    "The ministry reported 40 deaths.",
    "According to the UN, 300 people fled.",
    "Figures from the Office for National Statistics show a 2% rise.",
    "A survey by YouGov found that 45% of voters were undecided.",
    "Twelve people were hurt, he said.",
    "The company told the BBC that 300 jobs would go.",
    "The agency estimated that 500 homes were lost.",
    '"We lost 300 jobs," the manager said.',
    "“Some 40 people died,” she said.",
    "The agency said on Monday that 30 had died. It added that 40 more were missing.",
    "The court heard that £4.2m was missing.",
    "The trust said revenues were off 64 pct.",                       # any noun with a verb of speech
    "Indonesia bought 162,500 tonnes, the report said.",              # a known document
    "Although two people did better, the researchers said it was luck.",  # a known group
    "Inflation was 17.5 pct, as measured by the Bureau of Statistics.",   # a passive agent
    "Traders said his earnings outlook of 5.85 dlrs a share was cut.",    # a named owner's figure
    "Ward's Automotive Reports said Ford would build 52,000 cars.",        # a name, not "reports say"
])
def test_attributed_figures_pass(text):
    assert flagged(text) == {}


@pytest.mark.parametrize(("text", "span", "rule"), [
    ("It has been estimated that more than 1,000 people were arrested.", "more than 1,000", "vague-attribution"),
    ("It is believed that 40 people were on board.", "40", "vague-attribution"),
    ("Reports say 200 people were killed.", "200", "vague-attribution"),
    ("There have been reports of dozens of deaths.", "dozens", "vague-attribution"),
    ("Sources say the deal is worth $1.2 billion.", "$1.2 billion", "vague-attribution"),
    ("Experts say thousands of birds died.", "thousands", "vague-attribution"),
    ("It is understood that 30 staff will go.", "30", "vague-attribution"),
    ("Many believe that 5% is too low.", "5%", "vague-attribution"),
    ("An estimated 500 people died.", "An estimated 500", "vague-attribution"),
    ("Security forces have shot dead eight people.", "eight", "unattributed"),
    ("Police have arrested three teenagers.", "three", "unattributed"),
    ("A new study shows that one in five children is overweight.", "one in five", "unattributed"),
    ("The ministry said on Monday that 30 had died. Meanwhile, 40 more were missing.", "40", "unattributed"),
    ("In addition, the United States has two military missions.", "two", "unattributed"),  # a place
    ("The state has recorded 18 road deaths this year.", "18", "unattributed"),
    ("He was suspended after his reported views were sent to two newspapers.", "two", "unattributed"),
    ("Inflation as measured by the index rose to 17.5 pct.", "17.5 pct", "unattributed"),
    ("According to a new report, 40% of firms failed.", "40%", "unattributed"),  # an unnamed document
    ("Dealers expect the shortage to be around 12 billion guilders.", "around 12 billion guilders",
     "vague-attribution"),  # unnamed dealers
    ("Credit rose by £1.5bn, below the 4.2% rate pencilled in by forecasters.", "4.2%", "vague-attribution"),
    ("Debt will grow, by conservative estimates, to more than half of output.", "more than half",
     "vague-attribution"),
    ("It is widely seen as a way for the four firms to decide.", "four", "vague-attribution"),
])


def test_unattributed_and_vague_figures(text, span, rule):
    assert flagged(text).get(span) == rule, flagged(text)


def test_wire_table_cells_headline_and_dateline_are_not_judged():
    story = ("MECHTRON INTERNATIONAL CORP <MCHT> YEAR NET\n\n"
             "ORLANDO, Fla., March 31 - Shr three cts vs 80 cts\n"
             "    Net 46,000 vs 1,220,000\n    Revs 11.5 mln vs 13.0 mln\n"
             "    Avg shrs 1,608,000 vs 1,530,000\n")
    assert flagged(story) == {}
    # the same figures in a sentence after the table are judged
    assert flagged(story + "    Mechtron cut 460 jobs as revenue fell to 11.5 mln dlrs.\n") == {
        "460": "unattributed", "11.5 mln dlrs": "unattributed"}


def test_a_vague_cue_reaches_only_its_own_clause():
    text = ("The economy grew 3.7%, the Commerce Department said. It was up on the 3.3% growth of "
            "the second quarter, but short of the 4.2% pencilled in by forecasters.")
    assert flagged(text) == {"4.2%": "vague-attribution"}


def test_a_quotation_with_no_figure_passes_no_figure_on():
    assert flagged('"It is growing fast," said Mr Fischer. The 8,000 residents run it.') == {
        "8,000": "unattributed"}
    assert flagged('"We sold 300 cars," said Mr Fischer. Another 40 are on order.') == {}


def test_lone_numbers_rejected_before_parsing_match_the_parsed_verdict():
    from functools import partial

    from corpuslint.kinds.statistic import not_statistic

    text = ("In 2004, 23-year-old Smith, 33, won 3-1 on 5 May at 10:30 in the 1990s; one of the "
            "21st-century records fell by 40%, with 1,200 homes lost, and 12 people left at 3pm.")
    kept = [q for q in find_quantities(text) if not not_statistic(text, q)]
    assert find_quantities(text, reject=partial(not_statistic, text)) == kept
    assert [text[q.start:q.end] for q in kept] == ["40%", "1,200", "12"]


def test_seed_flags_exactly_two_vague_statistics(cli):
    data = json.loads(cli("--format", "json", "--select", "stats", "seeds/iran-protests.md",
                          cwd=ROOT).out)
    assert [(d["text"], d["rule"]) for d in data] == [
        ("dozens", "stats.vague-attribution"), ("more than 1,000", "stats.vague-attribution")]
    assert data[1]["message"].startswith(
        '"more than 1,000" has only a vague source ("it has been estimated")')
    assert data[1]["suggestions"]


def test_options_validate_and_apply(cli, tmp_path):
    (tmp_path / ".corpuslint.yaml").write_text(
        "rules:\n  stats.unattributed: {min_value: 100}\n")
    (tmp_path / "a.md").write_text("Police have arrested three teenagers and 400 adults.\n")
    out = cli("--select", "stats", "a.md", cwd=tmp_path).out
    assert '"400"' in out and '"three"' not in out
    (tmp_path / ".corpuslint.yaml").write_text(
        "rules:\n  stats.unattributed: {kinds: [count, weight]}\n")
    result = cli("a.md", cwd=tmp_path)
    assert result.code == 2 and 'unknown quantity kind "weight"' in result.err


# floors just under the latest measured precision and recall of each set (see README)
DEVSET_FLOORS = {
    "dev": (0.95, 0.90), "dev2": (0.86, 0.81), "dev3": (0.93, 0.89), "dev4": (0.95, 0.76),
    "dev5": (0.90, 0.74), "dev6": (0.72, 0.74), "dev7": (0.97, 0.61), "dev8": (0.93, 0.74),
    "dev9": (0.90, 0.62), "dev10": (0.81, 0.86), "dev11": (0.87, 0.59), "dev12": (0.85, 0.68),
    "dev13": (0.95, 0.70), "dev14": (0.94, 0.65), "dev15": (0.90, 0.57), "dev16": (0.86, 0.22),
    "dev17": (0.88, 0.47), "dev18": (0.92, 0.55), "dev19": (0.90, 0.57), "dev20": (0.93, 0.50),
    "dev21": (0.83, 0.28), "dev22": (0.85, 0.71), "dev23": (0.97, 0.45),
    "dev24": (0.82, 0.55), "dev25": (0.82, 0.50), "dev26": (0.85, 0.44), "dev27": (0.78, 0.45),
    "dev28": (0.90, 0.38), "dev29": (0.95, 0.35), "dev30": (0.85, 0.42),
    "test": (0.84, 0.75),  # the test set: guarded, never tuned on
}


def test_devset_precision_recall_do_not_regress(shared):
    import io
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from stats_devset import evaluate

    for which, (precision, recall) in DEVSET_FLOORS.items():
        metrics = evaluate(shared, out=io.StringIO(), which=which)
        assert metrics["precision"] >= precision and metrics["recall"] >= recall, (which, metrics)
        if which == "dev":
            assert metrics["not_stat_fp_rate"] <= 0.03
            assert metrics["vague_recall"] >= 0.75  # vague findings may not turn into plain ones unseen


@pytest.mark.parametrize(("text", "start"), [
    ("", 0), ("aged", 0), ("aged ", 0), ("top  ten ", 0), ("  the top 10 ", 6),
    ("in May the ", 3), ("votes\tto\n", 0), ("a b   c ", 2),
])
def test_last_words_start_where_the_last_two_words_do(text, start):
    assert _last_words(text) == start


@pytest.mark.parametrize("text", [
    "It happened on 12 May the 3 times.", "We voted, with votes to 40 cast.", "xsection 3 is new.",
    "The (section 3 rule.", "He was aged\n 30 then.", "in the round of 16 teams.", "He gave 3.",
])
def test_context_searches_agree_with_whole_window_searches(text):
    number = next(m for m in re.finditer(r"\d+", text))
    before = text[max(0, number.start() - 30) : number.start()]
    recent = _last_words(before)
    assert bool(LABEL_BEFORE.search(before, recent)) == bool(LABEL_BEFORE.search(before))
    assert bool(NOT_STAT_BEFORE.search(before, recent)) == bool(NOT_STAT_BEFORE.search(before))


def _first_characters(parsed) -> set[str]:
    """Characters a parsed pattern can start a match with (its own constructs only)."""
    first: set[str] = set()
    for op, av in parsed:
        if op is sre_constants.LITERAL:
            return first | {chr(av)}
        if op is sre_constants.SUBPATTERN:
            return first | _first_characters(av[3])
        if op is sre_constants.BRANCH:
            return first.union(*(_first_characters(branch) for branch in av[1]))
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue  # a look-around matches no character
        assert op is sre_constants.MAX_REPEAT and av[0] == 0, op
        first |= _first_characters(av[2])  # an optional part: what follows may start too
    raise AssertionError("a cue that can match nothing")


@pytest.mark.parametrize("cue", VAGUE_CUES)
def test_vague_cues_open_with_a_lower_case_letter(cue):
    assert _first_characters(sre_parse.parse(cue)) <= set(string.ascii_lowercase)


@pytest.mark.parametrize(("text", "expected"), [
    # prices in pence and cents, glued
    ("Shares in the group rose 306p, while rivals gained 45c.", {"306p": "unattributed", "45c": "unattributed"}),
    ("The 1080p screen costs more.", {}),  # a video resolution
    # a figure right after a year
    ("In 2003 only 4% of homes had broadband.", {"4%": "unattributed"}),
    ("They make just one change, with Tim Collier replacing Phil.", {"one": "unattributed"}),
    ("The veteran film-maker, 68, said he would retire.", {}),  # an age set off by commas
    # a two-digit year after an apostrophe
    ("After the Crash of '29 and the slump of ’74, prices fell 40%.", {"40%": "unattributed"}),
    # score progressions and game tallies
    ("Wasps came back from 15-6 down to win.", {}),
    ("The team has won 12 and lost three this season.", {}),
    # tallies of titles and awards are counts (BBC entertainment/344, sport/460)
    ("Following his death, Charles won eight Grammy Awards, including album of the year.",
     {"eight": "unattributed"}),
    ("Last year she started hitting top form and won seven titles.", {"seven": "unattributed"}),
    ("Chelsea have won seven of their last eight games.", {}),
    # an age set by rule and where it moves (BBC politics/312)
    ("They want the government to withdraw regulations which would raise the pension age for "
     "council workers from 60 to 65.", {}),
    ("The retirement age is 65 and 30 workers left.", {"30": "unattributed"}),
    ("Employers will no longer be able to force workers to retire before 65.", {}),  # BBC business/382
    # a stage of a draw (BBC sport/458); the unit side of an exchange rate (BBC business/374)
    ("The Swede reached the last four by beating compatriot Thomas Enqvist 6-3 4-6 6-1.", {}),
    ("One dollar bought 102.55 yen on Friday.", {"102.55 yen": "unattributed"}),
    ("The last four years saw 30 plants close.", {"30": "unattributed"}),
    # set scores in a row, tie-breaks in brackets (BBC sport/444)
    ("Olivier Rochus beat third seed Nicolas Kiefer 6-7 (4-7) 7-6 (8-6) 7-5 and will take on "
     "second seed Joachim Johansson.", {}),
    ("Prices rose 10-20% and wages 5-6% last year.", {"10-20%": "unattributed", "5-6%": "unattributed"}),
    # a month before a range or a modified figure makes no date (BBC politics/121)
    ("Statistics to the end of November showed a decline since October from 785 to 708.",
     {"785": "unattributed", "708": "unattributed"}),
    ("In May more than 500 people marched.", {"more than 500": "unattributed"}),
    ("It is payable April three, record March 18.", {}),
    # days before their month
    ("Matches will be played on 4, 11 and 18 May.", {}),
    # chart and league positions
    ("The single climbed from six to five in the chart.", {}),
    ("The single sold 50,000 copies in its first week.", {"50,000": "unattributed"}),
    # identifying counts: a set the story already gave
    ("He starred in the two earlier films.", {}),
    # a ranking picks a set out, however large (Reuters 6914); finishing times (BBC sport/078)
    ("The merged banks would be one of the 25 largest banks in the U.S.", {}),
    ("Butler was never troubled by any of the opposition, winning leisurely in 30.26.", {}),
    ("Gelete Burka won, completing the 10,500m course in 33.22.", {}),
    # race times in seconds, events in a pair, starts and appearances made (BBC sport/009,
    # sport/028, sport/338); a measured length in a pair stays a figure
    ("Dutchman Patrick van Balkom was second in 21.58 secs.", {}),
    ("His displays in the individual 100m and 200m events were poor.", {}),
    ("The tunnel is 500m and 300m of it is flooded.", {"500m": "unattributed", "300m": "unattributed"}),
    ("The 22-year-old has only made 10 starts for his club but has made 49 appearances from the bench.", {}),
    # a part of a thing; an age after "who is"; the other end of a span of time (BBC tech/356,
    # bbc-13 audit)
    ("Its wheel feet resemble the bottom half of a Segway scooter.", {}),
    ("About half of the island is flooded.", {"About half": "unattributed"}),
    ("Smith, who is 36, joined in 2001.", {}),
    ("When she was eight, her mother took a decision.", {}),  # BBC entertainment/021
    ("He won eight titles when he was in form.", {"eight": "unattributed"}),
    ("A film must have been shown for seven consecutive days.", {}),  # BBC entertainment/035
    ("MPs want to cut the limit from 24 weeks to 20.", {}),
    ("Sales fell from 24 pct to 20.", {"24 pct": "unattributed", "20": "unattributed"}),
    ("The deal unites the world's two biggest reinsurers.", {}),
    ("The first three at Santry qualify for the final.", {}),
    ("Talks are set for June 24 and 25.", {}),
    # dev batches: a financial year, versions, a quoted ranking, sets needed, clock times, a
    # share of the vote, an ordinal selection
    ("The Prince did receive over £4m from departments in 2003-4.", {"over £4m": "unattributed"}),
    ("The problem affects all users running versions 4.7 and earlier.", {}),
    ("Initially they will be products using wireless USB 2.0 connections.", {}),
    ("GDP rose 2.5% in the US.", {"2.5%": "unattributed"}),
    ('He also listed what he dubbed the nine "most useless quangos".', {}),
    ("Patty Schnyder needed three sets to beat Na Li 7-5 3-6 7-5.", {}),
    ("He faces a curfew between 2200 and 0700, except on Sundays.", {}),
    ("Between 1500 and 2000 jobs will go.", {"Between 1500 and 2000": "unattributed"}),
    ("Rosie Barnes won with 18,287 votes, or 53 pct.", {}),
    ("Paribas and Saint-Gobain, the first two state companies brought to the market, rose.", {}),
    ("Sales rose 30% in the first two months.", {"30%": "unattributed"}),
    # a measured compound is a measurement; a size compound names a fixed size (BBC tech/202)
    ("They roam around a 133-hectare Texas ranch.", {"133": "unattributed"}),
    ("A 15-member council met.", {}),
    # sets the story has given: a count standing for men already counted, all of a set, a
    # pair already named (BBC politics/097, politics/178, business/359)
    ("The detention of 12 men at Belmarsh was unlawful. The 12 affected by the ruling are from "
     "Algeria.", {"12": "unattributed"}),
    ("All five men, along with four others, are also accused.", {"four": "unattributed"}),
    ("Nine people were charged in May. The nine now charged, who worked as suppliers, deny it.",
     {"Nine": "unattributed"}),  # BBC business/448
    ("Political and public pressure may well push the two firms to reach a compromise.", {}),
    ("The two firms sold 40,000 cars.", {"40,000": "unattributed"}),
    ("Sir Alex Ferguson and Arsene Wenger, the two arch-rivals, shook hands.", {}),
    ("It will redeem the 9-7/8 pct series due 2008.", {}),  # a coupon naming a bond series
    ("Four men were arrested. The four men were later released.", {"Four": "unattributed"}),
    # an age at an event
    ("Mr Hague became an MP at 27 and leader at 36.", {}),
    # the unit side of a rate, and sets already given
    ("Butter sold at 46.864 Ecus per 100 kilos.", {"46.864 Ecus": "unattributed"}),
    ("He bought these 10 shares and sold one of the two funds.", {}),
    # stages, selections, season tallies, field marks, ages, directions, bond names
    ("Henman reached the last eight in Rotterdam.", {}),
    ("Chelsea had the best two chances of the game.", {}),
    ("Two of their last three games are away from home.", {}),
    ("Isinbayeva set a world record of 4.91m in Athens.", {}),
    ("The dog reached the grand old age of 10.", {}),
    ("The quake struck 225 km (135 miles) east of Lima.", {}),
    ("The 10-3/4 pct notes are due 1992.", {}),
    ("The other five currencies rose against the dollar.", {}),
    ("The 12,575 cafes must close. Owners of the 12,575 cafes protested.", {"12,575": "unattributed"}),
    # a count of things the story already named, by their noun
    ("Burren won two oil exploration contracts in Egypt. It paid £5m for the two contracts.",
     {"£5m": "unattributed"}),
    ("The company bid for the 12 contracts.", {"12": "unattributed"}),
    # a half that is a period
    ("During the first half of this year, the economy lost more than $1bn.", {"more than $1bn": "unattributed"}),
    ("Half of the economy's output was lost.", {"Half": "unattributed"}),
    # an age bound after a copula
    ("Most of his clients are over 60, and many hold 40% of their savings in shares.", {"40%": "unattributed"}),
    # results and a tennis tally
    ("Woodward began his reign with three defeats and two draws.", {}),
    ("Dent survived three break points in the fifth game.", {}),
    # the second of two labels
    ("The Who and David Bowie were at number eight and 10 respectively.", {}),
    ("The policy is aimed at children between the ages of six and 11.", {}),
    ("See sections 2 and 5 of the act.", {}),
    # ... but a label word before a comma lends nothing to the count after it
    ("A year earlier, 300 jobs were lost.", {"300": "unattributed"}),
    ("Top firms and 300 banks failed.", {"300": "unattributed"}),
    # goods sold are no game tally; a percentage is no age
    ("Sony sold 4 million games and 2 million sets.", {"4 million": "unattributed", "2 million": "unattributed"}),
    ("Its customers are over 65 percent of sales.", {"over 65 percent": "unattributed"}),
    ("DR 500 people were hurt.", {"500": "unattributed"}),
    # a nickname
    ("Alex Bell was known as Mr 2940 - after a computer device.", {}),
    # runs of games, games played, vote tallies, race names and marks, "double" as an adjective
    ("The defeat sparked a mini-crisis, with the Gunners winning only three of their next 10 games.", {}),
    ("The teenager has responded with six goals in nine games.", {}),
    ("Only two MEPs backed the draft law at the meeting.", {}),
    ("Callers bet on the show's surprise double eviction.", {}),
    ("He urged leaders to end the debt and double aid.", {"double": "unattributed"}),
    ("She won both 60m races. He jumped a season's best of 7.95m in Birmingham.", {}),
    # events named by their distance, in metres or miles
    ("Kelly Holmes is taking part in the 1000m. Gardener will go head-to-head in the 60m.", {}),
    ("Why wouldn't you do the 800m? If she won that, the 1500m would be a formality.", {}),
    # ages bounded after "aged", ages closing a list, spans of quarters
    ("Almost one in five US citizens aged under 30 have one.", {"Almost one in five": "unattributed"}),
    ("The protesters included a jockey, Richard Wakeham, 34, and a former chef, Nick Wood, 41.", {}),
    ("The optimism index, a leading indicator of growth two quarters ahead, edged up.", {}),
    ("Bekele wants the world indoor two mile record. Dibaba struck in the final 20 metres.", {}),
    ("The world indoor bronze medallist over 3000m will race against Bekele.", {}),
    ("The wall is 20 metres high.", {"20 metres": "unattributed"}),
    # a race's distance after "over"; a sum in millions after it stays a figure
    ("Holmes will compete over 1500m in a five-way match. She ran over 60m hurdles.", {}),
    ("The show drew over 500m viewers.", {"over 500m": "unattributed"}),
    ("She won the Run London 10km race in 2004.", {}),
    # wire fractions before their unit, whole; a date's "3/4" has none
    ("Fees are 3/4 pct for selling and 1/2 pct for management. There also is a 1/8 pct praecipuum.",
     {"3/4 pct": "unattributed", "1/2 pct": "unattributed", "1/8 pct": "unattributed"}),
    ("On 3/4 the shares rose 5 pct.", {"5 pct": "unattributed"}),
    ("The prime rate rose to 11\n3/4 pct.", {"11\n3/4 pct": "unattributed"}),
    # rates, frequencies and computing speeds with their units
    ("The laser bridges can route data at speeds up to 1.25gbps, but Tata runs them at 1-2mbps.",
     {"up to 1.25gbps": "unattributed", "1-2mbps": "unattributed"}),
])
def test_not_statistics_and_missed_figures_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # carry-over stops where another body's story starts
    ("The ministry said 30 had died. The army, however, has 4,000 troops there.", {"4,000": "unattributed"}),
    ('"We are growing fast," said Mr Fischer. The firm, also backed by Y, has 4 billion under management.',
     {"4 billion": "unattributed"}),
    ("The ministry said 30 had died. The figure was up from 20 a day earlier.", {}),
    # a definite document or team points back to the one named before it
    ("Researchers at Oxford studied the trial. The research team found that 40% improved.", {}),
    ("A YouGov poll was published on Monday. The survey found 48% backed the plan.", {}),
    ("According to a new survey, 48% backed the plan.", {"48%": "unattributed"}),
    ("According to analysts Nielsen NetRatings, 22.8 million people used it.", {}),
    ("Umbro has posted a 222% rise in profits.", {}),
    # "found" meaning located is no cue
    ("Police found 200 kg of cocaine in the lorry.", {"200 kg": "unattributed"}),
    ("The study found 40% of patients improved.", {}),
    # "an estimated" is vague for its own figure only
    ("An estimated 144 billion was spent, and 30 firms closed.",
     {"An estimated 144 billion": "vague-attribution", "30": "unattributed"}),
    # unnamed documents do not attribute, however they are dated (definition: "new figures show")
    ("Statistics to the end of November showed a decline from 785 to 708.",
     {"785": "unattributed", "708": "unattributed"}),
    ("The latest monthly figures showed a decline from 785 to 708.", {"785": "unattributed", "708": "unattributed"}),
    ("Figures from the ONS showed a decline from 785 to 708.", {}),
    # a relative aside between a source and its verb, or "who" standing for the source
    ("The firm, which floated in 2003, recently announced a deal to buy 26% of an Indian firm.", {}),
    ('"I don\'t sell," declared one elderly investor, who said he had more than one mln dlrs in stocks.', {}),
    ("A council spokesman, who said 40 homes were flooded, praised the volunteers.", {}),
    ("The firm, which floated in 2003, has bought 26% of an Indian firm.", {"26%": "unattributed"}),
    # what a body that measures saw or tracked is its finding; anyone else's sight is not
    ("During the monitoring period, the team saw bot nets launch 226 attacks on 99 targets.", {}),
    ("Fans saw 30,000 people pack the stadium.", {"30,000": "unattributed"}),
    # a filing with a named body is a document source, and so for the list it introduces
    ("The following proposed securities offerings were filed recently with the Securities and "
     "Exchange Commission:\n    Evans and Sutherland Computer Corp - Offering of 50 mln dlrs of "
     "debentures.\n    Gould Inc - Offering of two mln shares of preferred stock.", {}),
    ("The company said in a regulatory filing that it had 4,500 staff.", {}),
    ("The following companies raised prices:\n    Gould Inc - up 20 pct.", {"20 pct": "unattributed"}),
    # what a source passes on as believed or expected is vague in the figure's own clause
    ("He said 29% of computer software in Britain was believed to have been pirated and this "
     "cost £1bn in revenue.", {"29%": "vague-attribution"}),
    ("A New York Life spokesman said the company's 30 mln dlr commitment, along with projected "
     "investment, is expected to result in a total investment of 80 mln dlrs.",
     {"80 mln dlrs": "vague-attribution"}),
    # an event to come is no source: "by the time the chart is announced"
    ("The single is expected to sell at least 300,000 copies by the time the new chart is "
     "announced on Sunday.", {"at least 300,000": "vague-attribution"}),
    # "they" standing for unnamed sources is as vague as they are
    ("The licences went to non-EC countries, trade sources said. The requests were for 35,000 "
     "tonnes, they said.", {"35,000 tonnes": "vague-attribution"}),
    ("The licences went to non-EC countries, the ministry said. The requests were for 35,000 "
     "tonnes, they said.", {}),
    # analysts who foresee; a participle "estimated at"; a half percentage point
    ("Many analysts foresee rates falling by two percentage points.",
     {"two percentage points": "vague-attribution"}),
    ("He said it will fund investment plans, estimated at 20 billion bolivars for 1987.",
     {"20 billion": "vague-attribution"}),
    ("The UN estimated at least 5,000 people had fled.", {}),
    ("Analysts were surprised when the government sanctioned a half percentage point cut.",
     {"half percentage point": "unattributed"}),
    # a remark with no figure passes nothing on to figures of something new
    ("Minister Jim Wallace said that this would not result in Scottish students missing out. "
     "Applications from England and Wales rose by 17% last year.", {"17%": "unattributed"}),
    ("The minister said spending would be cut by £1.6bn. Savings of £153m at the Foreign "
     "Office were part of it.", {}),
    # what takes up the report just given continues it: the actions, the company "it" was
    ("Moody's said it downgraded the debt ratings of Baker. The actions affect a combined 662 mln "
     "dlrs of securities.", {}),
    ("It said it expects continued losses. The company lost 548,000 dlrs last year.", {}),
    ("The ministry said 30 had died. The company lost 548,000 dlrs last year.", {"548,000 dlrs": "unattributed"}),
    # a named body concerned that something is so reports it; concerned about it, it worries
    ("The Green Party is concerned thousands of residents may not be able to vote.", {}),
    ("The Bank remains concerned about personal debt - which is rising at 15% a year.",
     {"15%": "unattributed"}),
    # a parenthetical "it is estimated" still governs the figure before it
    ("Sales fell 5%, it is estimated.", {"5%": "vague-attribution"}),
    # a named body's "they" is not the unnamed sources before it
    ("The licences went to non-EC countries, trade sources said. The ministry said they "
     "expected 35,000 tonnes.", {}),
    # an event to come, opening the sentence
    ("By the time the new chart is announced, the single will sell 300,000 copies.",
     {"300,000": "unattributed"}),
    # producers are an identifiable group; a party unveiling its plans gives their figures
    ("Fox producers defended the show, saying it was a positive experience. They have made six "
     "specials.", {}),
    ("The Tories on Monday highlighted their plans for tax cuts worth £4bn.", {}),
    # who argues or compiles is a source; statistics that "are compiled" name none
    ("The Lib Dems argue a 1p rise would pay for the plan.", {}),
    ("OneStat.com compiled the measurements from two million net users.", {}),
    ("Changes to the way the statistics are compiled explain the jump of 572,900.",
     {"572,900": "unattributed"}),
    ("Ticket sales beat the expected $18m.", {"$18m": "vague-attribution"}),
    # after "he added" or "it added", the company or a name is likely who spoke
    ("Sony is hoping to retain its profits, he added. The company made 41.9 billion yen last year.", {}),
    ("This raised the disallowances to over 2.1 billion dlrs, it added. Niagara Mohawk has a 41 pct "
     "interest in the plant.", {}),
    # an estimated fortune; what would be expected; industry estimates; an agentless cue in the
    # figure's clause while the source speaks in another
    ("Previously Russia's richest man, with an estimated fortune of $15bn, he is on trial.",
     {"$15bn": "vague-attribution"}),
    ("He said industry estimates put the reserves at over one billion barrels, and the recovery "
     "rate would be expected to be around 20-25 pct.",
     {"over one billion barrels": "vague-attribution", "around 20-25 pct": "vague-attribution"}),
    ("The reduction of income is estimated to be 16 cts per share, but the company said it will "
     "stay profitable.", {"16 cts": "vague-attribution"}),
    # figures for something new after a remark with none
    ("Mr Bennett said registration should be quickly introduced. Figures for the 2001 election "
     "suggest 29% of people were not registered.", {"29%": "unattributed"}),
    # expectations and forecasts with nobody named
    ("The gain in non-farm payrolls was below market expectations of 190,000 new jobs.",
     {"190,000": "vague-attribution"}),
    ("According to INSEE, growth was 0.7%, ahead of the 0.6% forecast.", {"0.6%": "vague-attribution"}),
    ("The Treasury said growth was 0.7%, ahead of its 0.6% forecast.", {}),
    # an agentless cue reaches no figure of another predicate
    ("The deficit, which totaled 221 billion dlrs last year, is expected to decline to about "
     "175 billion dlrs this year and would fall to about 140 billion dlrs next year.",
     {"221 billion dlrs": "unattributed", "about 175 billion dlrs": "vague-attribution",
      "about 140 billion dlrs": "unattributed"}),
    ("Japan's economy grew 2.6% last year and is forecast to see growth of 2.1% in 2005.",
     {"2.6%": "unattributed", "2.1%": "vague-attribution"}),
    ("Buy it is understood that the smaller edition, which has pushed circulation up by 20%, "
     "has prompted interest from rivals.", {"20%": "vague-attribution"}),
    ("In questions last week Tony Blair assured Parliament that 90% of the bill was about "
     "tightening up the law.", {}),
    # others who feel are as vague as others who think; a record body declares; an acronym
    # opening the sentence names its owner, a country's does not
    ("Others feel the Bank may see a need for a rise to 5% before then.", {"5%": "vague-attribution"}),
    ("The Guinness Book of Records has declared the 17m per second speed the swiftest.", {}),
    ("DOE test results show that Blue Gene/L has managed speeds of 70.72 teraflops.", {}),
    ("UK figures show that 70% of homes have broadband.", {"70%": "unattributed"}),
    ("The bank announced these closures:\n- 30 branches in Wales.\n- 12 call centres.\n\n"
     "The town has 4,000 homes.", {"4,000": "unattributed"}),
    # the same body after a dateline, and a subject after a time fronted without a comma
    # (Reuters 10445, 4943)
    ("WESTINGHOUSE SEES HIGHER EARNINGS GROWTH\n\nNEW YORK, MARCH 27 - Westinghouse Electric Corp "
     "said earnings per share growth will exceed sales growth.\nIn 1986, the company earned 4.42 dlrs "
     "a share on revenues of 10.7 billion dlrs.", {}),
    ("Golden Nugget has cash from the sale of its casino to Bally, Roffman said. Earlier this month "
     "Golden Nugget completed its sale of the property for 440 mln dlrs.", {}),
    ("Golden Nugget has cash from the sale of its casino to Bally, Roffman said. Earlier this month "
     "Caesars World completed its sale of the property for 440 mln dlrs.", {"440 mln dlrs": "unattributed"}),
    # the company after its named speaker's tag (Reuters audit: Ogden)
    ("The merger is pending, Ogden said. The company will contribute 30 mln dlrs to the fund.", {}),
    ("The merger is pending, officials said. The company will contribute 30 mln dlrs to the fund.",
     {"30 mln dlrs": "unattributed"}),
    # an unnamed document opening the sentence gives its own account: nothing carries over
    # (BBC politics/372); a determiner or a name in it points to a source
    ("The minister said 30 had died. Figures for the 2001 general election suggest 29% of people "
     "aged between 18 and 24 were not registered.", {"29%": "unattributed"}),
    ("The ONS said 30 had died. The figures show 29% were not registered.", {}),
    ("The ONS said 30 had died. Figures from the ONS show 29% were not registered.", {}),
    # a quotation with only its speech tag is attributed by quotation, whoever speaks, and
    # the account goes on in the next sentence (Reuters 9753)
    ('"Day-to-day money is a bit tighter," one trader said. Overnight rose two points to six pct.', {}),
    ('"Money is tighter," one trader said as rates rose across the whole of the market on '
     'Thursday. Overnight rose to six pct.', {"six pct": "unattributed"}),
    # a vague cue right before its figure is the figure's own, whoever else speaks in the
    # sentence; a vague cue does not reach past " - but" (BBC business/438, sport/112)
    ("The ONS said manufacturing output dropped 0.1% in November, confounding economists' "
     "expectations of a 0.3% rise.", {"0.3%": "vague-attribution"}),
    ("It is expected Chelsea will test Liverpool with a £30m-plus bid in the summer - but Parry "
     "claims he would not sell for £50m.", {"£30m": "vague-attribution"}),
    # a participle with its agent names who did the thing; the closing tag gives the figure
    # (Reuters 19832)
    ("A North Sea oil find announced by Chevron may indicate a new field with reserves of 300 mln "
     "barrels, industry analysts said.", {"300 mln barrels": "vague-attribution"}),
    ("Chevron announced a find with reserves of 300 mln barrels, industry analysts said.", {}),
    # unnamed bankers, brokers and securities managers are as vague as dealers (Reuters 4685)
    ("Foreign banks may hold no more than 50 pct of the capital, bankers said.",
     {"no more than 50 pct": "vague-attribution"}),
    ("Each house underwrites 0.07 pct of each issue, securities managers said.", {"0.07 pct": "vague-attribution"}),
    ("The bank will lend 50 mln dlr to Peru, IDB sources said.", {"50 mln dlr": "vague-attribution"}),
    ("The bankers said 30 pct was too much.", {}),
    # a document's verb that an agentless cue governs is no source; a participle with "with"
    # nobody is named for (Reuters 15454, 18280); a named speaker expected to speak is one
    ("The figures are expected to show a deficit of 13 billion dlrs, from a provisional 14.8 "
     "billion in January.", {"13 billion dlrs": "vague-attribution", "14.8 billion": "vague-attribution"}),
    ("Phelps Dodge is the largest copper company, with annual production expected to reach "
     "500,000 tons this year.", {"500,000 tons": "vague-attribution"}),
    ("Mr Howard is expected to say that around £6bn will be available.", {}),
    # a passive report with an adverb is agentless; the present figure in an expected change
    # is the source's (Reuters 14343, 17797)
    ("Ghana was also reported to be offering new crop at 1,460 stg a tonne.", {"1,460 stg": "vague-attribution"}),
    ("According to the companies, fast-oil-change centers are expected to grow from the current "
     "three pct of the market to 15 pct by 1990.", {"15 pct": "vague-attribution"}),
    # an aside on the speaker is background, not what was said (Reuters 8737); the speaker
    # is found past it
    ('The closings were "costly," it said. Metropolitan, with assets of more than two billion '
     'dlrs, said it is confident it can continue.', {"more than two billion dlrs": "unattributed"}),
    ("Fleet, which has 20 billion dlrs in assets, said it was pleased.", {"20 billion dlrs": "unattributed"}),
    ("The bank said assets of two billion dlrs, a record, were safe.", {}),
    # unnamed reports as a noun (BBC sport/207)
    ("And he also denied reports that Santini had been given a £3m pay-off.", {"£3m": "vague-attribution"}),
    ("The company reports that sales rose 5%.", {}),
    # a named body's reports are its own (Reuters, vague audit)
    ("Output was 30 mln bushels, Department of Agriculture reports said.", {}),
    ("Output was 30 mln bushels, reports said.", {"30 mln bushels": "vague-attribution"}),
    # a month is nobody's name (Reuters 889); what the closing tag passes on as expected is vague
    ("Unemployment is expected to rise to about 3.5 pct, economists at Nomura said.\n"
     "December's 2.9 pct was the previous worst level.", {"about 3.5 pct": "vague-attribution"}),
    # "those asked" points back to the survey that asked them (BBC tech/393)
    ("Of those asked, 62% were unaware that someone has paid for some of the results.", {}),
    ("Of those asked to leave, 30 refused.", {"30": "unattributed"}),
    ("12% of those surveyed found themselves unable to switch.", {}),  # BBC tech/021
    ("The Bravery were the most heavily-tipped act in the survey of 110 impartial critics and "
     "broadcasters.", {}),  # BBC entertainment/229: the survey named in the sentence before
    ("A survey of 110 critics tipped them.", {"110": "unattributed"}),
    ("However the YouGov poll, which questioned 1,943 British adults online, found 25% did not "
     "know how they would vote.", {}),  # BBC politics/222: the sample in the poll's frame
    # a named body that learned, points to or conducted a survey (BBC tune audits)
    ("About 4% of the budget will go, BBC Scotland has learned.", {}),
    ("Mr Kennedy also points to the fact that 40% of voters stayed home.", {}),
    ("When business advisers PricewaterhouseCoopers (PwC) conducted the same survey last year, "
     "nearly 30% said so.", {}),
    ("Students have learned 40 new words.", {"40": "unattributed"}),
    # named subjects who believe, suggest, allege or accuse (BBC audit)
    ("The Tories accuse Labour of raising taxes 66 times.", {}),
    ("The commission suggests relief for gifts under £200.", {}),
    ("Three men accused of fraud stole £5m.", {"Three": "unattributed", "£5m": "unattributed"}),
    # "a reported" is a figure's own agentless cue, and a conversion in brackets is the same
    # amount (BBC entertainment/206)
    ("She was the driving force behind The Osbournes, earning the family a reported $85m (£46m).",
     {"$85m": "vague-attribution", "£46m": "vague-attribution"}),
    ("The show ran for three years. Sales hit $50m (£27.2m) last year, the company said.", {}),
    # a cue's subject is in its own clause (Reuters 10359): unnamed dealers, not the Bundesbank
    ("It bought small amounts, in contrast to the Bundesbank's activity on Wednesday when dealers "
     "reported it bought about 100 mln dlrs.", {"about 100 mln dlrs": "vague-attribution"}),
    ("Smith, as chairman, said the group lost 30 mln dlrs.", {}),
    ("US companies created twice as many jobs as expected in October.", {"twice": "vague-attribution"}),
])
def test_attribution_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue's subject after "as" or "when" is no sentence opener: a name there is a source
    ("Sales rose 5% last month as Nielsen data showed.", {}),
    ("Prices fell when Ofgem figures showed a 5% drop.", {}),
    # the comma after a date ends it; "all" before a larger count counts; a ranking word must
    # follow the count; retiring staff are no age; police questioning is no survey
    ("On March 3, 12 miners were killed.", {"12": "unattributed"}),
    ("The crash killed all 12 people on board.", {"12": "unattributed"}),
    ("The 1.5 million people most at risk will be vaccinated.", {"1.5 million": "unattributed"}),
    ("The bank is retiring 45 branch managers early.", {"45": "unattributed"}),
    ("Of those questioned by police, 12 were later charged.", {"12": "unattributed"}),
    # an aside with a grouped figure still ends at its own comma
    ("Metropolitan, with assets of 2,500 mln dlrs, said profit rose 5 pct.", {"2,500 mln dlrs": "unattributed"}),
    # a distance naming its race; a one-word name with a capital inside
    ("She won the 10-km race in Paris.", {}),
    ("When PwC conducted the same survey last year, nearly 30% said so.", {}),
    # a speech tag after a very long word is read at once
    ('"Money is tighter," one trader said ' + "-".join(["word"] * 30) + " and more. It rose 5 pct.",
     {}),
])
def test_review_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "reportedly" and a nationality's reports stay vague; "SEC" is no unit of time; "left"
    # and "back" before "half" are verbs; a currency code is no product name; a span of time
    # needs a number; only an age after "who is" may be a word; "10 and 20 points" is no age
    ("Last year, Chelsea reportedly paid 30 million pounds for the striker.",
     {"30 million pounds": "vague-attribution"}),
    ("On Monday, Iranian reports said 3,000 soldiers had died.", {"3,000": "vague-attribution"}),
    ("The bank faces 12 SEC inquiries into its accounts.", {"12": "unattributed"}),
    ("The closure left half the town jobless.", {"half": "unattributed"}),
    ("The euro rose to USD 1.3450 in late trade.", {"1.3450": "unattributed"}),
    ("The levy will rise from next year to 2.5 pct of payroll.", {"2.5 pct": "unattributed"}),
    ("Of the injured, seven, including two children, were in a serious condition.",
     {"seven": "unattributed", "two": "unattributed"}),
    ("Smith, who is twenty-five, won.", {}),
    ("They came back when they were 10 and 20 points down.", {"10": "unattributed", "20": "unattributed"}),
    # the present figure keeps the expectation when it opens a range to the expected one
    ("According to the companies, centers are expected to grow from the current three pct to 15 pct.",
     {"three pct to 15 pct": "vague-attribution"}),
])
def test_second_review_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vague cue's scope: a past period's level set against the expected figure is a record
    ("Revenues in the nine months are expected to be about 3,880,000 dlrs, compared to 1,828,000 a year ago.",
     {"about 3,880,000 dlrs": "vague-attribution", "1,828,000": "unattributed"}),
    ("Cattle slaughter is guesstimated at about 128,000 to 132,000 head versus 137,000 a year ago.",
     {"about 128,000 to 132,000": "vague-attribution", "137,000": "unattributed"}),
    # … named by its year, a record or an average, after "against", "down on" or a change's
    # "from", and restated in another measure ("1.79 billion or 2.5 pct")
    ("Its exports are expected to total 50 billion and imports 30 billion against exports of 39.79 billion "
     "and imports of 24.17 billion last year.",
     {"50 billion": "vague-attribution", "30 billion": "vague-attribution", "39.79 billion": "unattributed",
      "24.17 billion": "unattributed"}),
    ("Year to date, it was projected at 937,163 compared to 882,230 in the 1986 period.",
     {"937,163": "vague-attribution", "882,230": "unattributed"}),
    ("Return on permanent capital is estimated at between 15 and 16 pct, versus an average of 18.4 pct.",
     {"between 15 and 16 pct": "vague-attribution", "18.4 pct": "unattributed"}),
    ("Industry sources said latest forecasts for the 1987 crop indicated output of 360,000 tonnes, well down "
     "on the record 501,800 tonne tel quel production in the 1986 (May-December) crop.",
     {"360,000 tonnes": "vague-attribution", "501,800 tonne": "unattributed"}),
    ("The current account deficit is expected to narrow to 1.19 billion ringgit in 1986 or 1.8 pct of GNP "
     "from 1.79 billion or 2.5 pct of the GNP the previous year.",
     {"1.19 billion ringgit": "vague-attribution", "1.8 pct": "vague-attribution", "1.79 billion": "unattributed",
      "2.5 pct": "unattributed"}),
    ('Vista said sales for the year are expected to be "comparable" to fiscal 1986\'s 550.1 mln dlrs.', {}),
    ("Output is expected to rise to 3.2 mln tonnes in 1988.", {"3.2 mln tonnes": "vague-attribution"}),
    # a known document speaks for its owner: by its owner, its name or its kind
    ("The White House report said this would reduce those defense spending programs covered by the "
     "legislation by 10.5 pct and would cut domestic programs by 8.5 pct.", {}),
    ("The Transco pipeline system reached permanent take-or-pay settlements on about half its committed gas "
     "deliverability and interim agreements for another 38 pct of its deliverability, the annual report said.", {}),
    ("The bank's 1986 annual report said of 11 loans approved for Vietnam, eight had been closed.", {}),
    ("Local media reports said 30 people died.", {"30": "vague-attribution"}),
    ("Reports said 30 people died.", {"30": "vague-attribution"}),
    # not statistics that carry-over used to hide (BBC): a race named by its distance, a gap in
    # a standing with no unit; a count named item by item still counts with no determiner
    ("Falic Group bought two cosmetics brands, Hard Candy and Urban Decay.", {"two": "unattributed"}),
    ("Holmes questioned the manner of the Slovenian's runaway 800m victory at the 2002 European Championships.",
     {}),
    ("It leaves Ferguson's side fourth in the league on 31 points - four points behind Arsenal and a further "
     "five back from Chelsea.", {}),
    ("The Conservatives are on 33 per cent in the poll, five behind Labour.",
     {"33 per cent": "unattributed", "five": "unattributed"}),
    # a sum as the object of a verb is a vague quantity (BBC politics)
    ("Parents are expected to spend millions on video games as Christmas presents.",
     {"millions": "vague-attribution"}),
    ("The scheme has cost tens of millions.", {"tens of millions": "unattributed"}),
    ("Its sales run into the millions.", {}),
    # unnamed claims as a noun, like unnamed reports (BBC sport)
    ("And Parry has moved to scotch claims that Chelsea could launch a £35m bid.", {"£35m": "vague-attribution"}),
    # a report verb between a figure and its noun is an adjective (BBC politics)
    ("Indonesia was by far the country worst affected by the tsunami, with 94,000 of the 140,000 confirmed "
     "deaths so far.", {"94,000": "unattributed", "140,000": "unattributed"}),
    ("Officials confirmed 300 deaths.", {}),
    # exporters and importers are unnamed professionals; a nation names none of them, and a
    # tag's subject starts after the comma before it (Reuters)
    ("Sri lanka will tender overnight for 52,500 tonnes of U.S., Canadian and/or Australian wheats for April "
     "8/16 shipment, under the Export Enhancement Program if U.S. origin, U.S. exporters said.",
     {"52,500 tonnes": "vague-attribution"}),
    ("Japanese traders said prices rose 5 pct.", {"5 pct": "vague-attribution"}),
    ("The U.S. Agriculture Department said 300 tonnes were sold.", {}),
    # recorded votes and standings (BBC politics and sport): the other side of a vote, a
    # majority cut in one, points off a place
    ("In 2001, Michael Howard won the Folkestone & Hythe seat with 20,645 votes, compared to 14,738 for the "
     "Liberal Democrat candidate Peter Carroll.", {}),
    ("The government earlier saw its 161-strong majority cut to just 14 as a cross-party amendment was "
     "narrowly rejected.", {}),
    ("A majority of 60% backed it.", {"60%": "unattributed"}),
    ("The Reds are currently fifth in the Premiership table, five points off the crucial fourth spot.", {}),
    # classes from an editor's audit of unseen wire stories (Reuters): a recorded vote; a cue
    # in an aside on a noun reaches only the aside; an estimate does not reach a relative
    # clause after its figure; a figure a rejected suggestion talks about is background;
    # spans with an open bound, a deadweight tonnage, a singular currency
    ("The Senate voted 93 to 0 to urge Reagan to impose penalties.", {}),
    ("The SAS move, said by analysts to be a big blow to McDonnell Douglas, came following a board meeting of "
     "the airline in which the governments of Sweden, Denmark and Norway jointly own a 50 pct stake.",
     {"50 pct": "unattributed"}),
    ("The plant, said by analysts to be worth 5 mln dlrs, was sold.", {"5 mln dlrs": "vague-attribution"}),
    ("Damages was estimated at 800,000 dlrs in the dynamite blast yesterday at Chacapalca, where the explosion "
     "wrecked the train laden with minerals and 45 metres of the railway line.",
     {"800,000 dlrs": "vague-attribution", "45 metres": "unattributed"}),
    ("It is understood that the edition, which has pushed circulation up by 20%, will close.",
     {"20%": "vague-attribution"}),
    ("The government has so far rejected suggestions that it let the IMF play a role in rescheduling its 109 "
     "billion dlr debt, the biggest in the Third World.", {"109 billion dlr": "unattributed"}),
    ("The Fed is expected to add reserves, economists said. They said the Fed may add the reserves indirectly "
     "via a large round, two billion dlrs or more, of customer repurchase agreements.",
     {"two billion dlrs or more": "vague-attribution"}),
    ("The French ship Capitaine Wallis, 13,847 dwt, berthed at the port of Geelong today, sources said.",
     {"13,847 dwt": "vague-attribution"}),
    ("Of the 10 or so images only one showed her face.", {"10 or so": "unattributed", "one": "unattributed"}),
    # near misses of this round's classes: a later year is no past level; a nation or "new"
    # before reports names no one; a year before a report verb leaves it a verb; a thousands
    # separator is no aside's end; "or more than" opens the next figure; a poll's gap counts;
    # what is itself expected stays vague; rumors as rumours
    ("The crop is forecast at 3 mln tonnes in 1987, compared with 3.5 mln tonnes in 1988.",
     {"3 mln tonnes": "vague-attribution", "3.5 mln tonnes": "vague-attribution"}),
    ("The Japanese economists said growth would be 3 pct.", {"3 pct": "vague-attribution"}),
    ("The new reports said 30 people died.", {"30": "vague-attribution"}),
    ("BP in 1986 posted net profits of 3.1 billion stg.", {}),
    ("Output, estimated at 1,200 tonnes of wheat and 3,400 tonnes of maize, was sold.",
     {"1,200 tonnes": "vague-attribution", "3,400 tonnes": "vague-attribution"}),
    ("Profit was 1.2 mln dlrs or more than 12 cts a share.",
     {"1.2 mln dlrs": "unattributed", "more than 12 cts": "unattributed"}),
    ("The company's 5 pct dividend increase is expected next month.", {"5 pct": "vague-attribution"}),
    ("The company denied rumors that it would cut 500 jobs.", {"500": "vague-attribution"}),
    # an editor's reading of the findings this round added on BBC copy: a restated amount in
    # cents, a field mark in words, "running into millions" as an idiom
    ("Shares in Bombardier lost 65 Canadian cents or 25% on the news.",
     {"65 Canadian cents": "unattributed", "25%": "unattributed"}),
    ("Apparently, Isinbayeva has cleared five metres in training.", {}),
    ("The men could face a damages bill running into millions.", {}),
    # an agentless passive with an adverb, and "projected at" as a participle (Reuters)
    ("Defence expenditure, projected at 10 billion rupees this year, is now forecast at 12 billion and is "
     "expected to exceed this by the year-end.",
     {"10 billion rupees": "vague-attribution", "12 billion": "vague-attribution"}),
    ("Output, projected at 10 billion this year, rose 5 pct.",
     {"10 billion": "vague-attribution", "5 pct": "unattributed"}),
    ("The ministry projected at least 5,000 deaths.", {}),
    ("Output has already been forecast at 12 billion.", {"12 billion": "vague-attribution"}),
    ("Output is still expected to reach 12 billion.", {"12 billion": "vague-attribution"}),
    ("Sales, forecast at 5 mln dlrs, fell 3 pct.", {"5 mln dlrs": "vague-attribution", "3 pct": "unattributed"}),
    ("The ministry said output, projected at 10 billion this year, would rise 5 pct.",
     {"10 billion": "vague-attribution"}),
    ("Unemployment, forecast at 10 pct by the OECD, rose to 9 pct.", {}),  # the agent after the figure names it
    ("Some economists, however, forecast growth of 2 pct in 1987, slowing to 1.5 pct in 1988.",
     {"2 pct": "vague-attribution", "1.5 pct": "vague-attribution"}),  # a main verb after "however", no aside
    ("Ministry figures also show 3,000 jobs were lost.", {}),
    # "put" reports a figure only as an estimate puts it at a level (BBC tech; Reuters)
    ("IBM puts cash behind Linux push\n\nIBM is spending $100m (£52m) over the next three years.\n",
     {"$100m": "unattributed", "£52m": "unattributed"}),
    ("In 2001 it put $300m into a three-year Linux program.", {"$300m": "unattributed"}),
    ("Industry estimates put output at 3 mln tonnes.", {"3 mln tonnes": "vague-attribution"}),
    ("The ministry's figures put inflation at 5 pct.", {}),
    # a month owns no figures: "last September's figures" is the comparison, not a source
    ("This is a 14% rise from last September's figures.", {"14%": "unattributed"}),
    ("Le Figaro's list puts the bill at 40 mln francs.", {}),
    # a figure in the subject's definite noun phrase is background to what is expected or said
    ("Despite a sharp early fall in Texaco Inc bonds, the 125 billion dlr U.S. junk bond market was largely "
     "unaffected by Texaco's filing, analysts said.", {"125 billion dlr": "unattributed"}),
    ("American Brands Inc's 545 mln dlrs acquisition of National Distillers and Chemical Corp's liquor business "
     "is expected to be one of a series of acquisitions by the tobacco company, analysts said.",
     {"545 mln dlrs": "unattributed"}),
    ("The 50 mln dlr plant is expected to produce 3 mln tonnes.",
     {"50 mln dlr": "unattributed", "3 mln tonnes": "vague-attribution"}),
    # a vague cue opening its own clause after the figure does not reach back to it
    ("The inflation rate was 11.5 pct in 1986 and private economists say it will be 25 to 30 pct in 1987.",
     {"11.5 pct": "unattributed", "25 to 30 pct": "vague-attribution"}),
    ("Kericho has so far recorded only 176 mm and little rain is forecast throughout the country.",
     {"176 mm": "unattributed"}),
    ("Phytopharm shares jumped 10.7% on the news, with analysts saying sales of $600m a year were possible.",
     {"10.7%": "unattributed", "$600m": "vague-attribution"}),
    # a figure in a relative clause after the vague cue describes what the clause names
    ("The board is expected to meet this week to discuss the latest proposal, which values the club at £800m.",
     {"£800m": "unattributed"}),
    # a figure in a definite noun phrase is background to what unnamed speakers say
    ("Government sources said the blockage would delay measures to recoup the 25 pct withholding "
     "tax levied on investment income.", {"25 pct": "unattributed"}),
    ("Officials will seek support for a refinancing of part of Nigeria's 19 billion dlr foreign debt, "
     "bankers said.", {"19 billion dlr": "unattributed"}),
    ("Political analysts said the tax could affect the more than 2,500 local elections scheduled for April.",
     {"more than 2,500": "unattributed"}),
    # ... but a figure the unnamed speakers give stays vague
    ("Bankers said the loan would total 500 mln dlrs.", {"500 mln dlrs": "vague-attribution"}),
    ("Output fell short of the 4.2% rate pencilled in by forecasters.", {"4.2%": "vague-attribution"}),
    # unnamed professionals where they work ("in" a place) and unnamed diplomats are vague
    ("Dealers in Khartoum's thriving black market said the dollar was sold at 5.5 pounds today.",
     {"5.5 pounds": "vague-attribution"}),
    ("Twenty-three pct of the debt is owed to members of the Paris Club, Western diplomats said.",
     {"Twenty-three pct": "vague-attribution"}),
    ("Analysts at Barclays said profits would rise 5%.", {}),
    # a day or a month after "according to a study" names no one; nor does a nation's data
    ("Women earn less than men, according to a study released on Wednesday. "
     "Only 16% of women earn more than £50,000.",
     {"16%": "unattributed", "more than £50,000": "unattributed"}),
    ('"The economy is not receiving the equipment it requires," said Talyzin. Soviet data show '
     "the industry increased output by 3.3 pct in the first nine months.", {"3.3 pct": "unattributed"}),
    # a cue in a relative clause after the figure speaks of something else
    ("Sudan is some 500 mln dlrs in arrears to the IMF, which declared it ineligible for fresh loans.",
     {"some 500 mln dlrs": "unattributed"}),
    ("Net profit rose to 5 mln dlrs, which the company said was a record.", {}),
    # "a third" before a noun is an ordinal; before "of", a comparative, a time or a verb, a fraction
    ("She defended her title 12 months later and will now seek a third title in the April race.", {}),
    ("Women make up a third of the workforce.", {"a third": "unattributed"}),
    ("Sales fell by a third last year.", {"a third": "unattributed"}),
    ("A third voted against the plan.", {"A third": "unattributed"}),
    # a pair after a possessive and "the original" set pick out what the story named
    ("Talks between their two countries resumed after the visit.", {}),
    ("The band re-formed with the original four members.", {}),
    ("The original 1,000 shares were sold.", {"1,000": "unattributed"}),
    # "from" after a verb of change opens the level the change started from: two figures;
    # "ranged from" and a bare "from … to" stay ranges
    ("The price went from 23.79 crowns to 20.45 crowns.", {"23.79 crowns": "unattributed",
                                                          "20.45 crowns": "unattributed"}),
    ("The company cut the price from 10 dlrs to 8 dlrs.", {"10 dlrs": "unattributed", "8 dlrs": "unattributed"}),
    ("Rates ranged from 5 to 7 pct.", {"from 5 to 7 pct": "unattributed"}),
    ("It sold from 20 to 30 units a day.", {"from 20 to 30": "unattributed"}),
    # rows under a body's "as follows:" are its list (reuters-story#newid=13861)
    ("BUENOS AIRES, April 7 - The Argentine Grain Board yesterday adjusted minimum export prices\n"
     "in dlrs per tonne FOB, previous in brackets, as follows:\n"
     "    Maize 70 (71), linseed oil 264 (265).\n"
     "    Soybean cake and expellers 170 (169), pellets 163 (164) and\n"
     "meal 153 (152), all for shipments through May.", {}),
    # wire copy: a definite subject after an attributed sentence with figures continues its
    # account, unless it names another body (reuters-story#newid=12023, 11512)
    ("SOUTHFIELD, Mich., April 1 - American Motors Corp said it produced 2,578 U.S. cars in March, "
     "down from 5,922 in the same 1986 month. The automaker's March U.S. Jeep output was 21,390.", {}),
    ("WASHINGTON, March 5 - FAS said it had lost about 510,000 dlrs on the contracts. The House "
     "Appropriations Committee has approved one mln dlrs in supplemental funds.", {"one mln dlrs": "unattributed"}),
    ("American Motors Corp said it produced 2,578 U.S. cars in March. The automaker's March U.S. Jeep "
     "output was 21,390.", {"21,390": "unattributed"}),
    # a vague cue's scope: the level a change starts from; a clause of reason or contrast; a
    # comparison reaches only the figure compared (reuters-story#newid=19691, 6196, 7740, 7174)
    ("The company said the sales team is expected to rise to 150 from 100 in the next 45 days.",
     {"150": "vague-attribution"}),
    ("He added that no extension is expected since it would cost billions of dollars.", {}),
    ("The center is expected to put up 15 mln dlrs of the cost while GE contributes equipment "
     "valued at 2.0 mln dlrs.", {"15 mln dlrs": "vague-attribution", "2.0 mln dlrs": "unattributed"}),
    ("The results were slightly better than analysts forecast and the share firmed to 231p.",
     {"231p": "unattributed"}),
    ("Profits rose 5 pct, more than analysts had expected.", {"5 pct": "unattributed"}),
    ("Profits rose less than the 5 pct analysts had expected.", {"5 pct": "vague-attribution"}),
    ("If he does cut borrowing by between one and 1.5 billion stg, as most economists predict, "
     "markets will rally.", {"between one and 1.5 billion stg": "vague-attribution"}),
    # a report a vague cue relays "notes" its figures; a belief is about a described price
    ("Traders said the report notes that earnings could be worth about 35 cts to 55 cts a share.", {}),
    ("Analysts mostly believe the 35 dlrs per share price being paid by Hutton is fully valued.",
     {"35 dlrs": "unattributed"}),
    # "near" bounds a figure; a currency named by its country and "cent" are units; a band is a label
    ("Gas could double the rig count to near 2,000 by 1990, some analysts said.",
     {"double": "vague-attribution", "near 2,000": "vague-attribution"}),
    ("The loans total 10,000 Canadian dlrs each.", {"10,000 Canadian dlrs": "unattributed"}),
    ("Exxon cut the price 0.50 cent a gallon.", {"0.50 cent": "unattributed"}),
    ("Rapper 50 Cent topped the chart.", {}),
    ("Dealers noted that bills in band four have not been dealt in since February.", {}),
    # BBC audit classes: a ranking, an age after "youngest", a race, a model after its maker,
    # "the past two", a survey that "discovered"
    ("Garcia-Lopez, ranked 106 in the world, dominated from the outset.", {}),
    ("He rose through its ranks, becoming Australia's youngest store manager at 19.", {}),
    ("Kenteris won gold in the 200m at the 2000 Olympics in Sydney.", {}),
    ("The firm invested in the 200m project.", {"200m": "unattributed"}),
    ("The cameras are based on the HP 607 model.", {}),
    ("The manifesto, which for the past two polls has been drawn up by the chancellor, is due.", {}),
    ("The charity recommends a payment. In a survey, it discovered that rates could vary by "
     "as much as £100 per week.", {}),
    ("Police discovered 200kg of cocaine.", {"200kg": "unattributed"}),
    # a cue in a time clause after the figure speaks of its own clause (reuters-story#newid=16220)
    ("UAW president Owen Bieber was loudly cheered by some 3,000 local delegates yesterday when he "
     "declared the union is ready to go to war.", {"some 3,000": "unattributed"}),
    ("The union has 3,000 members, he declared.", {}),
    # "claimed" as took is no cue (bbc/entertainment/144.txt); a crowd's strength counts
    ("The track claimed the top spot. It is the fifth in a series of 18 reissues.", {"18": "unattributed"}),
    ("The storm claimed the lives of 30 people.", {"30": "unattributed"}),
    ("The group claimed 500 people had died.", {}),
    ("The 300-strong crowd cheered the band.", {"300": "unattributed"}),
    ("The 22-cap Dragons man is fit again.", {"22": "unattributed"}),
    # review guards: a closing tag with trailing words reaches every figure; a joint subject is
    # one clause; an estimate of a past period stays one; a comparison needs a figure before it;
    # contractions are no possessives; a participle cue after the noun is the figure's own; a
    # body after "in" names its economists; a named firm's data is named; a verb after "a third"
    ("Exports rose 5 pct and imports fell 3 pct, trade sources said on Tuesday.",
     {"5 pct": "vague-attribution", "3 pct": "vague-attribution"}),
    ("Some 300 homes and 40 businesses are thought to have been damaged.",
     {"Some 300": "vague-attribution", "40": "vague-attribution"}),
    ("Output is estimated at 2.55 mln tonnes vs 2.60 mln tonnes estimated last month.",
     {"2.55 mln tonnes": "vague-attribution", "2.60 mln tonnes": "vague-attribution"}),
    ("Sources said the rebels fought against 3,000 troops last week.", {"3,000": "vague-attribution"}),
    ("It is estimated that 500 people died last year.", {"500": "vague-attribution"}),
    ("The company said sales are expected to reach 5 mln dlrs, compared with 3 mln dlrs a year ago.",
     {"5 mln dlrs": "vague-attribution"}),
    ("Analysts said there's 20 pct upside in the shares.", {"20 pct": "vague-attribution"}),
    ("Bankers said the 80 bodies estimated to be trapped could not be reached.", {"80": "vague-attribution"}),
    ("Bankers said the 500 mln dlrs would be lent on.", {"500 mln dlrs": "vague-attribution"}),
    ("Its 19 billion dlr foreign debt is a burden, bankers said.", {"19 billion dlr": "unattributed"}),
    ("Economists in the Finance Ministry said growth would slow to 2 pct.", {}),
    ("Costs rose, according to diplomats. About 40 pct of aid was lost.", {"About 40 pct": "unattributed"}),
    ("The minister said spending was rising. Experian data show card spending rose 3.3 pct.", {}),
    ("Women earn less, according to a study published in Monday's edition. Only 16% of women earn more.",
     {"16%": "unattributed"}),
    ("A third oppose the plan.", {"A third": "unattributed"}),
    ("Half back it and a third oppose it.", {"a third": "unattributed"}),
    # a scale with no number is a vague quantity (bbc/entertainment/131.txt)
    ("Should the government subsidise a multi-billion pound industry?", {"multi-billion pound": "unattributed"}),
    # wire copy: a quoted remark with no figure passes nothing on (reuters-story#newid=9487)
    ("WASHINGTON, March 26 - Traders said airline stocks were mixed on the merger news.\n"
     '    "With all the rumors you didn\'t know what was going to happen," he said.\n'
     "    USAir stock was trading at 44-3/8, off 3/4 on volume of 4.4 mln shares.",
     {"44-3/8": "unattributed", "4.4 mln": "unattributed"}),
    ('"With all the rumors you didn\'t know what was going to happen," he said. '
     "USAir stock was trading at 44-3/8.", {}),
    # third tuning audits: "another" and "a further" stay outside the span; "gains of" is a
    # noun before a range; "the agency" continues the agency's account in wire copy; "the six"
    # before a dash and its list is identifying; a list of lengths ending in "-month"; a
    # forecast with a named agent is theirs; "due to" opens a clause of reason
    ("The firm will borrow another five billion dlrs.", {"five billion dlrs": "unattributed"}),
    ("A further 200 jobs will go.", {"200": "unattributed"}),
    ("Soybean futures rallied to hold gains of one cent to three cents per bushel higher.",
     {"one cent to three cents": "unattributed"}),
    ("NEW YORK, April 2 - Moody's Investors Service Inc said it downgraded 500 mln dlrs of debt of XYZ Corp.\n"
     "    The agency also assigned a Ba-1 rating to 90 mln dlrs of notes.", {}),
    ("Dealers said they expect the six - Britain, Canada, France, Japan, the U.S. and West Germany - to meet.", {}),
    ("Dealers cited some borrowing interest in two, three, and six-month deposits.", {}),
    ("Most economists predict growth slower than the 3 pct forecast by the Reagan administration.", {}),
    ("Growth was ahead of the 0.6% forecast.", {"0.6%": "vague-attribution"}),
    ("Output was estimated at 151 mln tonnes due to failure of monsoon rains in 15 sub-divisions.",
     {"151 mln tonnes": "vague-attribution", "15": "unattributed"}),
    # a name an aside describes speaks; "pointed out" and "declaring" report (bbc/politics/116.txt,
    # bbc/business/029.txt, reuters-story#newid=10292)
    ("Michelle, a mother of twins, said she had not received a penny of the £57 a week she was owed.", {}),
    ("Inflation, a key measure, showed a 5% rise.", {"5%": "unattributed"}),
    ("The company pointed out that the farm, which employs 300 workers, provides meat.", {}),
    ("BHP held its dividend at 37.5 cents after declaring a final dividend of 20 cents.", {}),
    # a tally of one game (bbc/sport/292.txt, bbc/sport/428.txt); a career's caps count
    ("Man-of-the-match Stephen Jones, who kicked three penalties, a drop goal and conversion, was happy.", {}),
    ("Federer had to save two match points before squeezing past Juan.", {}),
    # second review guards
    ("Shares rose 12 pct to two-year highs.", {"12 pct": "unattributed"}),
    ("Three-month rates rose to 6.5 pct and 10-year bond yields fell to 7.2 pct.",
     {"6.5 pct": "unattributed", "7.2 pct": "unattributed"}),
    ("More than 200 people are believed to have been killed in the attack.", {"More than 200": "vague-attribution"}),
    ("Analysts said shares fell because profits dropped 10 pct.", {"10 pct": "vague-attribution"}),
    ("World Bank sources said the bank's lending since 1957 totalled 4.3 billion dlrs.",
     {"4.3 billion dlrs": "vague-attribution"}),
    ("The company sold 5 mln shares and analysts expect more sales.", {"5 mln": "unattributed"}),
    ("Sales hit 5 mln dlrs and analysts say more will come.", {"5 mln dlrs": "unattributed"}),
    ("Nigeria wants relief on part of its 19 billion dlr debt, bankers said.", {"19 billion dlr": "unattributed"}),
    ("Delegates are thought to have come from 30 countries.", {"30": "vague-attribution"}),
    ("Sales fell 10 pct last year, as he predicted.", {}),
    ("The worst-hit areas were as follows:\n    Aceh 100,000, Sri Lanka 30,000.",
     {"100,000": "unattributed", "30,000": "unattributed"}),
    ("LONDON, March 3 - Barclays Plc said its pre-tax profit rose to 500 mln stg.\n"
     "    The World Bank lent 300 mln dlrs to Brazil.", {"300 mln dlrs": "unattributed"}),
    ("Police discovered the bodies of 12 people in a house.", {"12": "unattributed"}),
    ("The government, declaring a state of emergency, sent 5,000 troops to the region.", {"5,000": "unattributed"}),
    ("Campaigners claimed the record fine of 5 mln stg was too low.", {}),
    ("Critics, a vocal minority, say 500 jobs will go.", {"500": "vague-attribution"}),
    ("He made a third attempt to climb the mountain.", {}),
    ("The regulator imposed 25 penalties on banks last year.", {"25": "unattributed"}),
    ("Wilkinson has kicked 25 penalties in this season's Six Nations.", {"25": "unattributed"}),
    ("Real Madrid lead the 20-strong Primera Liga.", {}),
    ("The government will spend the 200m in savings on schools.", {"200m": "unattributed"}),
    ("Estimates rose from 10 to 20 billion dlrs.", {"from 10 to 20 billion dlrs": "unattributed"}),
    ("Output has fallen from 785 to 708.", {"785": "unattributed", "708": "unattributed"}),
    ("The minister spoke. Kuwaiti figures show output rose 5 pct.", {"5 pct": "unattributed"}),
    ("Profits rose 5 pct, with sales up 3 pct, analysts said in a note to clients on Monday.",
     {"5 pct": "vague-attribution", "3 pct": "vague-attribution"}),
    ("A third agreed.", {"A third": "unattributed"}),
    ("Women earn less, according to a report released at Christmas. Only 16% of women earn more.",
     {"16%": "unattributed"}),
    # final audit classes: a ratio "out of" is one span; a recorded vote; a change named by a
    # noun and a price that "closed up" split their levels; the level an expected rise starts
    # from; an unnamed expert; currencies of several words; a race of kilometres
    ("Six out of every 10 voters backed it.", {"Six out of every 10": "unattributed"}),
    ("MPs voted 272-219 in favour.", {}),
    ("The target is an increase in the rate from 29% to 40%.", {"29%": "unattributed", "40%": "unattributed"}),
    ("Shares closed up 1-1/2 to 15.", {"1-1/2": "unattributed", "15": "unattributed"}),
    ("Profit is expected to rise 4.1 pct from 11.28 billion yen in the first quarter.",
     {"4.1 pct": "vague-attribution", "11.28 billion yen": "unattributed"}),
    ("A foreign agricultural expert forecast output of 5 to 6 mln tonnes.", {"5 to 6 mln tonnes": "vague-attribution"}),
    ("The fund lacks five billion European Currency Units.", {"five billion European Currency Units": "unattributed"}),
    ("It costs 9 euro cents.", {"9 euro cents": "unattributed"}),
    ("She won gold in the six kilometre event.", {}),
    # "or" joins a range, unless of years; "over" a year is a time; a price in eighths after a
    # verb of change is the change and the level; a quarter percentage point is one figure
    ("Prices rose around 38 or 39 pct.", {"around 38 or 39 pct": "unattributed"}),
    ("He sold one or two cars.", {"one or two": "unattributed"}),
    ("In 1999 or 2000 sales rose.", {}),
    ("Output rose 1.5 pct over 1986 to 390 mln tonnes.", {"1.5 pct": "unattributed", "390 mln tonnes": "unattributed"}),
    ("The stock dropped 3-1/2 to 28-3/8.", {"3-1/2": "unattributed", "28-3/8": "unattributed"}),
    ("Rates fell a quarter percentage point.", {"a quarter percentage point": "unattributed"}),
    ("Exports fell from 73,164 to 35,910 tonnes.", {"73,164": "unattributed", "35,910 tonnes": "unattributed"}),
    # third review guards: "or" joins only after a bare number; "ranged from" stays a range;
    # a range of changes in points; "by over" a number; a wire subject naming a body by its
    # head noun; a place is no body; races need race copy; a tournament is one game's; "the
    # expert" points back; years chosen between
    ("It cost $5m or 10% of the budget.", {"$5m": "unattributed", "10%": "unattributed"}),
    ("The company earned 1.2 mln dlrs or 12 cts a share.", {"1.2 mln dlrs": "unattributed", "12 cts": "unattributed"}),
    ("They paid 5 or 6 mln dlrs.", {"5 or 6 mln dlrs": "unattributed"}),
    ("Output grew 12 mln tonnes in 1986 or 1.8 pct.", {"12 mln tonnes": "unattributed", "1.8 pct": "unattributed"}),
    ("Forecasts for growth ranged from 2 to 3 pct.", {"from 2 to 3 pct": "unattributed"}),
    ("Prices of long bonds rose 1-1/2 to 2 points.", {"1-1/2 to 2 points": "unattributed"}),
    ("Costs rose by over 2000 to 5000 dlrs.", {"over 2000 to 5000 dlrs": "unattributed"}),
    ("TOKYO, April 2 - Toyota Motor Corp said it made 300,000 cars in March.\n"
     "    The Japanese company's exports were 120,000.", {}),
    ("The worst-hit areas in Sri Lanka were as follows:\n    Galle 100,000, Matara 30,000.",
     {"100,000": "unattributed", "30,000": "unattributed"}),
    ("The firm won approval for a 300 km run of new pipeline.", {"300 km": "unattributed"}),
    ("The firm has built a 10 kilometre race track.", {"10 kilometre": "unattributed"}),
    ("Federer had to save two match points before winning the tournament.", {}),
    ("Professor Jane Smith is a housing expert at the LSE. The expert said 500 jobs would go.", {}),
    ("The plant may close in 1988 or 89.", {}),
    # a cue of the figure's own clause that does not reach it still blocks carry-over
    ("The company said sales rose 3 pct. The inflation rate was 11.5 pct in 1986 and private economists "
     "say it will be 25 pct in 1987.", {"11.5 pct": "unattributed", "25 pct": "vague-attribution"}),
    # a camera's resolution keeps its unit
    ("The phone has a 1.3 megapixel camera.", {"1.3 megapixel": "unattributed"}),
])
def test_unseen_batch_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # not statistics, once hidden behind carry-over: a year after "number one", a run of
    # results, the length of one play, a count its sentence names item by item, a part of a
    # period, a team by its age limit, a run of attempts, a chart entry, an age after "are",
    # league points, a mark in the field, a broadcast time, an age after "now", a tally of
    # wins, a personal best's event, lengths of tranches
    ("Queen went to number one in 2000 with a version of We Will Rock You.", {}),
    ("England have now equalled an 18-year low of four successive championship defeats.", {}),
    ("Bouba Diop's superb 25-yard strike cancelled out the visitors' lead in the 87th minute.", {}),
    ("Mendes shot from 50 yards and United goalkeeper Roy Carroll spilled the ball.", {}),
    ("No-one was getting carried away with the three victories over England, Italy and France.", {}),
    ("The company will close the three plants in Leeds, Hull and York next year.", {}),
    ("The company will close the three plants in Leeds and York next year.", {"three": "unattributed"}),
    ("One in 2000 people carry the gene.", {"One in 2000": "unattributed"}),
    ("Ministers have been asked to explain how Budget details were printed in a London newspaper "
     "half an hour before Gordon Brown made his speech.", {}),
    ("Jamie didn't finally arrive at hospital in Athens until some nine and a half hours after the accident.", {}),
    ("He coached the under 14 boys at the club.", {}),
    ("Under 14 boys died in the fire.", {"Under 14": "unattributed"}),
    ("It was their only victory in eight attempts.", {}),
    ("Another new entry at six was Green Day.", {}),
    ("Instead households where council tax payers are over 65 would get a rebate covering half their "
     "bill, up to a maximum of £500.", {"half": "unattributed", "up to a maximum of £500": "unattributed"}),
    ("The result leaves Ferguson's side fourth in the league on 31 points.", {}),
    ("Idowu landed 17.30m at the British trials in Sheffield last month.", {}),
    ("For the full interview with Mike Tindall tune into this Sunday's Rugby Special, 2340 on BBC Two.", {}),
    ("It is the 12th time that Agassi, now 34, has progressed to the quarter-final stage.", {}),
    ("Italy have only recorded three wins since they joined the Six Nations in 2000.", {}),
    ("Campbell set his 100m personal best when he won the European title.", {}),
    ("The shorter of the two tranches of five and eight years has also encouraged syndicates.", {}),
    # spans: any multiplier before what it multiplies, bounds written as phrases
    ("It took £7.2m in three days - eight times more than the number two, Closer.",
     {"£7.2m": "unattributed", "eight times": "unattributed"}),
    ("Prices were 12 times the level of 1990.", {"12 times": "unattributed"}),
    ("The charity has helped in excess of 200 families.", {"in excess of 200": "unattributed"}),
    ("Staff may take free shares up to a limit of five a year.", {"up to a limit of five": "unattributed"}),
    ("The bank has a minimum of 30 branches.", {"a minimum of 30": "unattributed"}),
    # unnamed documents: "Figures" opening a sentence names no one, nor does "official" before
    # figures; a projection nobody is named for is vague
    ("Figures show that currently only eight people per thousand are car owners.", {"eight": "unattributed"}),
    ("Official figures showed on Friday that unemployment was unchanged at 9.9% last month.",
     {"9.9%": "unattributed"}),
    ("Figures from the ONS show 9.9% were out of work.", {}),
    ("That is above the projected eurozone average of just above 2%.", {"just above 2%": "vague-attribution"}),
    # figures that went unseen: an address needs its capitals ("no place to stop" is none), a
    # career's caps, a tally of times in words, a crowd as a subject; a title opening the
    # sentence with its number is a name, "a one-time charge" no tally
    ("MPs urged ministers to make councils create sites because 3,500 travellers have no place to stop.",
     {"3,500": "unattributed"}),
    ("He lives at 10 Downing Street.", {}),
    ("Johnson won 84 England caps and quit Test rugby at the start of 2004.", {"84": "unattributed"}),
    ("Kenya's athletics body has suspended two-time London Marathon runner-up Susan Chepkemei.",
     {"two": "unattributed"}),
    ("The firm took a one-time charge.", {}),
    ("Thousands braved the cold weather to see the stars in London's Leicester Square.",
     {"Thousands": "unattributed"}),
    ("Halo 2 dropped one place to five, while Half-Life 2 fell to number six.", {}),
    # a subject noun the sentence before named continues its account, even with a verb after
    # it that could pass for a noun ("The suit seeks")
    ("NEW YORK, March 18 - American International Petroleum Corp said a law suit alleging breach of "
     "contract has been filed against its Majestic Crude Corp subsidiary by AMONI Ltd.\n"
     "    The suit seeks 600,000 dlrs in damages.", {}),
    ("The ministry said the bill had been filed. The army units hold 4,000 troops there.",
     {"4,000": "unattributed"}),
    # a wire remark with its tag before the quotation passes nothing on either
    ("NEW YORK, April 8 - Marc Cohen of Republic National Bank of New York said: \"The market now has "
     "the impetus to drive the dollar lower again.\"\n    The dollar hovered between 145.50 and 147 yen "
     "in the days just before the talks.", {"between 145.50 and 147 yen": "unattributed"}),
    # from editors' audits of wire findings: a futures call nobody is named for is vague; wire
    # copy's capital after "U.S." hides no verb; a body gives the size of its own survey, the
    # police's questioning is an act; a vote cast against is a tally; "U.S. dlr" is one unit
    ("June live cattle futures are called 0.20 to 0.50 cent lower on Monday.",
     {"0.20 to 0.50 cent": "vague-attribution"}),
    ("Esso Malaysia Bhd, a unit of Exxon Corp of the U.S., Reported net profit of 70 mln ringgit in 1986.", {}),
    ("The independent institute surveyed 436 firms listed in the first section of the Tokyo Stock Exchange.", {}),
    ("Police questioned 12 men on Tuesday.", {"12": "unattributed"}),
    ("The cabinet won, with 282 voting against.", {}),
    ("Canada wants a five-year 5 billion U.S. dlr program to test cleaner ways of burning coal.",
     {"5 billion U.S. dlr": "unattributed"}),
    # an aside on the name opening the sentence is background whatever the speaker does first;
    # an aside on a subject another speaker's tag reports stays that speaker's
    ("Jones, who won five medals at the 2000 Olympics, denies using drugs and says she will take legal action.",
     {"five": "unattributed"}),
    ("United, a savings bank with 607 mln dlrs in assets and 23 offices, will operate as a unit of "
     "Rainier, Rainier said.", {}),
    # a player's running total is a statistic, a run of games conceded is not; a cue word after
    # the word that makes it a noun is no cue; a relative clause on an inverted tag's speaker
    # or employer is background
    ("Shearer currently has 187 goals to his name.", {"187": "unattributed"}),
    ("Owen, who moved to the Bernabeu from Liverpool last summer, has grabbed 11 goals for Real.",
     {"11": "unattributed"}),
    ("The Londoners have conceded six goals in their two subsequent League outings.", {"two": "unattributed"}),
    ("The EU expanded from 15 to 25 member states in May.", {"from 15 to 25": "unattributed"}),
    ("About 120,000 people will attend the CES trade show which stretches over more than 1.5 million square feet.",
     {"About 120,000": "unattributed", "more than 1.5 million": "unattributed"}),
    ("The World Bank estimates that some 277 mln dlrs has yet to be disbursed.", {}),
    ("\"We have grown the pool,\" said Geoff Graber, director of Yahoo Games, which attracts about 12 "
     "million gamers a month.", {"about 12 million": "unattributed"}),
    ("He said Ford, which has 300 plants, would grow.", {}),
    # what unnamed speakers say is theirs, a source named inside it included: nothing carries
    # on; "it seems that" is vague; a disaster that "claimed" lives took them; "-times" tallies
    ("NEW YORK, March 30 - Earlier, analysts and traders said the stock rose sharply after Henley Group "
     "disclosed in a filing that it holds almost eight mln shares.\n    The stock was trading at 38-3/4, "
     "up 2-5/8.", {"38-3/4": "unattributed", "2-5/8": "unattributed"}),
    ("It seems that thousands of civil servants were hit.", {"thousands": "vague-attribution"}),
    ("The tournament went ahead after the disaster which has so far claimed at least 150,000 lives.",
     {"at least 150,000": "unattributed"}),
    ("Moya beat four-times finalist Paradorn Srichaphan.", {"four": "unattributed"}),    # review guards: a bank's forecast speaks; 'now' before a price or rate is no age; a
    # modifier the sentence before named, or a prefix of its word, continues nothing; a vote
    # needs its voters; entries are a chart's only when new; quarterly losses are no run of
    # games; a running total in a competition counts; 'times over the last' is a tally; a
    # place opening an address needs a name; an opening preposition is no title; only
    # 'number one in 2000' is a year; 'some 30 yards' is one play's length; a name after
    # 'U.S.' keeps its capital; a number of times alone counts
    ('The central bank forecasts growth of 2.5% next year.', {}),
    ('Figures from the Home Office for 2004 show that 300 people died.', {}),
    ('Unemployment, now 5.2%, is high.', {'5.2%': 'unattributed'}),
    ('Shares in Vodafone, now 95p, have fallen.', {'95p': 'unattributed'}),
    ('The company said in a statement that it would appeal. The state government spends 3 billion dollars a year on welfare.', {'3 billion dollars': 'unattributed'}),
    ('The minister said health spending would rise. The health service employs 1.3 million people.', {'1.3 million': 'unattributed'}),
    ('About 300 opposed the scheme at a public meeting.', {'About 300': 'unattributed'}),
    ('Entries to the competition rose to 85 this year.', {'85': 'unattributed'}),
    ('The carmaker has now posted three consecutive quarterly losses.', {'three': 'unattributed'}),
    ('Henry has scored 25 goals in the Premiership this season.', {'25': 'unattributed'}),
    ('Arsenal have won 12 times over the last two seasons.', {}),
    ('Some 12,000 St Helens fans travelled to Cardiff.', {'Some 12,000': 'unattributed'}),
    ('Across 40 countries sales rose sharply.', {'40': 'unattributed'}),
    ('The risk rises to one in 2000 for women over 40.', {'one in 2000': 'unattributed'}),
    ('Lampard scored from some 30 yards.', {}),
    ('The U.S. Claims Court awarded the firm 5 mln dlrs.', {'5 mln dlrs': 'unattributed'}),
    ('He played three times for Wales.', {'three': 'unattributed'}),
    ('Prices were 1,000 times more than a year ago.', {'1,000 times': 'unattributed'}),
    # from the editor's audit of the rules as shipped: estimates nobody owns are vague, owned
    # ones are their owner's; a ratio in digits is one figure
    ("Sorghum production estimates remained steady at 3.2 to 3.5 mln tonnes.",
     {"3.2 to 3.5 mln tonnes": "vague-attribution"}),
    ("Estimates for total crop ranged from 2.3 to 2.6 mln tonnes.", {"from 2.3 to 2.6 mln tonnes": "vague-attribution"}),
    ("Sorghum production estimates remained steady at 3.2 to 3.5 mln tonnes, down 16.7 to 22 pct from the "
     "4.1 to 4.2 mln tonnes produced in the last harvest.",
     {"3.2 to 3.5 mln tonnes": "vague-attribution", "16.7 to 22 pct": "vague-attribution",
      "4.1 to 4.2 mln tonnes": "unattributed"}),
    ("USDA estimates for the crop were 5 mln tonnes.", {}),
    ("The ministry's estimates for the crop were 6 mln tonnes.", {}),
    ("Only 10 out of 82 members of the board attended.", {"10 out of 82": "unattributed"}),
    # a passive cue's agent after the figure names the source; the level a predicted change
    # starts from, digit groups and all, is the named source's; a vague cue in a clause of
    # reason after the figure neither reaches it nor stops carry-over
    ("Annual inflation for 1987 was forecast at four to 4.5 pct by the National Economic and "
     "Development Authority early this month.", {}),
    ("Exports of beef/veal are also predicted to decline to 480,000 tonnes shipped weight in 1987 from "
     "515,000 in 1986, and then rally to 490,000 in 1988, the AMLC said in a summary of its forecasts.",
     {"480,000 tonnes": "vague-attribution"}),
    ("Exports will rise 5 pct, the AMLC said. It sees cattle numbers remaining at around the 1986 level "
     "of 23.2 mln beasts because herd rebuilding is expected to be slower.", {}),
    # "adds to" accumulates; "previously reported (as)" is the next figure's own vague cue; a
    # passive report verb makes no source of its subject
    ("The latest triumph adds to the three Grammys and four American MTV gongs won earlier in this year.",
     {"three": "unattributed", "four": "unattributed"}),
    ("This followed a 27.7 pct drop in January, previously reported as a 22.4 pct fall.",
     {"27.7 pct": "unattributed", "22.4 pct": "vague-attribution"}),
    ("But January's sales were revised down to a 7.4 pct drop, from a previously reported 5.8 pct decline.",
     {"7.4 pct": "unattributed", "5.8 pct": "vague-attribution"}),
    ("The figures were published by the ONS and showed 5% growth.", {}),
    # a market's quotation is a price, no report; a paper quoting unnamed sources is vague;
    # "were found" with no agent names no one; analysts' projections are nobody's in particular
    ("TSR-20 May and June were quoted at 163.50 cents/kilo, both up 0.50 cent from yesterday.",
     {"163.50 cents": "unattributed", "0.50 cent": "unattributed"}),
    ("The Times of Zambia quoted unnamed sources as saying Zambia exported 100,000 tonnes of copper.",
     {"100,000 tonnes": "vague-attribution"}),
    ("The paper quoted Finance Minister Ray as saying 300 jobs would go.", {}),
    ("From those tests, about 100 infectious cases of TB were found.", {"about 100": "unattributed"}),
    ("It expects to meet analysts' projections of 1.50 dlrs per share.", {"1.50 dlrs": "vague-attribution"}),    # second review guards: a passive cue's agent names its source; what unnamed speakers say
    # covers a starting level; 'estimates' after a preposition is no subject, 'the' no owner;
    # a bracketed acronym owns; 'according to' covers a clause of reason; a date after 'by' is
    # no agent; 'analysts estimates' without its apostrophe; a ratio in digits ends at its comma
    ('A 5 pct pay rise was announced by the ministry.', {}),
    ('Bank lending dropped by five billion crowns in January from 260 billion crowns the previous month, Oslo bankers said.', {'five billion crowns': 'vague-attribution', '260 billion crowns': 'vague-attribution'}),
    ('European zinc production, including estimates for Yugoslavia, fell to 152,900 tonnes in February.', {'152,900 tonnes': 'unattributed'}),
    ('The deficit was above previous estimates of the deficit and compares with a surplus of 2.9 billion stg in 1985.', {'2.9 billion stg': 'unattributed'}),
    ('In Brazil, the crop estimates were 5 mln tonnes.', {'5 mln tonnes': 'vague-attribution'}),
    ('Reuter and International Energy Agency (IEA) estimates put OPEC September production at 18.5 mln bpd.', {}),
    ('Brent rose to 19.40 dlrs because of a supply squeeze, according to traders.', {'19.40 dlrs': 'vague-attribution'}),
    ('Output was forecast at 5 mln tonnes by the USDA.', {}),
    ('Output is expected to reach 5 mln tonnes by March.', {'5 mln tonnes': 'vague-attribution'}),
    ('Unemployment is projected to hit 3 mln by Christmas.', {'3 mln': 'vague-attribution'}),
    ('Profits beat analysts estimates of 1.20 dlrs a share.', {'1.20 dlrs': 'vague-attribution'}),
    ('Only 10 out of 82, or 12 pct, attended.', {'10 out of 82': 'unattributed', '12 pct': 'unattributed'}),
    ('The win added to three Grammys won earlier.', {'three': 'unattributed'}),
])
def test_hidden_not_statistics_spans_and_unnamed_documents_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue as the yardstick of a comparison reaches only the figure compared, not the market's
    # move after it (its own figure in the yardstick's noun phrase stays its own)
    ("The results were broadly in line with market expectations, leaving shares at 499p in early "
     "trading, up one pence from yesterday's close.", {"499p": "unattributed", "one pence": "unattributed"}),
    ("Sales of 5 mln dlrs were below market expectations of 6 mln.",
     {"5 mln dlrs": "unattributed", "6 mln": "vague-attribution"}),
    ("It was above market expectations which had been for a rise of between one billion and three "
     "billion dlrs.", {"between one billion and three billion dlrs": "vague-attribution"}),
    # a yardstick is no cue of the figure's own clause: the account before it carries over
    ("UK advertising giant WPP has posted larger-than-expected annual profits and predicted that it will "
     "outperform the market in 2005. Pre-tax profits rose 15% from a year ago to reach £546m ($1.04bn), "
     "ahead of average analysts' forecasts of £532m.", {"£532m": "vague-attribution"}),
    # a named owner's forecast is the owner's, whatever unnamed analysts expect around it
    ("Cathay Pacific Airways Ltd's 1986 profits are expected to surpass the airline's forecast of one "
     "billion H.K. Dlrs, stock analysts said.", {}),
    # a document's issuer after "according to" names its source
    ("The average price of mexico's crude oil exports in first quarter 1987 will be 15.25 dlrs per barrel, "
     "according to preliminary figures issued in a press release by the state oil company Petroleos "
     "Mexicanos (PEMEX).", {}),
    ("The price fell 5 pct, according to figures released on Tuesday.", {"5 pct": "unattributed"}),
    # a poll gives its figures as it shows them; an actor that gives money reports nothing
    ("The poll gives the Conservatives a rating of 41 pct against 32 pct for Labour.", {}),
    ("New figures gave a rise of 5 pct.", {"5 pct": "unattributed"}),
    # speculation as a noun is an unnamed claim, "that" or not; it reaches only its own clause
    ("Professional traders and investors again bought silver on speculation it would soon hit seven "
     "dlrs an ounce.", {"seven dlrs": "vague-attribution"}),
    ("Shares of Skis Rossignol have jumped as much as 15% on speculation that it will be bought by a "
     "rival.", {"as much as 15%": "unattributed"}),
    # a figure describing a thing the cue's speakers only talk about is background under
    # "according to" too
    ("The company later sold its 20 pct stock for about 180 mln to 200 mln dlrs, according to analysts.",
     {"20 pct": "unattributed", "about 180 mln to 200 mln dlrs": "vague-attribution"}),
    # "added" with its figure right after it adds: a market's move, a tax, jobs; it reports
    # nothing (and still reports a remark or a that-clause)
    ("The all resources index added 23.9 points to 1,164.3.", {"23.9 points": "unattributed",
                                                              "1,164.3": "unattributed"}),
    ("The chancellor did not raise duty that year, but despite threats of more protests in 2003, he "
     "added 1.28p per litre.", {"1.28p": "unattributed"}),
    ("Platinum added five dlrs.", {"five dlrs": "unattributed"}),
    ("The latest triumph adds to the three Grammys.", {"three": "unattributed"}),
    ("Sales rose 5 pct, he added.", {}),
    ("He added that 300 jobs would go.", {}),
    # a wire fraction known by the unit after it is whole, and a stock's move keeps its points
    ("Separately, ATT denied reports that it plans to buy back a large chunk of its stock. ATT's stock "
     "is up 1/4 points at 25-1/8 in heavy trading.", {"1/4 points": "unattributed", "25-1/8": "unattributed"}),
    ("This saves them the 1/2 point listing fee formerly paid to banks.", {"1/2 point": "unattributed"}),
    # a wire fraction of a point keeps its point whatever moved, and so does a fraction in words
    ("Foreign bankers said Mexico's new debt package last October marked a 1/16 point drop from its 1985 debt "
     "agreement.", {"1/16 point": "vague-attribution"}),
    ("The rate rose one quarter of a point.", {"one quarter of a point": "unattributed"}),
    ("Rates rose half a point.", {"half a point": "unattributed"}),
    # currencies and measures the wire uses: Irish punts, Chinese fen, hectares
    ("The budget was 2.145 billion punts.", {"2.145 billion punts": "unattributed"}),
    ("An expert said the rise will take the price to 17 fen per jin from 16 fen.",
     {"17 fen": "vague-attribution", "16 fen": "vague-attribution"}),
    ("The Spanish ministry of agriculture said beet sowings are estimated unchanged at 180,000 ha this "
     "year.", {"180,000 ha": "vague-attribution"}),
    ("He scored 30 points for the Bulls.", {"30": "unattributed"}),
    # the level a change starts from, owned by its year, is a record; "half a billion" keeps its unit
    ("The department said government spending on farm programs in fiscal year 1987 is projected to fall "
     "half a billion dlrs from 1986's 25.8 billion dlrs.", {"half a billion dlrs": "vague-attribution"}),
    # a present level under an agentless cue is a record too; under unnamed speakers it stays theirs
    ("Along with new financing, Argentina reportedly wants lower interest rates on an existing total "
     "53 billion dlrs in foreign debt.", {"53 billion dlrs": "unattributed"}),
    ("Many analysts foresee them falling by as much as a full percentage point from the current 10.5 pct "
     "level.", {"10.5 pct": "vague-attribution"}),
    # a body named by its size
    ("Monetary sources said the so-called Group of 24 developing nations are preparing a very tough "
     "communique.", {}),
    # a past level a forecast follows ("after 3.7 pct last year") is a record
    ("Business investment is forecast to rise four pct a year this year and next after 3.7 pct last year, "
     "with private sector productive investment rising 4.9 pct in 1988 after a six pct rise this year and "
     "5.5 pct in 1986.", {"four pct": "vague-attribution", "3.7 pct": "unattributed",
                          "4.9 pct": "vague-attribution", "six pct": "vague-attribution",
                          "5.5 pct": "unattributed"}),
    # an agentless cue does not reach back into a fronted clause of reason
    ("Because the bill would move 2.8 billion dlrs of spending into fiscal 1987 from fiscal 1988, the "
     "measure is expected to meet stiff resistance in the full House.", {"2.8 billion dlrs": "unattributed"}),
    ("Because of the strike, output is expected to fall 5 pct.", {"5 pct": "vague-attribution"}),
    ("Although sales rose 5 pct, analysts said profits fell.", {"5 pct": "vague-attribution"}),
    # a chamber's seats are its fixed size; "the seven" stands for the seven nations just named
    ("The Democrats have been split ever since winning 100 of the parliament's 347 seats in elections "
     "in July 1986.", {"100": "unattributed"}),
    ("Wilson said they will meet to prepare a report for the leaders of the seven nations. The United "
     "States and France want the seven to agree on ranges for a limited number of economic objectives.", {}),
    ("They cut the 10 to five.", {"10": "unattributed", "five": "unattributed"}),
    # wire copy: the company the lead names continues "the company said" just before
    ("WILMINGTON, N.C., March 11 - Rose's Stores Inc reported February sales of 92.7 mln dlrs.\n"
     "    The company said identical stores sales increased 15 pct for the month of February.\n"
     "    Rose's operates 224 discount stores as of February 1987 compared to 208 stores a year ago.", {}),
    ("TAIPEI, March 4 - Taiwan plans to send buying missions to the U.S., officials said.\n"
     "    The ministry said imports rose 5 pct in February.\n"
     "    Taiwan's trade surplus with the U.S. Rose to a record 13.6 billion dlrs last year.",
     {"13.6 billion dlrs": "unattributed"}),
    # a share of an estimated total is no estimate; what a report passes on stays vague
    ("Total investment is estimated at 10 mln dlrs, of which the Chileans will contribute two mln.",
     {"10 mln dlrs": "vague-attribution", "two mln": "unattributed"}),
    ("Cuba was reported to be carrying 1.3 mln tonnes of stocks in September 1985, of which some 440,000 "
     "tonnes were used to boost its 1985/86 exports to about 6.9 mln.",
     {"1.3 mln tonnes": "vague-attribution", "some 440,000 tonnes": "vague-attribution",
      "about 6.9 mln": "vague-attribution"}),
    # an agentless cue in a fronted clause of concession reaches none of the main clause
    ("Although several new sterling deals are expected, in early trading the only sterling denominated "
     "one to emerge was a 30 mln convertible deal for British Land Co Plc.", {"30 mln": "unattributed"}),
    ("Although output is expected to fall 5 pct, prices will rise.", {"5 pct": "vague-attribution"}),
    # a body's whole membership; a period counted in selling or trading days
    ("Delegates from all 43 Asian member countries of the G-77 are expected to attend the later meeting.", {}),
    ("Total passenger car sales were 140,522, the company said. There were nine selling days both period.",
     {}),
    ("The index rose in 10 trading days.", {}),
    # the lead's company after its home town
    ("HOUSTON, March 11 - Panhandle Eastern Corp said it will spend 90 mln dlrs.\n"
     "    The company said 1987 spending would rise 10 pct.\n"
     "    Houston-based Panhandle Eastern earned 133.5 mln in 1986 on revenues of 2.0 billion.", {}),
    # insurance claims are a noun, no cue
    ("Tightly packed populations were partly to blame for the rise in claims, it said. Some 95% of "
     "insurance claims were for natural catastrophes.", {}),
])
def test_fourth_audit_round_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review guards for the fourth round's classes: a fronted clause reaches only to its comma;
    # "since" is a time; "Because of" opens no clause
    ("Because of the drought, the crop is forecast to fall to 3.1 mln tonnes, a drop of 20 pct.",
     {"3.1 mln tonnes": "vague-attribution", "20 pct": "vague-attribution"}),
    ("Although imports fell, exports are estimated to have risen 12 pct, or 300 mln dlrs.",
     {"12 pct": "vague-attribution", "300 mln dlrs": "vague-attribution"}),
    ("Since January, exports are estimated to have risen 12 pct, or 300 mln dlrs.",
     {"12 pct": "vague-attribution", "300 mln dlrs": "vague-attribution"}),
    # the present level of a forecast range stays in the range
    ("Unemployment is expected to rise from the current three pct to 15 pct.",
     {"three pct to 15 pct": "vague-attribution"}),
    # "added" with a verb after its figure still reports
    ("Smith added 40 pct of the shares had been tendered.", {}),
    ("The minister added two million jobs would be created by 1990.", {}),
    # a yardstick's reach ends at a new predicate or clause
    ("Sales were below target in March and are expected to reach 3 mln units.", {"3 mln": "vague-attribution"}),
    ("Profits were above analysts' forecasts as sales grew at a rate of 5 pct.", {"5 pct": "unattributed"}),
    # the lead's company by its whole name or its first word before a verb or as an owner; a
    # country or another name sharing the first word is not it
    ("TOKYO, March 3 - Japan's Mitsubishi Corp said it made 300 cars.\n    The company said sales rose "
     "5 pct.\n    Japan's trade surplus rose to a record 13.6 billion dlrs last year.",
     {"13.6 billion dlrs": "unattributed"}),
    ("HARTFORD, March 3 - United Technologies Corp said it made 300 engines.\n    The company said sales "
     "rose 5 pct.\n    United States exports fell to 2.1 billion dlrs last year.",
     {"2.1 billion dlrs": "unattributed"}),
    ("NEW YORK, March 3 - Avon Products Inc said it expects sales to climb.\n    The company also said it "
     "expects to maintain its two dlr dividend.\n    In 1986, Avon's operational earnings rose 24 pct.", {}),
    # a claim without "that" only before a modal; a relative clause after claims is none
    ("The judge ruled on claims the union had filed for 300 workers.", {"300": "unattributed"}),
    ("Shares rose on speculation the company would sell its 20 pct stake.", {"20 pct": "unattributed"}),
    # "the 15 to thirteen" is a change, "the 12 to be laid off" a count
    ("Output was cut from the 15 to thirteen.", {"15": "unattributed", "thirteen": "unattributed"}),
    ("Of the 12 to be laid off, most are in Ohio.", {"12": "unattributed"}),
    # working days lost are a count; only selling, trading and business days are a period
    ("Strikes cost Britain 1.9 mln working days last year.", {"1.9 mln": "unattributed"}),
    # a long aside between a named company and its verb still leaves the company the speaker
    ("NEW YORK, April 13 - <Charterhouse Group International>, which specializes in leveraged buyouts "
     "and purchasing troubled companies, said it has raised 310 mln dlrs in new capital.", {}),
    ("Hutchison, which has operations ranging from trading to property and container terminals, earlier "
     "reported after-tax profits of 1.62 billion dlrs against 1.19 billion dlrs in 1985.", {}),
    ("Kenya's budget was 77 billion shillings.", {"77 billion shillings": "unattributed"}),
    # a player's points near "shares" stay a player's
    ("Shares in the club rose after Jordan scored 40 points.", {"40": "unattributed"}),
    # second review: an aside on a clause leaves the closing tag's speakers; "and" ends an aside
    ("Coffee's plunge this week has been mirrored by tea, which fell to a 5-1/2 year low at today's "
     "auction at 1.18 stg per kilo for medium quality, traders added.", {"1.18 stg": "vague-attribution"}),
    ("Shipments fell at Cargill, which handles most of the grain moving through Gulf ports this season, "
     "and exporters said sales would drop 5 pct.", {"5 pct": "vague-attribution"}),
    # "added" reads no verb past a clause of its own; a yardstick with two subjects; a list in a
    # fronted clause; banking days are a period; reports keep their auxiliaries
    ("The Dow Jones Industrial Average added 15 points as investors were encouraged by lower rates.",
     {"15 points": "unattributed"}),
    ("Profits rose 5 pct, more than bankers and analysts had expected.", {"5 pct": "unattributed"}),
    ("Because output in Texas, Oklahoma and Kansas fell 20 pct, prices are expected to rise.",
     {"20 pct": "unattributed"}),
    ("The offer must be accepted within 10 banking days.", {}),
    ("The company denied reports it had sold 300 mln dlrs of bonds.", {"300 mln dlrs": "vague-attribution"}),
    # a stock's move keeps its points in its own clause
    ("IBM shares rose 3 points to 150.", {"3 points": "unattributed", "150": "unattributed"}),
    # the lead's company before an adverb
    ("NEW YORK, March 3 - New Generation Foods Inc said it sold 300,000 shares.\n    The company said it "
     "raised 5 mln dlrs.\n    New Generation now has about 161,000 warrants still outstanding.", {}),
])
def test_fourth_round_review_guards(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a coupon names its bond by its describing words, or by its issuer and maturity (Reuters
    # 5532, 6109); a share of notes, and a spread over treasuries, are figures
    ("The company redeems its 8-1/2 pct sinking fund debentures, due 2004, at 104 pct.",
     {"104 pct": "unattributed"}),
    ("The Bank of Canada bought Canada 9-1/2 pct of 2001 at par.", {}),
    ("It holds 10 pct of the notes due 1992.", {"10 pct": "unattributed"}),
    ("The launch spread is 53 basis points over equivalent five-year treasuries.",
     {"53 basis points": "unattributed"}),
    # "but" with no comma before a subject and its auxiliary ends a vague cue's reach (8595)
    ("HONG KONG, March 12 - Swire's profits should rise, according to James Capel Ltd.\n"
     "    Its trading operations are expected to earn 300 mln dlrs, up 22 pct from 1985 but its "
     "shipping and offshore services are likely to post a small loss of about 10 mln dlrs.",
     {"300 mln dlrs": "vague-attribution", "22 pct": "vague-attribution"}),
    # a plural head noun the sentence before named continues its account, before a plural verb
    # (3625); a singular noun before a word like a verb does not ("show")
    ("TORONTO, March 3 - Sigma Mines Ltd said its mine had reserves of 4,902,940 tons.\n"
     "    Sigma said the reserves are equivalent to 10 years future production.\n"
     "    The reserves comprise 1,640,779 tons proven reserves.", {}),
    ("Clark, who produces the American Music Awards, disclosed that he was ill. His popular music "
     "show American Bandstand attracted an audience of 20 million people.", {"20 million": "unattributed"}),
    # "from" two levels "and" another is no range (6948); "between" one and another is
    ("Liabilities rose to 80.35 billion from 79.08 billion and 66.93 billion respectively.",
     {"80.35 billion": "unattributed", "79.08 billion": "unattributed", "66.93 billion": "unattributed"}),
    ("Prices were between 5 and 6 dlrs.", {"between 5 and 6 dlrs": "unattributed"}),
    # quarters of a year counted from one end are periods (8992); of voters, a fraction
    ("It paid 12-1/2 cts a share in each of the first three quarters.", {"12-1/2 cts": "unattributed"}),
    ("Nearly three quarters of voters agreed.", {"Nearly three quarters": "unattributed"}),
    # a level since revised that a forecast starts from or follows is a record (6201)
    ("Expenditure is expected to total 173.5 billion stg, up from a revised 164.9 billion in the "
     "current year.", {"173.5 billion stg": "vague-attribution", "164.9 billion": "unattributed"}),
    ("Corporation tax is forecast to bring in 13.5 billion stg in 1987/88, after the revised 11.2 "
     "billion in 1986/87.", {"13.5 billion stg": "vague-attribution", "11.2 billion": "unattributed"}),
    # a currency of its zone (17664), and a group named by its size (3137)
    ("France is to provide Togo with 475 mln cfa francs of aid, official sources said.",
     {"475 mln cfa francs": "vague-attribution"}),
    ("A cut in base rates was announced by the big four clearing banks, dealers said.", {}),
])
def test_fifth_audit_round_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # background in a definite noun phrase: a plural owner, an adjective before the figure
    # (Reuters 2527, 15294)
    ("NEW YORK, April 8 - Holiday Inns is raising 1.4 billion dlrs, said bookrunner Drexel.\n"
     "    Junk bond traders said they thought this to be the second-largest junk bond deal ever. They said "
     "the biggest was BCI Holdings' 2.35 billion dlr offering on April 10, 1986.",
     {"2.35 billion dlr": "unattributed"}),
    ("Traders said UAL's stock soared in response to the proposed 4.6 billion dlr buyout offer by the "
     "pilots union.", {"4.6 billion dlr": "unattributed"}),
    # units: troy ounces, a basis point, wire "mlns" (3646, 907, 8055); one ounce is a price's unit side
    ("The company said the property is estimated to contain over 500,000 troy ounces of gold.",
     {"over 500,000 troy ounces": "vague-attribution"}),
    ("It pays a 25\nbasis point utilisation fee.", {"25\nbasis point": "unattributed"}),
    ("The bank lost hundreds of mlns of dlrs.", {"hundreds of mlns": "unattributed"}),
    ("One ounce of gold costs 400 dlrs.", {"400 dlrs": "unattributed"}),
    # idioms and names: "think twice" (19684), a code name (BBC business/115), one of a pair
    # (BBC entertainment/269); a multiplier and a share of a pair's money stay figures
    ("The Missouri is likely to make Iran think twice about using the missiles, diplomats said.", {}),
    ("Prices rose twice as fast.", {"twice": "unattributed"}),
    ("The firm discontinued development of a treatment known as '771, after trials.", {}),
    ("His rise as one half of pop duo Wham! was meteoric.", {}),
    ("Half of the pair's earnings, 5 mln dlrs, went to tax.", {"Half": "unattributed", "5 mln dlrs": "unattributed"}),
])
def test_sixth_audit_round_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list under an attributed sentence ending in a dash (Reuters 15691)
    ("WINSTON-SALEM, N.C., April 9 - RJR Nabisco Inc said it took charges.\n"
     "    RJR Nabisco said the expenses covered, on after-tax basis,\ninclude --\n"
     "    -- 50 mln dlrs for the write-down of redundant equipment,\n"
     "    -- 79 mln dlrs for continuing restruction of its food\nsubsidiaries, and\n"
     "    -- 80 mln dlrs in connection with the early retirement of\nhigh coupon debt.", {}),
    # a named speaker's remarks give what they say, not what happened before them (2452, 14390,
    # 1897)
    ("A Department spokesman was commenting on remarks by Commerce Department Under-Secretary Robert "
     "Ortner that the yen was undervalued 10 or 15 pct against the dollar.", {}),
    ("Bills improved on remarks from Federal Reserve chairman Paul Volcker that last week's increases "
     "in prime rates to 7.75 pct from 7.50 pct were not connected with Fed policy, dealers said.", {}),
    ("Gold rose by about 50 U.S. Cents an ounce, following a statement by President Reagan that the "
     "U.S. would act.", {"about 50 U.S. Cents": "unattributed"}),
    # a body that attributes a change to its causes reports it (4120); blame is no figure
    # (BBC politics/075)
    ("BRISBANE, March 12 - Kidston Gold Mines Ltd attributed the rise in 1986 net profit to higher "
     "prices and an increase in gold sales to 237,969 ounces from 206,467 ounces in 1985.", {}),
    ("It also attributed blame to drunken fans for the 1989 Hillsborough disaster in which 96 died.",
     {"96": "unattributed"}),
    # wire copy's capital relative pronoun after "U.S." continues the sentence (345)
    ("LONDON, March 3 - Carlton had completed the issue of 4.6 mln shares, he added.\n"
     "    Carlton intended to increase its presence in the U.S. Which represented 50 pct of the world "
     "television market.", {}),
    # "according to" names its source after an aside, and "the U.S." is the United States just
    # named (14739)
    ("WASHINGTON, April 3 - Canada is the United States' largest trading partner, with two-way trade "
     "more than 113 billion dlrs in 1985, according to the coalition. But the U.S. ran up a 23 billion "
     "dlr deficit in manufactured goods that year.", {}),
    # a coupon naming a bond by its stock and maturity (11819); a body's members named (10633)
    ("The real rate of return will be the sum of 0.60 pct plus the gross real rate of return on the "
     "2-1/2 pct index-linked Treasury stock due 2020.", {"0.60 pct": "unattributed"}),
    ("The group holds 5 pct stock in the firm.", {"5 pct": "unattributed"}),
    ("The six nations of the Gulf Cooperation Council -- Saudi Arabia, Kuwait, Bahrain, Oman, Qatar and "
     "the United Arab Emirates -- have held a series of meetings.", {}),
    # a closing tag relays what its sentence passes on as expected (15551, 375); a figure
    # describing what is expected is not passed on (1421)
    ("In the industrial countries, Gross National Product was expected to decline to 2.3 pct this year, "
     "compared with 2.4 pct in 1986, the IMF said.", {"2.3 pct": "vague-attribution"}),
    ("Combined sales are projected to be 1.1 billion dlrs in 1990, the company said.",
     {"1.1 billion dlrs": "vague-attribution"}),
    ("The contract is expected to make the 300 billion dlr a year swap market more efficient, he said.", {}),
    # a month's level a forecast starts from is a record (955)
    ("Japan's unemployment rate is expected to climb to about 3.5 pct within the next year from "
     "January's three pct record.", {"about 3.5 pct": "vague-attribution", "three pct": "unattributed"}),
    # a time written in capitals (21443), a bound "as high as" (14107)
    ("Three sites had been attacked at 7.00 A.M. (0300 GMT) on Monday by unidentified aircraft, "
     "sources said.", {"Three": "vague-attribution"}),
    ("April Brent traded as high as 19.40 dlrs a barrel today, according to traders.",
     {"as high as 19.40 dlrs": "vague-attribution"}),
    # "by scientists" after a verb of no report is no cue (21572); after one it is
    ("Near-supercomputers resemble the massive supercomputers favoured by scientists but are much less "
     "expensive and a quarter as powerful.", {"a quarter": "unattributed"}),
    ("Growth of 3 pct was forecast by analysts.", {"3 pct": "vague-attribution"}),
    # a body's own economists are its (5554); economists alone stay unnamed
    ("Government economists forecast that the deficit will fall to 19 billion crowns this year.", {}),
    ("Economists forecast that the deficit will fall to 19 billion crowns this year.",
     {"19 billion crowns": "vague-attribution"}),
])
def test_seventh_audit_round_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a second predicate of the sentence's subject reports like the first (Reuters 21572)
    ('Canin cautioned that "the price pressures will continue for some time" and estimated that five '
     'percentage points have been knocked off the margins.', {}),
    ("Analysts cautioned that prices would fall and estimated that 5 pct would be lost.",
     {"5 pct": "vague-attribution"}),
    # a body the lead names by its acronym continues the account (1932)
    ("BRUSSELS, March 5 - The Belgo-Luxembourg Economic Union (BLEU) moved into a trade surplus of 4.7 "
     "billion francs in 1986, figures given by a spokesman for the National Statistics Institute show.\n"
     "    He said imports fell last year to 3,061.8 billion francs from 3,304.1 in 1985.\n"
     "    In December, the BLEU had an 11.9 billion franc trade surplus after a 10.9 billion franc surplus "
     "in November.", {}),
    # an abbreviated first name ends no sentence, and a time put first keeps a definite subject
    # (3227)
    ("CHICAGO, March 9 - Wm. Wrigley Jr Co expects capital spending to rise from last year's 25.4 mln "
     "dlrs, President William Wrigley told the annual meeting.\n"
     "    In 1985, the company's spending totaled 26.8 mln dlrs.", {}),
    # Korea's won after a scale word, a range from zero (12758, 1560); "won" the verb
    ("M-1 money supply fell 8.7 pct to 7,767.8 billion won in March.",
     {"8.7 pct": "unattributed", "7,767.8 billion won": "unattributed"}),
    ("They won 12 matches.", {}),
    ("The credit equivalent will be assigned one of five risk weights between zero and 100 pct.",
     {"five": "unattributed", "between zero and 100 pct": "unattributed"}),
    # the plans and the proposal point back to the ones named before (1560)
    ("The Bank of England and the Fed published proposals on Tuesday. Each contract will be assigned "
     "a weight of up to 100 pct, the plans showed.", {}),
    # a list of moves with its verb left out (17166)
    ("NEW YORK, April 13 - Paper stocks fell. International Paper <IP> fell 4-3/8 to 95-1/2, "
     "Potlatch Corp <PCH> 3-1/2 to 69.",
     {"4-3/8": "unattributed", "95-1/2": "unattributed", "3-1/2": "unattributed", "69": "unattributed"}),
    # a list under "the following … predictions:" that its makers' line introduces (9048)
    ("NEW YORK, March 24 - Braddock and his sector heads made the following more specific predictions:\n"
     "    - Private banking earnings will hit 100 mln dlrs in 1987 and top 200 mln dlrs in 1992.", {}),
    # two people just named together, taken up as "the two men" (19505)
    ("The government removed Taher and Oil Minister Ahmed Zaki Yamani from their posts late last year. "
     "The two men had run the industry for decades.", {}),
    ("Two men were arrested. The two men were later released.", {"Two": "unattributed"}),
    # a disclosure by a named speaker inside what unnamed dealers say (12406); a firm's brokers
    # (11215)
    ("Dealers said the market was surprised by the Chancellor's disclosure of sterling target rates, "
     "around 2.90 marks and 1.60 dlrs, and nervous.", {}),
    ("Nomura Securities Company brokers said the discount rate would probably be cut by 0.5 pct.", {}),
    ("Brokers said the discount rate would probably be cut by 0.5 pct.", {"0.5 pct": "vague-attribution"}),
    # levels at a past time a forecast is set against (1440, 5869)
    ("Traders had also forecast today's awards to be between 60,000 and 80,000 tonnes versus 103,000 last "
     "week when the restitution was 43.699 Ecus.",
     {"between 60,000 and 80,000 tonnes": "vague-attribution", "103,000": "unattributed",
      "43.699 Ecus": "unattributed"}),
    ("Federal funds are expected to open at 6-1/8 to 6-1/4 pct after being quoted at 6-3/16 late "
     "yesterday.", {"6-1/8 to 6-1/4 pct": "vague-attribution", "6-3/16": "unattributed"}),
])
def test_eighth_audit_round_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a past level set against estimates further back in the sentence (Reuters 10882), and one
    # a forecast follows after its own verb (6040)
    ("Wheat estimates ranged from 11.0 mln to 14.0 mln bushels, compared with 12.0 mln reported last "
     "week and 18.3 mln a year ago.", {"from 11.0 mln to 14.0 mln bushels": "vague-attribution",
                                        "12.0 mln": "unattributed", "18.3 mln": "unattributed"}),
    ("BONN, March 17 - West German feedstuffs production is expected to decline further after it dropped "
     "to 16.5 mln tonnes in 1986 from 16.7 mln the previous year, the West German Feed Stuff Industry "
     "Association (MFI) said.", {}),
    # "the only one of" is a pronoun (19247); "just one" and "Only one of the 12" count
    ("Lloyds was the only one of the clearing banks which did not buy a jobber.", {}),
    ("They made just one change.", {"one": "unattributed"}),
    # a multiplier before last year's figure (14252), a zone's name (2264), "mentioned" (20757)
    ("The jump in the export figure to about three times last year's weekly inspections supported "
     "prices.", {"about three times": "unattributed"}),
    ("The EC opened a rebate for exports to Morocco and zone 5c (Sub-Saharan Africa).", {}),
    ("Shares rose 45c.", {"45c": "unattributed"}),
    ("PRAGUE, March 3 - Salek spoke to reporters.\n    He mentioned car exports, which accounted for "
     "617 mln dlrs.", {}),
])
def test_ninth_audit_round_cases_by_class(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review guards for this round's classes: an issuer is a name after the sentence's first word
    # and a maturity a year with no noun after it; a coupon's describing word is no preposition
    ("Only 12 pct of 1986 sales came from exports.", {"12 pct": "unattributed"}),
    ("Trading volume rose 15 pct in subordinated debentures.", {"15 pct": "unattributed"}),
    # the remaining quarters of a company are a fraction
    ("Fiat will buy the remaining three quarters of the company.", {"three quarters": "unattributed"}),
    # a place put first is no time: a new subject stays new
    ("NEW YORK, March 3 - Chrysler's output fell 5 pct to 120,000 cars, the company said.\n"
     "    In Japan, the industry sold 210,390 cars.", {"210,390": "unattributed"}),
    # "but" meaning except opens no clause
    ("It is estimated that nothing but the oil sector will grow by more than 5 pct.",
     {"more than 5 pct": "vague-attribution"}),
    # securities analysts are unnamed; a body's own economists expect as they forecast; "can
    # expect to pay" reports nothing
    ("Securities analysts said profit would rise 20 pct this year.", {"20 pct": "vague-attribution"}),
    ("Government economists expect growth of 3 pct.", {}),
    ("A singer hoping to perform in the US can expect to pay $1,300 (£680) simply for a visa.",
     {"$1,300": "unattributed", "£680": "unattributed"}),
    # "won't" is no currency
    ("More than 3 million won't get their benefits.", {"More than 3 million": "unattributed"}),
    # a company's ticker in brackets leaves the lead's company its name
    ("ATLANTA, March 3 - Rose's Stores Inc (RSTO) reported lower 1986 profit.\n"
     "    The company said its sales fell 5 pct.\n    Rose's operates 224 discount stores.", {}),
    # "United" alone is no United States, nor is U.K. Land Plc Britain
    ("WASHINGTON, March 3 - The U.S. trade deficit narrowed to 10 billion dlrs, the Commerce Department "
     "said.\n    United Airlines carried 4.5 mln passengers.", {"4.5 mln": "unattributed"}),
    ("LONDON, March 3 - Britain's output rose 2 pct, the Office said.\n    U.K. Land Plc sold 4,500 homes.",
     {"4,500": "unattributed"}),
    # a pronoun makes no named list-maker
    ("They made the following predictions:\n    - Sales will reach 500 dlrs.", {"500 dlrs": "unattributed"}),
    # what a disclosure says ends where a clause with its own subject starts
    ("The market was shaken by the Chancellor's disclosure of sterling target rates and the pound fell "
     "2 pct to 1.50 dlrs by the close.", {"2 pct": "unattributed", "1.50 dlrs": "unattributed"}),
    # a figure describing the subject of what is expected is not passed on as expected
    ("The 200 mln dlr plant is expected to open in June, the company said.", {}),
    ("Output will fall 5 pct, specialists predict.", {"5 pct": "vague-attribution"}),
])
def test_ninth_round_review_guards(text, expected):
    assert flagged(text) == expected


def test_match_reports_are_tallies_not_statistics(shared, tmp_path):
    """In a match report the figures are the game's (shots from 20 yards, three changes at
    the interval, two draws): the unattributed rule is off in a text that reads as one,
    in the sport folder or, as here under news/, anywhere; it warns in wire copy and is advice
    elsewhere (a bomb scare at a ground, a business story), as measured."""
    from corpuslint.config import Config
    from corpuslint.model.document import Document
    from corpuslint.packs.ruleset import build_rules
    from corpuslint.run.engine import Linter

    linter = Linter(build_rules(Config(root=tmp_path, builtin=True), selected=["stats.unattributed"]))
    report = (shared / "corpora" / "bbc" / "sport" / "109.txt").read_text(encoding="utf-8")
    assert Document.from_text("bbc/sport/109.txt", report).registers == ("match-report", "sport")
    assert linter.lint_text("bbc/sport/109.txt", report).findings == []
    assert linter.lint_text("bbc/news/109.txt", report).findings == []  # found by its words
    scare = (shared / "corpora" / "bbc" / "sport" / "245.txt").read_text(encoding="utf-8")
    assert Document.from_text("bbc/sport/245.txt", scare).registers == ("sport",)
    scare_findings = linter.lint_text("bbc/sport/245.txt", scare).findings
    assert "More than 70,000" in {f.text for f in scare_findings}
    assert {f.severity.name for f in scare_findings} == {"INFO"}
    story = (shared / "corpora" / "bbc" / "business" / "005.txt").read_text(encoding="utf-8")
    assert {f.severity.name for f in linter.lint_text("bbc/business/005.txt", story).findings} == {"INFO"}
    wire = "NEW YORK, March 3 - Sales of new homes rose 12 pct to 58,000 units in February.\n"
    assert {f.severity.name for f in linter.lint_text("wire.txt", wire).findings} == {"WARNING"}


def test_the_vague_rule_warns_in_wire_copy_and_advises_elsewhere():
    """Audited at 0.78 on unseen wire stories and under 0.7 on BBC prose, as published."""
    vague = "Sales of new homes rose 12 pct to 58,000 units in February, analysts said.\n"
    wire = LINTER.lint_text("wire.txt", "NEW YORK, March 3 - " + vague).findings
    story = LINTER.lint_text("story.txt", vague).findings
    assert {(f.rule, f.severity.name) for f in wire} == {("stats.vague-attribution", "WARNING")}
    assert {(f.rule, f.severity.name) for f in story} == {("stats.vague-attribution", "INFO")}


def test_rules_differing_in_registers_share_one_analysis(tmp_path):
    """The unattributed rule is off in match reports and the vague rule is not (both warn
    in wire copy): the document is still analysed once for both."""
    from corpuslint.config import Config
    from corpuslint.kinds import build_check
    from corpuslint.model.document import Document
    from corpuslint.packs.ruleset import build_rules

    rules = build_rules(Config(root=tmp_path, builtin=True), selected=["stats"])
    checks = [build_check(r) for r in rules if r.id.startswith("stats.")]
    assert len({tuple(sorted(c.registers.items())) for c in checks}) == 2
    doc = Document.from_text("a.txt", "Prices rose 4% and an estimated 500 people left.\n")
    for check in checks:
        list(check.check(doc))
    assert sum(1 for key in doc.cache if isinstance(key, tuple) and key[0] == "statistic") == 1


def test_a_text_with_no_full_stop_reads_each_figure_near_itself():
    """A "sentence" of many thousand characters (no full stop anywhere) is read in a window
    around each figure: a source beside a figure attributes it, one thousands of characters
    away does not (a whole-sentence reading made the cost grow with the square of the length;
    bench/inputs.py times it)."""
    filler = "the market was quiet and trading was thin in the morning session and " * 60
    text = ("NEW YORK, March 3 - output rose 5 pct, the ministry said, and " + filler
            + "exports fell 7 pct and " + filler + "imports rose 2 pct\n")
    assert flagged(text) == {"7 pct": "unattributed", "2 pct": "unattributed"}


def test_a_long_run_of_they_sentences_is_judged_without_recursion():
    """Each "they" looks one sentence back at its own cues only, however long the run."""
    text = "The licences went abroad, trade sources said. " + "They said 35,000 tonnes went. " * 600
    found = LINTER.lint_text("a.txt", text)
    assert not found.problems
    assert [f.rule for f in found.findings] == ["stats.vague-attribution"]  # the first "they" only
