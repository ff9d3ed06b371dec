"""A company described as one of many of its kind ("X is among the leading Peruvian
exporters", "X is one of the largest fish exporters"), maybe after its short form in
brackets; a country, a city or a body so described is no company."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _found(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country_iso2) for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "Exports rose, and Textiles Andinos (TEXAN) is among the leading Peruvian exporters.",
            ("Textiles Andinos", "PE"),
        ),
        (
            "Baltic Harvest is one of the largest fish exporters on the coast.",
            ("Baltic Harvest", None),
        ),
        (
            "Nordhavn Shipping, one of the Danish carriers, joined the pact.",
            ("Nordhavn Shipping", "DK"),
        ),
    ],
)
def test_company_descriptions_among_many_name_the_company(
    sentence: str, company: tuple[str, str | None]
) -> None:
    assert _found(sentence) == [company]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile is among the main copper producers.",
        "Rotterdam is one of the busiest container operators' hubs.",
        "The Senate is among the biggest employers in the capital.",
    ],
)
def test_company_descriptions_among_many_leave_places_and_bodies(sentence: str) -> None:
    assert _found(sentence) == []
