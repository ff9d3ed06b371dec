"""The guest a relative clause is about: "received President X of the Republic of Y, who is on
a state visit", as Gulf and other agency reports open, even after the place of the reception."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 22)))
    return [(v.visitor, v.host_country) for v in document.visits]


@pytest.mark.parametrize(
    "text",
    [
        "Crown Prince Ali Hassan today received at the Royal Palace in Riyadh President Jorge "
        "Ruiz of the Republic of Peru, who is on a state visit to the Kingdom.",
        "Crown Prince Ali Hassan received President Jorge Ruiz of Peru, who arrived in Riyadh "
        "on Monday.",
        "In Riyadh, Crown Prince Ali Hassan welcomed President Jorge Ruiz of Peru, who is on an "
        "official visit to Saudi Arabia.",
    ],
)
def test_visits_the_guest_of_the_relative_clause_is_the_visitor(text: str) -> None:
    assert _visits(text) == [("jorge-ruiz", "SA")]


def test_visits_a_relative_clause_without_a_trip_gives_no_visit() -> None:
    text = (
        "Crown Prince Ali Hassan received President Jorge Ruiz of Peru, who is also chairman "
        "of the Andean Community, to discuss trade."
    )
    assert _visits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden went to Hiroshima in May 2023 for the summit hosted by Japanese "
        "Prime Minister Fumio Kishida, who came to the White House in January 2023.",
        "President Joe Biden flew to Tokyo for talks with Japanese Prime Minister Fumio "
        "Kishida, who had visited Washington in January 2023.",
    ],
)
def test_visits_a_trip_told_in_a_relative_clause_is_only_its_subjects(text: str) -> None:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 22)))
    trips = {(v.visitor, v.start.lexical if v.start else None) for v in document.visits}
    assert ("joe-biden", "2023-01") not in trips


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Silva arrived in Lima on Monday. The visit was clouded by President "
        "Jorge Ruiz's remarks on trade.",
        "Prime Minister Ana Silva arrived in Lima on Monday. The visit is overshadowed by "
        "President Jorge Ruiz's illness.",
    ],
)
def test_visits_the_agent_of_a_passive_verb_is_not_the_visitor(text: str) -> None:
    assert [v for v, _ in _visits(text)] == ["ana-silva"]


def test_visits_a_visit_by_someone_still_names_the_visitor() -> None:
    text = "The first official visit by President Jorge Ruiz to Saudi Arabia began on Monday."
    assert _visits(text) == [("jorge-ruiz", "SA")]
