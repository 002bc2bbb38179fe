"""Quotation pairing as news writes it: per paragraph, per sentence, single and double."""

from __future__ import annotations

from corpuslint.model.document import Document


def quoted(text: str) -> list[str]:
    doc = Document.from_text("a.txt", text)
    return [doc.text[s:e] for s, e in doc.quotes]


def test_speech_opening_each_sentence_with_its_own_mark_stays_quoted():
    text = 'He spoke. "We are angry. "We will fight on." Then he left.\n'
    assert quoted(text) == ['"We are angry. "We will fight on."']  # two quotations, adjoining


def test_a_missing_closing_mark_ends_with_its_paragraph():
    text = '"The regime must go, he said.\n\nThe regime held a vote. "It was fair," an aide said.\n'
    assert quoted(text) == ['"The regime must go, he said.', '"It was fair,"']


def test_a_missing_closing_mark_with_no_quotation_after_ends_with_its_sentence():
    # BBC sport/451: the closing mark after "lives." is missing
    text = ('Moya confirmed afterwards: "I\'m donating my prize money to the victims, hoping it makes some '
            'difference to their lives. His contribution follows pledges by four other players.\n\n'
            'The ATP has announced a gift.\n')
    assert quoted(text) == ['"I\'m donating my prize money to the victims, hoping it makes some difference '
                            'to their lives.']


def test_a_missing_closing_mark_ends_where_the_sentence_does_not_at_an_abbreviation():
    text = 'He said: "Mr. Smith will lead. We hope for 5 pct growth.\n\nThe firm agreed.\n'
    assert quoted(text) == ['"Mr. Smith will lead.']


def test_a_quotation_over_paragraphs_runs_to_the_next_opening_mark():
    text = '"We will fight. We will win.\n\n"And we will not stop," he said.\n'
    assert quoted(text) == ['"We will fight. We will win.', '"And we will not stop,"']


def test_straight_single_quotes_in_headlines():
    assert quoted("Minister 'brutal' on cuts\n") == ["'brutal'"]


def test_apostrophes_are_not_quotes():
    assert quoted("The players' union said it isn't 'over' yet, in the '90s style.\n") == ["'over'"]


def test_nested_single_inside_double():
    assert quoted('"They called it \'a disgrace\' today," she said. A \'vote\' now.\n') == [
        '"They called it \'a disgrace\' today,"', "'vote'"]
