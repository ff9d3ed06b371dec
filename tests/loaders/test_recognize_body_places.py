"""A body read from its shape ("... Bank of X") ends at the country or city its "of" part
names, so the words after it stay free: the holder's name is read as a person, with the
country of the body."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 1)))


def _bodies(document: Document) -> list[str]:
    return [document.text[o.span.start : o.span.end] for o in document.organizations]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Central Bank of Lesotho Thabo Molapo said rates would hold.", "Central Bank of Lesotho"),
        (
            "The National Bank of Georgia Board Chair Nino Beridze spoke.",
            "National Bank of Georgia",
        ),
        ("The University of Cape Town Rector Anele Dube signed.", "University of Cape Town"),
        (
            "Staff of the Development Bank of South Sudan Juba office left.",
            "Development Bank of South Sudan",
        ),
    ],
)
def test_recognize_body_ends_at_the_place_it_names(text: str, body: str) -> None:
    assert _bodies(_read(text))[0] == body


def test_recognize_body_without_a_place_keeps_its_words() -> None:
    document = _read("The Agency for Rural Roads and Bridges opened an office.")
    assert _bodies(document) == ["Agency for Rural Roads and Bridges"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Governor of the Central Bank of Lesotho Thabo Molapo met IMF staff.",
            "Thabo Molapo",
            "LS",
        ),
        (
            "Chair of the National Bank of the United Arab Emirates Omar Saeed spoke on Monday.",
            "Omar Saeed",
            "AE",
        ),
    ],
)
def test_recognize_holder_after_the_body_is_a_person_of_its_country(
    text: str, name: str, country: str
) -> None:
    people = {p.name: p.country for p in _read(text).people}
    assert people.get(name) == country


def test_recognize_body_places_a_known_venue_is_no_body_of_its_shape() -> None:
    document = _read("President William Ruto arrived at the Union Buildings on Wednesday.")
    assert _bodies(document) == []
    assert [(p.name, p.kind, p.city) for p in document.places] == [
        ("Union Buildings", "venue", "Pretoria")
    ]
