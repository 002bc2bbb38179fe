"""RegexGrammar: one regex parses as the pyparsing grammar it was built from."""

from __future__ import annotations

import re

import pyparsing as pp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint.language import quantities
from corpuslint.language.pegregex import Parsed, RegexGrammar

PIECES = ["1", "12", "1,000", "4.2", "12 000", "3-1/2", "4.2m", "3bn", "$", "US$", "A$", "£", "€",
          "Rs.", "R", "five", "twenty-one", "a dozen", "half a dozen", "hundred", "million",
          "thousand", "%", "per cent", "percentage points", "dollars", "pounds", "km", "barrels",
          "barrels per day", "-", "–", "to", "and", "more than", "about", "an estimated", "up to",
          "10-fold", "fold", "of", "the", "x", ",", ".", "/", "half", "a third", "quarter",
          "one in", "twice", "doubled", "dozens", "tens of thousands", "between", "from",
          "time", "a per cent", "quarter-point"]
SPACES = ["", " ", "  ", "\n", "\t", " \n ", "\u00a0"]
TEXTS = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SPACES)), max_size=8).map(
    lambda pairs: "".join(a + b for a, b in pairs))
ELEMENTS = [quantities.NUMERAL_QUANTITY, quantities.MODIFIED_NUMERAL, quantities.AMOUNT_OR_RANGE,
            quantities.QUANTITY]
COMPILED = [RegexGrammar(element) for element in ELEMENTS]


def pyparsing_parse(element: pp.ParserElement, text: str, start: int) -> Parsed | None:
    try:
        end, tokens = element._parse(text, start)
    except pp.ParseException:
        return None
    return Parsed(end, list(tokens), tokens.as_dict())


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.integers(0, 40))
def test_regex_parses_as_pyparsing(text, start):
    start = min(start, len(text))
    for element, compiled in zip(ELEMENTS, COMPILED):
        assert compiled.parse(text, start) == pyparsing_parse(element, text, start)


@pytest.mark.parametrize("text", ["more than 1,000 people", "£4.2m to £5m", "45 per cent",
                                  "10 - x", "$ 5", "about 3bn barrels per day", "5 to 10 million"])
def test_examples(text):
    for element, compiled in zip(ELEMENTS, COMPILED):
        assert compiled.parse(text, 0) == pyparsing_parse(element, text, 0)


def test_named_results_and_tokens():
    parsed = RegexGrammar(quantities.MODIFIED_NUMERAL).parse("more than £4.2m a year", 0)
    assert parsed == Parsed(16, ["more than", "£", "4.2m"], {"modifier": "more than"})


def test_tokens_of_a_failed_alternative_are_dropped():
    element = (pp.Regex("x") + pp.Regex("y")) | (pp.Regex("x") + pp.Regex("z"))
    assert RegexGrammar(element).parse("x z", 0) == Parsed(3, ["x", "z"], {})


def test_lookaheads_give_no_tokens():
    element = pp.Regex("a") + pp.FollowedBy(pp.Regex("b")) + ~pp.Regex("bc")
    assert RegexGrammar(element).parse("a b", 0) == pyparsing_parse(element, "a b", 0)
    assert RegexGrammar(element).parse("a bc", 0) is None is pyparsing_parse(element, "a bc", 0)


def test_options_do_not_give_back_what_they_matched():
    letter = pp.Regex("a")
    element = pp.Opt(letter + pp.Regex("b")) + pp.Regex("a")
    assert RegexGrammar(element).parse("a", 0) == pyparsing_parse(element, "a", 0)
    element = pp.Opt(letter) + pp.Regex("a")
    assert RegexGrammar(element).parse("a", 0) is None is pyparsing_parse(element, "a", 0)


@pytest.mark.parametrize("element", [pp.Regex("a").leave_whitespace(), pp.Regex("(a)"),
                                     pp.Regex("a", flags=re.I), pp.FollowedBy(pp.Regex("a")("x")), (pp.Regex("a") + pp.Regex("b"))("x"),
                                     pp.Regex("a").add_parse_action(lambda t: t)])
def test_unsupported_elements_are_refused(element):
    with pytest.raises(ValueError):
        RegexGrammar(element)


def _real_texts(shared_dir) -> list[str]:
    from conftest import SEEDS

    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.md"))]
    if shared_dir is not None:
        texts += [p.read_text("latin-1") for p in
                  sorted((shared_dir / "corpora" / "bbc").rglob("*.txt"))[::15]]
    return texts


@pytest.mark.parametrize("with_corpus", [False, True], ids=["seeds", "bbc sample"])
def test_regex_parses_real_text_as_pyparsing(with_corpus, request):
    """Every place a quantity could start, in real articles."""
    texts = _real_texts(request.getfixturevalue("shared") if with_corpus else None)
    tried = 0
    for text in texts:
        for start in quantities.candidate_starts(text):
            for element, compiled in zip(ELEMENTS, COMPILED):
                assert compiled.parse(text, start) == pyparsing_parse(element, text, start)
                tried += 1
    assert tried > (5_000 if with_corpus else 20)
