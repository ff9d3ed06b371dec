"""A leader styled with a rank after the office ("President Commander Daniel Ortega") is named
without either, and the story's later "Commander Daniel" (the rank with the first name, as
Latin American news calls some leaders) is the same person, whose earlier trip it recalls."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, people_posts, read


def test_visit_visitors_titled_first_names_rank_and_first_name() -> None:
    document = read(
        "President Commander Humberto Ortiz received the envoy of Peru on Tuesday in "
        "Managua.\n\nThe envoy thanked him. Commander Humberto recalled his visit to Lima in "
        "May 2011.",
        datetime.date(2024, 3, 5),
    )
    assert list(people_posts(document)) == ["Humberto Ortiz"]
    assert dated_visits(document) == {("Humberto Ortiz", "PE", "2011-05")}


def test_visit_visitors_titled_first_names_commander_as_a_post_stays() -> None:
    # Near miss: "Army Commander" before a name is a post; the name is still the person's.
    document = read(
        "Army Commander Humberto Ortiz of Nicaragua arrived in Lima on Tuesday.",
        datetime.date(2024, 3, 5),
    )
    assert list(people_posts(document)) == ["Humberto Ortiz"]
    assert dated_visits(document) == {("Humberto Ortiz", "PE", "2024-03-05")}
