"""The heads of parties and armed forces named in apposition after a post in lower case."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    document = PIPELINE(Document("t", "t", text))
    return [(p.name, [(q.title, q.country) for q in p.posts]) for p in document.people]


def test_people_honorary_chairman_of_a_party_in_lower_case() -> None:
    text = "The envoy met the Honorary Chairman of the Armenian Civic party, Levon Sargsyan, today."
    assert _people(text) == [
        ("Levon Sargsyan", [("Honorary Chairman of the Armenian Civic Party", "AM")])
    ]


def test_people_commander_of_a_so_called_army() -> None:
    text = (
        "The minister met the commander of the so-called Sudanese Liberation Army, Idris "
        "Hamdan, near the border."
    )
    assert _people(text)[0][0] == "Idris Hamdan"
    assert _people(text)[0][1][0][0] == "Commander of the Sudanese Liberation Army"


def test_people_secretary_general_of_the_ruling_party() -> None:
    text = "He received the secretary general of the ruling Unity Party, Tomas Berg, on Monday."
    assert [name for name, _ in _people(text)] == ["Tomas Berg"]


def test_people_party_named_without_a_holder_gives_no_one() -> None:
    # a party's leader named in passing, and a party's name after the comma, are no holders
    assert _people("The leader of the Green Party, as expected, abstained.") == []
    assert _people("The leader of the Green Party, Lind, abstained.") == []
