"""A plural kind of firm right before two or more names ("lenders Absa and Equity Bank",
"dairy cooperatives Arla and Fonterra") makes each name a company, with no legal form and
no gazetteer entry; kinds that people or armed groups share, and places, make none."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _companies(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country_iso2) for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister said dairy cooperatives Moorland and Kiwi Pastures saw strong demand.",
            [("Moorland", None), ("Kiwi Pastures", None)],
        ),
        (
            "Peruvian miners Andina Cobre, Sierra Zinc and Puno Gold will expand in Chile.",
            [("Andina Cobre", "PE"), ("Sierra Zinc", "PE"), ("Puno Gold", "PE")],
        ),
        (
            "Carmakers Zenda and Orion Motors will assemble buses in Ghana.",
            [("Zenda", None), ("Orion Motors", None)],
        ),
    ],
)
def test_companies_kinds_before_lists_name_each_company(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _companies(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers Okafor and Mensah voted against the treaty.",
        "Militant groups Al Badr and Jund Ansar attacked the border post.",
        "Investors Saudi Arabia and Qatar pledged more money.",
        "Utilities Ghana and Togo share one power grid.",
        "The firms Zenda signed a contract, the ministry said.",
        "Companies from Chile and Peru attended the forum.",
    ],
)
def test_companies_kinds_before_lists_need_a_firm_kind_and_two_names(sentence: str) -> None:
    assert _companies(sentence) == []
