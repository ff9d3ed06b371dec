"""A country's possessive before a name with a legal form ("Norway's Fjordline AS") tells the
firm's home and is no part of its name (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's Fjordline AS will run a ferry to Iceland.", [("Fjordline AS", "NO")]),
        (
            "South Africa's Karoo Minerals (Pty) Ltd will mine in Botswana.",
            [("Karoo Minerals (Pty) Ltd", "ZA")],
        ),
        # counter-examples: a firm's possessive is part of a name, or a parent firm's
        ("Wendy's Corporation opened a restaurant in Almaty.", [("Wendy's Corporation", None)]),
    ],
)
def test_company_names_country_owners_are_the_home(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    companies = read(text, _DAY).companies
    assert [(c.written_name, c.country_iso2) for c in companies] == expected
