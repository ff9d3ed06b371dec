"""Sovereign wealth funds are state investors, organisations rather than companies, whatever
their name says ("Investment Corporation"); a company with such words in its name stays a
company."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2024, 2, 20)


@pytest.mark.parametrize(
    "fund",
    [
        "the Korea Investment Corporation",
        "the State Capital Investment Corporation",
        "the Investment Corporation of Dubai",
    ],
)
def test_gazetteer_state_investors_a_wealth_fund_is_no_company(fund: str) -> None:
    text = f"Executives from Temasek and {fund} signed a memorandum on green bonds in Seoul."
    assert [c.name for c in read(text, _DAY).companies] == []


def test_gazetteer_state_investors_a_state_energy_firm_stays_a_company() -> None:
    text = (
        "Executives from China Energy Investment Corporation signed a memorandum on wind "
        "farms in Astana."
    )
    assert [c.name for c in read(text, _DAY).companies] == ["China Energy Investment Corporation"]
