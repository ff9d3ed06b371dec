"""A street, square or bridge named after a country or city ("Moscow Street", "Egypt Avenue")
lies elsewhere: its name mentions no place, so neither talks nor a visit go there. A city's
airport keeps the city ("Sofia Airport")."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2025, 3, 14)


def _places(text: str) -> list[str]:
    document = read(text, _DAY)
    return [p.name for p in document.places] + [c.iso2 for c in document.countries]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Minister Ana Ruiz spoke at the embassy on Moscow Street.", "Moscow"),
        ("Minister Ana Ruiz spoke at the embassy on Egypt Avenue.", "EG"),
        ("Minister Ana Ruiz spoke at a rally on Lisbon Square.", "Lisbon"),
    ],
)
def test_recognize_street_names_a_named_street_is_no_place(text: str, named: str) -> None:
    assert named not in _places(text)


def test_recognize_street_names_talks_on_a_named_street_send_no_one_there() -> None:
    text = (
        "BEIJING, 14 March 2025. Kenyan President Samuel Otieno held talks on Moscow Street with "
        "President Xi Jinping."
    )
    assert not any(host == "RU" for _, host in visits(read(text, _DAY)))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Minister Ana Ruiz landed at Sofia Airport on Monday.", "Sofia"),
        ("Minister Ana Ruiz arrived in Moscow on Monday.", "Moscow"),
        ("Minister Ana Ruiz met the Egypt team on Monday.", "EG"),
    ],
)
def test_recognize_street_names_a_city_airport_or_the_place_alone_stays(
    text: str, named: str
) -> None:
    assert named in _places(text)
