"""A city whose name is also a given name ("Sofia", "Santiago", "Vladimir") opens a person's
name when a surname follows it; alone, or before a word that names a place or thing after a
city, it is still the city."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2024, 6, 20)


def _cities(text: str) -> list[str]:
    return [p.name for p in read(text, _DAY).places if p.kind == "city"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ambassador Sofia Marinova met Foreign Minister Ana Ruiz in Lima.", "Sofia Marinova"),
        ("Santiago Ortega, the envoy, met Foreign Minister Ana Ruiz in Lima.", "Santiago Ortega"),
        ("Leon Castaneda, the envoy, met Foreign Minister Ana Ruiz in Lima.", "Leon Castaneda"),
    ],
)
def test_recognize_given_name_cities_a_given_name_before_a_surname_is_no_city(
    sentence: str, name: str
) -> None:
    assert _cities(sentence) == ["Lima"]


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("Foreign Minister Ana Ruiz arrived in Sofia on Monday.", "Sofia"),
        ("Foreign Minister Ana Ruiz landed at Sofia Airport on Monday.", "Sofia"),
        (
            "The Santiago Declaration was adopted on Monday by Foreign Minister Ana Ruiz.",
            "Santiago",
        ),
        ("In Santiago, Foreign Minister Ana Ruiz met the press.", "Santiago"),
        ("Foreign Minister Ana Ruiz arrived in León on Monday.", "León"),
        ("Foreign Minister Ana Ruiz landed at Leon Airport on Monday.", "León"),
    ],
)
def test_recognize_given_name_cities_the_city_alone_or_before_a_place_word_stays_a_city(
    sentence: str, city: str
) -> None:
    assert city in " ".join(_cities(sentence))


def test_recognize_given_name_cities_an_airport_named_after_a_person_is_no_city() -> None:
    text = (
        "President Ines Moutsinga landed on Thursday at the Léon Obame International Airport of "
        "Port-Gentil for a working visit to Gabon."
    )
    assert visits(read(text, _DAY)) == {("Ines Moutsinga", "GA")}
