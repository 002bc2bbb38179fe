"""The sentence segmenter: pySBD's English golden rules plus news-specific cases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import ROOT
from corpuslint.text.sentences import split, split_block

GOLDEN = YAML(typ="safe").load((ROOT / "tests" / "data" / "golden_rules_en.yaml").read_bytes())
# Golden rules (1-based) the segmenter is known to fail, with the reason.  Empty: all pass.
KNOWN_FAILURES: dict[int, str] = {}


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text, [(0, len(text))])]


def normalise(sents: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            rule["text"],
            rule["expected"],
            id=f"rule-{number:02d}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[number])]
            if number in KNOWN_FAILURES
            else [],
        )
        for number, rule in enumerate(GOLDEN, 1)
    ],
)
def test_golden_rule(text: str, expected: list[str]) -> None:
    assert normalise(sentences(text)) == normalise(expected)


def test_golden_rules_file_is_complete() -> None:
    assert len(GOLDEN) == 48


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "WASHINGTON (Reuters) - The U.S. Senate passed it. It now goes to the House.",
            ["WASHINGTON (Reuters) - The U.S. Senate passed it.", "It now goes to the House."],
            id="dateline",
        ),
        pytest.param(  # wire copy capitalises after "U.S." (Reuters 17266, 4097)
            "Miyazawa also told the committee the U.S. Has not called on Japan to cut its 2.5 pct discount "
            "rate. The company added that results in the U.S. Were poor. Trade between the U.S. And Canada "
            "grew. Sales rose in the U.S. In Europe they fell.",
            ["Miyazawa also told the committee the U.S. Has not called on Japan to cut its 2.5 pct discount rate.",
             "The company added that results in the U.S. Were poor.", "Trade between the U.S. And Canada grew.",
             "Sales rose in the U.S.", "In Europe they fell."],
            id="wire-capital-after-acronym",
        ),
        pytest.param(
            "LONDON, Jan. 5 (Reuters) - The economy grew 0.3 percent. Analysts expected 0.2.",
            ["LONDON, Jan. 5 (Reuters) - The economy grew 0.3 percent.", "Analysts expected 0.2."],
            id="dateline-month",
        ),
        pytest.param(
            "Sanctions were imposed by the U.S. The move angered Moscow.",
            ["Sanctions were imposed by the U.S.", "The move angered Moscow."],
            id="acronym-at-end",
        ),
        pytest.param(
            "Dr. Jane Goodall met Lt. J. R. Smith at 5 p.m. EST at No. 10 Downing St. on Oct. 3.",
            ["Dr. Jane Goodall met Lt. J. R. Smith at 5 p.m. EST at No. 10 Downing St. on Oct. 3."],
            id="titles-initials-numbers",
        ),
        pytest.param(
            'He said "Hi." Then he left. "Why?" she asked. "Go!" he shouted.',
            ['He said "Hi."', "Then he left.", '"Why?" she asked.', '"Go!" he shouted.'],
            id="quotes",
        ),
        pytest.param(
            'Mr Hague replied: "No. Definitely not." Ant and Dec. Natalie quit.',
            ['Mr Hague replied: "No.', 'Definitely not."', "Ant and Dec.", "Natalie quit."],
            id="no-and-month-without-number",
        ),
        pytest.param(
            "Sources told the FT. But Rover denied it. Shares in Warner Bros. rose.",
            ["Sources told the FT.", "But Rover denied it.", "Shares in Warner Bros. rose."],
            id="acronym-vs-title",
        ),
        pytest.param(
            "She paused... Then she spoke. The index rose 1.5% to 3,456.78 points.",
            ["She paused...", "Then she spoke.", "The index rose 1.5% to 3,456.78 points."],
            id="ellipsis-decimals",
        ),
        pytest.param(  # Reuters 11624: a French saint's name in a place
            "It will modernise its Ste. Therese, Quebec, plant. It has received loans.",
            ["It will modernise its Ste. Therese, Quebec, plant.", "It has received loans."],
            id="sainte",
        ),
    ],
)
def test_news(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_paragraph_break_ends_sentence_and_spans_are_trimmed() -> None:
    text = "  Headline without a stop\n\nFirst one. Second one.  \n"
    blocks = [(0, 25), (27, len(text))]
    assert split(text, blocks) == [(2, 25), (27, 37), (38, 49)]
    assert split_block(text, 27, 27) == []
    assert split_block(text, 25, 27) == []


@given(st.text(alphabet="aAI1 .!?…\"'()[]•-\n", max_size=60), st.text(max_size=5))
def test_spans_are_ordered_trimmed_and_cover_the_block(text: str, prefix: str) -> None:
    prose = prefix + text + prefix
    start, end = len(prefix), len(prefix) + len(text)
    spans = split_block(prose, start, end)
    assert all(start <= s < e <= end for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    assert all(not prose[s].isspace() and not prose[e - 1].isspace() for s, e in spans)
    covered = "".join(prose[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
