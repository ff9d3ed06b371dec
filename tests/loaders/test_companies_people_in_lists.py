"""A person the story names is no company, even inside a list of firms ("the contracts went to
Siemens, Gazprom and Olaf Scholz"); a known company, or a firm whose name only begins with a
person's surname, stays a company."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import company_names, read

FILED = datetime.date(2025, 4, 14)


def _companies(text: str) -> list[str]:
    return company_names(read(text, FILED))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Chancellor Mirela Vasic opened the fair in Zagreb. Orders went to Siemens, "
            "Gazprom and Mirela Vasic, the organisers said.",
            ["Siemens", "Gazprom"],
        ),
        (
            "President Ana Lucero received the delegation. Contracts were signed with firms "
            "such as Bosch, Valdivia Foods and President Ana Lucero.",
            ["Bosch", "Valdivia Foods"],
        ),
    ],
)
def test_companies_people_in_lists_are_not_companies(text: str, names: list[str]) -> None:
    assert _companies(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Vice President Tunde Adebayo opened the forum. Deals were signed with companies "
            "such as Siemens, Adebayo Holdings and Zenith Bank.",
            ["Siemens", "Adebayo Holdings", "Zenith Bank"],
        ),
        (
            "Minister Kim Ford arrived in Detroit. She toured plants of Ford, General Motors "
            "and Stellantis.",
            ["Ford", "General Motors", "Stellantis"],
        ),
    ],
)
def test_companies_people_in_lists_keep_firms_named_like_people(
    text: str, names: list[str]
) -> None:
    assert _companies(text) == names
