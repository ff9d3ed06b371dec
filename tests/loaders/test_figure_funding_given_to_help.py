"""Money one country gives another "to help" or "to support" it is a figure of the relationship:
funding, which the gold counts as investment; a sum "in loans" stays no figure."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

FILED = datetime.date(2024, 3, 6)


def _figures(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind.value, str(f.value), f.unit) for f in read(text, FILED).figures]


def test_figure_funding_given_to_help_is_funding() -> None:
    text = (
        "The president said France would provide 20 million euros over three years to help "
        "Fiji adapt to rising seas."
    )
    assert _figures(text) == [("investment", "20000000", "EUR")]
    text = (
        "Minister Anne Beathe Tvinnereim signed an agreement under which Norway will provide "
        "NOK 300 million over five years to support Zambia's tax administration."
    )
    assert _figures(text) == [("investment", "300000000", "NOK")]


def test_figure_funding_given_to_help_not_money_for_a_plant_or_in_loans() -> None:
    assert _figures("Toyota will provide $500 million to build a plant in Kenya.") == [
        ("investment", "500000000", "USD")
    ]
    assert _figures("The bank provided $2 billion in loans last year to help exporters.") == []
