"""Proper names and titles of works."""

from __future__ import annotations

from corpuslint.model.document import Document


def names(text: str, path: str = "a.txt") -> list[str]:
    doc = Document.from_text(path, text)
    return [doc.text[s:e] for s, e in doc.scope("proper-name")]


def test_capitalised_words_inside_a_sentence():
    assert names("The inquiry heard from Mr Savage and the Radical Party.\n") == [
        "Mr Savage", "Radical Party"]


def test_a_capitalised_first_word_is_a_name_only_before_another_name():
    assert names("Brutal Youth played a short set. Brutal weather followed.\n") == ["Brutal Youth"]


def test_titles_of_works_in_italics_and_quotes():
    text = "She starred in *Cruel Intentions* and in “Dangerous Liaisons” last year.\n"
    assert names(text, "a.md") == ["*Cruel Intentions*", "“Dangerous Liaisons”"]


def test_a_headline_in_title_case_is_not_read_as_names():
    assert names("Shocking Scenes As Brutal Storm Hits Town\n\nMore.\n") == []


def test_a_word_opening_a_quotation_is_not_a_name():
    assert names('He said: "Brutal times are coming."\n') == []


def test_a_first_word_the_story_writes_in_lower_case_is_not_a_name():
    text = "Fuming Robinson blasts officials.\n\nHe was fuming after the match.\n"
    assert names(text) == ["Robinson"]


def test_a_surname_opening_a_sentence_is_a_name():
    """A wire story names "chairman Lawrence Brilliant" and later opens a sentence with the
    surname alone; a word the story also writes in lower case stays a word."""
    text = ("Neti chairman Lawrence Brilliant said the software transfers documents.\n"
            "Brilliant said there will be a charge.\n")
    assert names(text) == ["Lawrence Brilliant", "Brilliant"]
    text = ("Results followed, said Mr Sam Brilliant.\n"
            "Brilliant results followed, and brilliant sales.\n")
    assert names(text) == ["Mr Sam Brilliant"]


def test_title_case_headlines_do_not_make_surnames():
    text = "Staggering Growth Seen In Notes\n\nGrowth was slow, said Mr Reed.\n"
    assert names(text) == ["Mr Reed"]


def test_a_headline_in_capitals_keeps_the_names_the_story_writes():
    """A wire headline in capitals: a word is a name there when the story writes it inside
    a name and never in lower case."""
    text = ("INTREPID MUSEUM CONTINUES REORGANIZATION TALKS\n\n"
            "NEW YORK, April 7 - The Intrepid Museum said talks with its lenders continue.\n")
    assert names(text)[0] == "INTREPID"
    text = "BRAVE RESCUE AT SEA\n\nThe crew of the Brave Lady were brave, and rescued two men.\n"
    assert "BRAVE" not in names(text)
