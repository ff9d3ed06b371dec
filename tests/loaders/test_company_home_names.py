"""A company's name that runs on over "of" and a place up to its short form ("Petroleum
Corporation of Malawi (PCM)") is one company under its whole name; the short form is no second
firm (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import company_names, read

_DAY = datetime.date(2026, 3, 9)


def _companies(text: str) -> list[str]:
    return sorted(set(company_names(read(text, _DAY))))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zambia agreed to buy diesel from Petroleum Corporation of Malawi (PCM). PCM will "
            "deliver the first cargo by rail.",
            ["Petroleum Corporation of Malawi"],
        ),
        (
            "Cement Company of Northern Ghana (CCNG) opened a kiln in Togo.",
            ["Cement Company of Northern Ghana"],
        ),
    ],
)
def test_company_home_names_short_form_proves_the_place_is_in_the_name(
    text: str, expected: list[str]
) -> None:
    assert _companies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no short form: "of Japan" may as well tell where the firm is from
        (
            "Sumida Motor Corporation of Japan opened a plant in Peru.",
            ["Sumida Motor Corporation"],
        ),
        # the short form spells the name without the place: the place is the firm's home
        (
            "Sumida Motor Corporation of Japan (SMC) opened a plant in Peru.",
            ["Sumida Motor Corporation"],
        ),
    ],
)
def test_company_home_names_place_without_its_initials_stays_outside(
    text: str, expected: list[str]
) -> None:
    assert _companies(text) == expected
