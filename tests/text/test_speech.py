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


def test_an_indefinite_subject_and_belief_are_not_named_speech():
    assert reported("A Plaid Cymru MP said the blame was unfair.\n") == []
    assert reported("Mr Llwyd believes the blame was unfair.\n") == []
