"""A company named after its founder keeps the initials written before the family name ("J.
Lauritzen", "A. P. Moller-Maersk"); a letter that ends a name ("Plan B.") opens no company."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import company_names, read

_DAY = datetime.date(2024, 4, 17)


def _companies(text: str) -> list[str]:
    return company_names(read(text, _DAY))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The minister met Danish firms, including J. Lauritzen and Novo Nordisk, in Aarhus.",
            ["J. Lauritzen", "Novo Nordisk"],
        ),
        (
            "Executives of A. P. Moller-Maersk and Vestas joined the delegation.",
            ["A. P. Moller-Maersk", "Vestas"],
        ),
    ],
)
def test_company_names_initials_stay_with_the_family_name(text: str, names: list[str]) -> None:
    assert _companies(text) == names


def test_company_names_initials_a_letter_that_ends_a_name_opens_none() -> None:
    text = "Firms such as Vestas and Plan B. They signed in Aarhus."
    assert _companies(text) == ["Vestas", "Plan B"]
