"""'The first chancellor to visit X since A B in 2011' names A B, who visited X in 2011."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 6, 5)


def _visits(text: str) -> tuple[set[tuple[str, str, str | None]], dict[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    names = {p.key: p.name for p in document.people}
    visits = {
        (names.get(v.visitor, v.visitor), v.host_country, v.start and v.start.lexical)
        for v in document.visits
    }
    return visits, {p.name: p.country for p in document.people}


def test_predecessor_names_the_predecessor_made_the_earlier_visit() -> None:
    visits, people = _visits(
        "Japanese Prime Minister Aiko Tanaka arrived in Lima on Tuesday. She is the first "
        "Japanese prime minister to visit Peru since Kenji Mori in 2009."
    )
    assert ("Kenji Mori", "PE", "2009") in visits
    assert people["Kenji Mori"] == "JP"
    assert ("Aiko Tanaka", "PE", "2024-06-04") in visits


def test_predecessor_names_a_possessive_predecessor_and_a_month() -> None:
    visits, _ = _visits(
        "Chilean President Tomas Herrera arrived in La Paz on Tuesday for talks. It was the "
        "first visit by a Chilean president to Bolivia since Rosa Vidal's in March 2014."
    )
    assert ("Rosa Vidal", "BO", "2014-03") in visits


def test_predecessor_names_a_year_or_an_event_names_no_one() -> None:
    for since in ("2009", "the Pacific Rim Summit in 2009"):
        visits, people = _visits(
            "Japanese Prime Minister Aiko Tanaka arrived in Lima on Tuesday. She is the first "
            f"Japanese prime minister to visit Peru since {since}."
        )
        assert set(people) == {"Aiko Tanaka"}
        assert ("Aiko Tanaka", "PE", "2024-06-04") in visits
