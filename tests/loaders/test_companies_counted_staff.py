"""People of a number of firms ("executives from 25 Thai companies") name no firm: the count
is not a company's name (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import company_names, read

_DAY = datetime.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Executives from 25 Thai companies travelled with the premier to Hanoi.", []),
        ("Representatives of 1,200 Ghanaian firms met in Abidjan.", []),
        # counter-example: a name that opens with a digit is still a name
        ("Executives from 3M and Siemens met the minister in Accra.", ["3M", "Siemens"]),
    ],
)
def test_companies_counted_staff_a_count_is_no_name(text: str, expected: list[str]) -> None:
    assert company_names(read(text, _DAY)) == expected
