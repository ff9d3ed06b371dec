"""Someone's predecessor or successor named after a possessive; counterparts of two-word
demonyms."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _document(text: str) -> Document:
    return PIPELINE(Document("t", "t", text))


def test_people_surname_possessive_predecessor_is_the_one_who_acts() -> None:
    text = (
        "SOFIA - Prime Minister Boyan Petrov spoke on Monday. Petrov's predecessor Ivan Dimov "
        "visited Athens in March 2024 and held talks with Prime Minister Nikos Andreou."
    )
    document = _document(text)
    names = {p.key: p.name for p in document.people}
    assert "Ivan Dimov" in names.values()
    assert [names[v.visitor] for v in document.visits] == ["Ivan Dimov"]
    assert [sorted(names[k] for k in m.participants) for m in document.meetings] == [
        ["Ivan Dimov", "Nikos Andreou"]
    ]


def test_people_possessive_successor_in_commas() -> None:
    document = _document("Kovac's successor, Milan Horvat, visited Vienna on 3 May 2024.")
    assert [p.name for p in document.people] == ["Milan Horvat"]


def test_people_successor_without_a_name_is_no_one() -> None:
    assert _document("Kovac's successor will be chosen in May.").people == ()


def test_people_counterpart_after_a_two_word_demonym() -> None:
    text = (
        "President Gabriel Ruiz held talks with his Costa Rican counterpart Arnaldo Mora "
        "Solano in Santiago."
    )
    people = {p.name: [(q.title, q.country) for q in p.posts] for p in _document(text).people}
    assert people["Arnaldo Mora Solano"] == [("President", "CR")]


def test_people_two_capitalised_words_that_name_no_country_are_no_counterpart() -> None:
    assert _document("She met her Pacific Island counterparts in Suva.").people == ()
