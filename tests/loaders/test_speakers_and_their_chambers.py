"""Speakers and the chambers they lead, as news names them: "South Korea's National Assembly
Speaker X" is Korean (the possessive country owns the chamber, it is no part of its name), and
"U.S. House Speaker X" is the Speaker of the House of the United States, and "Dutch lawmaker X"
is a Dutch member of a chamber."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text))


def _people(document: Document) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.country, tuple(post.title for post in p.posts)) for p in document.people}


def test_speakers_a_possessive_country_owns_the_chamber() -> None:
    document = _read(
        "U.S. House Speaker Nancy Pelosi and South Korea's National Assembly Speaker Kim "
        "Jin-pyo met in Seoul."
    )
    people = _people(document)
    assert people["Kim Jin-pyo"][0] == "KR"
    assert people["Nancy Pelosi"] == ("US", ("Speaker of the House",))
    assert [o.name for o in document.organizations] == ["National Assembly"]


def test_speakers_a_possessive_inside_a_body_name_stays_in_it() -> None:
    document = _read("The Children's Investment Fund Foundation opened an office in Nairobi.")
    assert [o.name for o in document.organizations] == ["Children's Investment Fund Foundation"]
    assert document.countries == ()


def test_speakers_the_white_house_is_no_chamber() -> None:
    people = _people(_read("White House Press Secretary Karine Jean-Pierre spoke on Monday."))
    assert people["Karine Jean-Pierre"][1] == ("Press Secretary",)


def test_speakers_a_lawmaker_with_a_demonym_is_a_person() -> None:
    people = _people(
        _read("Dutch lawmaker Tineke Strik said in a statement that the deal was bad.")
    )
    assert people == {"Tineke Strik": ("NL", ("Lawmaker",))}


def test_speakers_lawmakers_as_a_group_are_no_person() -> None:
    assert _read("Lawmakers in Brussels questioned the deal on Monday.").people == ()
