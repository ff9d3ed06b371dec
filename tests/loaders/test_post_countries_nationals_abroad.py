"""A minister for the state's own nationals abroad ("Minister of Foreign Affairs and Tunisians
Abroad", "... and Moroccan Expatriates") serves that state: the portfolio states the country
the title otherwise leaves unsaid."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _countries(text: str) -> dict[str, str | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 6)))
    return {p.key: p.country for p in document.people}


@pytest.mark.parametrize(
    ("title", "iso2"),
    [
        ("the Minister of Foreign Affairs and Tunisians Abroad", "TN"),
        ("the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "MA"),
        ("the Minister of Senegalese Abroad", "SN"),
    ],
)
def test_post_countries_nationals_abroad_give_the_country(title: str, iso2: str) -> None:
    text = f"The talks were attended by {title}, Karim Belhadj."
    assert _countries(text) == {"karim-belhadj": iso2}


@pytest.mark.parametrize(
    "title",
    [
        "the Minister of Labour and Migrant Workers Abroad",
        "the Commissioner for Syrian Workers",
        "the Minister of Foreign Affairs",
    ],
)
def test_post_countries_nationals_abroad_need_a_demonym_and_abroad(title: str) -> None:
    """Counter-examples: no country's people, or another country's workers at home."""
    text = f"The talks were attended by {title}, Karim Belhadj."
    assert _countries(text) == {"karim-belhadj": None}
