"""Reported speech: the clause a named speaker's verb of saying governs."""

from __future__ import annotations

import pytest

from corpuslint.model.document import Document


def reported(text: str) -> list[str]:
    doc = Document.from_text("a.txt", text)
    return [doc.text[s:e] for s, e in doc.scope("reported-speech")]


@pytest.mark.parametrize(("text", "clause"), [
    ("Mr Blair said on Tuesday that the regime would fall.", "on Tuesday that the regime would fall."),
    ("Ali Shamkhani, the council's secretary, said the regime will retaliate.",
     "the regime will retaliate."),
    ("The regime will fall within a year, Mr Blair said.", "The regime will fall within a year"),
    ("The regime will fall within a year, said Jack Straw, the foreign secretary.",
     "The regime will fall within a year"),
    ("According to Amnesty International, the regime jailed 300 critics.",
     "the regime jailed 300 critics."),
    ("She warned that thugs were attacking voters.", "that thugs were attacking voters."),
])
def test_named_speakers(text, clause):
    assert reported(text + "\n") == [clause]


def test_unnamed_speakers_are_not_reported_speech():
    text = "Critics said the regime jailed them. Many critics agree.\n"
    assert reported(text) == []


def test_a_sentence_without_a_speech_verb():
    assert reported("Mr Blair visited the regime's capital on Tuesday.\n") == []
    assert reported("The bank charged customers a crippling fee for the transfers.\n") == []


def test_an_indefinite_subject_is_not_a_named_speaker():
    assert reported("A Plaid Cymru MP said the blame was unfair.\n") == []
    assert reported("A Plaid Cymru MP believes the blame was unfair.\n") == []


@pytest.mark.parametrize(("text", "clause"), [
    # a belief, fear or expectation stated by an identifiable source is theirs (GUIDELINE §3)
    ("Mr Llwyd believes the blame was unfair.", "the blame was unfair."),
    ("In addition, economists fear that a rate rise might tempt embattled debtor nations.",
     "that a rate rise might tempt embattled debtor nations."),
    # plural subjects take "say"; "they" points back to a source named before
    ("The rally is fragile, sources close to the Fed say.", "The rally is fragile"),
    ("They said that it was an open secret that the measures were draconian.",
     "that it was an open secret that the measures were draconian."),
    # an apposition closed by the verb, as wire copy writes it
    ("Options exchanges will see spectacular growth, Bernard Reed, manager of the London "
     "options exchange said.", "Options exchanges will see spectacular growth"),
    ("He noted that loss of that market would be devastating.",
     "that loss of that market would be devastating."),
    # the speaker's verb and a comma opening the clause, not closing it
    ("In an earlier statement, TransAmerican said, Coastal claimed its rights to file a "
     "reorganization plan had been affirmed by the court.",
     "Coastal claimed its rights to file a reorganization plan had been affirmed by the court."),
    # after an opening phrase, the speaker's verb governs a clause with a verb of its own
    ("Asked about a trade war, Poehl said such an event would be disastrous.",
     "such an event would be disastrous."),
    ("The regime will fall soon, he said in a speech that was broadcast.", "The regime will fall soon"),
    # described sources with their modifiers, bankers and advisers among them
    ("Other bankers, however, said Mexico's motives were not so sinister.",
     "Mexico's motives were not so sinister."),
    ("Ecuador needs loans after a devastating earthquake, a presidential economic adviser said.",
     "Ecuador needs loans after a devastating earthquake"),
    # "according to" closing the sentence
    ("Prospects for 1987 would remain bleak, according to an economic report.",
     "Prospects for 1987 would remain bleak"),
    # verbs of argument
    ("U.S. Ambassador Michael Samuels charged during the Council debate that Canada was "
     "trying to preserve domestic jobs by insisting that herring be processed at home.",
     "during the Council debate that Canada was trying to preserve domestic jobs by insisting "
     "that herring be processed at home."),
])
def test_stated_beliefs_plural_sources_and_wire_appositions(text, clause):
    assert reported(text + "\n") == [clause]


def test_a_sentence_wrapped_across_lines_is_read_as_one():
    """Wire copy and hard-wrapped text break sentences with newlines, even between a
    speaker's name and the verb."""
    text = ("    Unless producers return to the table, the consequences would be\n"
            "catastrophic, Sroka\nadded.\n")
    assert reported(text) == ["Unless producers return to the table, the consequences would be\n"
                              "catastrophic"]


def test_reuters_stories_keep_reported_opinion_with_its_speaker(shared):
    """Real wire stories: the emotive word sits in a clause an identifiable source states."""
    import json

    wanted = {4147: "catastrophic", 13012: "spectacular", 10642: "draconian",
              17325: "embattled", 7356: "devastating"}
    with open(shared / "corpora" / "reuters.jsonl", encoding="utf-8") as handle:
        stories = {s["newid"]: s for s in map(json.loads, handle) if s["newid"] in wanted}
    for newid, word in wanted.items():
        story = stories[newid]
        doc = Document.from_text("a.txt", f"{story['title']}\n\n{story['dateline']} {story['body']}")
        start = doc.text.index(word)
        assert doc.in_scope(["reported-speech"], start, start + len(word)), (newid, word)
