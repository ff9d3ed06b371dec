"""The one named as "the last (or first) Polish leader to come" is of the country the demonym
names, and so is the earlier visit they made; a role without a demonym ("the last foreign
leader to visit") says nothing of their country."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_ARRIVAL = "Polish President Marek Nowicki arrived in Nairobi on Monday. "


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read(text, datetime.date(2025, 9, 3)).people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            _ARRIVAL + "The last Polish leader to come was Jan Zielinski in 2008.",
            "Jan Zielinski",
            "PL",
        ),
        (
            _ARRIVAL + "The last Polish president to visit Kenya was Piotr Wrona, in 2001.",
            "Piotr Wrona",
            "PL",
        ),
        (
            _ARRIVAL + "Tomasz Lis was the last Polish prime minister to make the trip.",
            "Tomasz Lis",
            "PL",
        ),
        (
            _ARRIVAL + "The first Kenyan head of state to visit Warsaw was Samuel Kiprono.",
            "Samuel Kiprono",
            "KE",
        ),
    ],
)
def test_people_last_to_visit_countries_from_the_demonym(
    text: str, name: str, country: str
) -> None:
    assert _countries(text)[name] == country


def test_people_last_to_visit_countries_the_earlier_visit_is_of_that_country() -> None:
    document = read(
        _ARRIVAL + "The last Polish leader to come was Jan Zielinski in 2008.",
        datetime.date(2025, 9, 3),
    )
    names = {p.key: p.name for p in document.people}
    earlier = [v for v in document.visits if names[v.visitor] == "Jan Zielinski"]
    assert [(v.visitor_country, v.host_country) for v in earlier] == [("PL", "KE")]


@pytest.mark.parametrize(
    "text",
    [
        _ARRIVAL + "The last foreign leader to come was Jan Zielinski in 2008.",
        _ARRIVAL + "The last leader to visit Kenya from Europe was Jan Zielinski in 2008.",
    ],
)
def test_people_last_to_visit_countries_no_demonym_no_country(text: str) -> None:
    assert _countries(text)["Jan Zielinski"] is None
