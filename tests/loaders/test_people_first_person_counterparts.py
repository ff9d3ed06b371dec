"""A first-person writer's counterpart named after "my"/"our" ("my Brazilian counterpart,
X") is a person of that country, as "his Tanzanian counterpart, X" is; "our Pacific
counterparts" or "my host, the Hilton" name no one."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_SIGNED = "\n\nLena Berg, Foreign Minister of Sweden\n"


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read(text, datetime.date(2025, 9, 3)).people}


@pytest.mark.parametrize(
    "text",
    [
        "Ties with Brazil\n\nI was in Brasilia in June for talks with my Brazilian counterpart, "
        "Rui Matos." + _SIGNED,
        "Ties with Brazil\n\nMy Brazilian counterpart, Rui Matos, came to Stockholm in May, "
        "and I returned the visit in June." + _SIGNED,
        "Ties with Brazil\n\nIn June I welcomed our Brazilian counterpart Rui Matos to "
        "Stockholm." + _SIGNED,
    ],
)
def test_people_first_person_counterparts_are_of_the_demonym_s_country(text: str) -> None:
    assert _countries(text)["Rui Matos"] == "BR"


@pytest.mark.parametrize(
    "text",
    [
        "Ties with the islands\n\nI met our Pacific counterparts, Fiji Water and Tonga Power, "
        "in June." + _SIGNED,
        "Ties with Brazil\n\nIn Rio I stayed with my host, Copacabana Palace." + _SIGNED,
    ],
)
def test_people_first_person_counterparts_without_a_country_name_no_one(text: str) -> None:
    assert set(_countries(text)) == {"Lena Berg"}
