"""Talks are placed in the city their own clause names, not in the city an earlier clause's
trip went to: "travelled to Riyadh in April and met the crown prince in Jeddah" (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Document
from tests.loaders.reading import read

FILED = datetime.date(2025, 6, 2)


def _meeting_cities(document: Document) -> list[str | None]:
    return [m.place.city if m.place else None for m in document.meetings]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Turkish Foreign Minister Hakan Fidan travelled to Riyadh in April 2025 and met Crown"
            " Prince Mohammed bin Salman in Jeddah.",
            "Jeddah",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva flew to Beijing on Sunday and held talks"
            " with Chinese President Xi Jinping in Shanghai on Monday.",
            "Shanghai",
        ),
    ],
)
def test_talks_places_own_clause_city(text: str, city: str) -> None:
    assert _meeting_cities(read(text, FILED)) == [city]


def test_talks_places_city_after_a_new_clause_is_not_the_talks() -> None:
    # Counter-example: the city after the comma is a later stop, not where the talks were.
    text = (
        "Turkish Foreign Minister Hakan Fidan travelled to Riyadh on Sunday and met Crown Prince"
        " Mohammed bin Salman, before a dinner with investors in Jeddah."
    )
    assert _meeting_cities(read(text, FILED)) == ["Riyadh"]
