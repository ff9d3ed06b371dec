"""The stop a visitor came from, told with what they did there ("flew in from Nairobi, where
he had opened a trade fair"), is a visit that happened; a home, a transit or a stop told with
no action of the visitor's is none."""

from __future__ import annotations

import pytest

from tests.loaders.reading import dated_visits, read, visit_statuses

_OPENING = (
    "HANOI, 12 May 2025 - Foreign Minister Paulo Mendes of Brazil arrived in Hanoi on Monday "
    "for an official visit to Vietnam.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        ("Mendes had arrived from Bangkok, where he addressed a regional forum.", "TH"),
        ("Mendes flew in from Manila, where he had signed a fisheries accord.", "PH"),
        ("Mendes arrived from Laos, where on Sunday he met the prime minister.", "LA"),
    ],
)
def test_origin_stops_with_a_past_action_are_visits(sentence: str, host: str) -> None:
    hosts = {h for name, h, _ in dated_visits(read(_OPENING + sentence + "\n"))}
    assert hosts == {"VN", host}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mendes had arrived from Bangkok, where he lives with his family.",
        "Mendes had arrived from Bangkok, where his plane had stopped to refuel.",
        "Mendes had arrived from Bangkok, where he changed planes after a night flight.",
        "Mendes had arrived from Bangkok, where he had studied economics in the 1990s.",
        "Mendes had arrived from Bangkok, where he had just studied Thai for a month.",
        "Mendes had arrived from Bangkok, where he earlier lived for six years.",
        "Mendes had arrived from Bangkok, where the rainy season has begun.",
        "Mendes had arrived from Brasilia, where he chaired a cabinet meeting.",
    ],
)
def test_origin_stops_a_home_transit_or_scene_is_no_visit(sentence: str) -> None:
    """Counter-examples: where the visitor lives or studied, a refuelling or change of planes,
    a clause about the place itself, or the visitor's own capital."""
    hosts = {h for name, h, _ in dated_visits(read(_OPENING + sentence + "\n"))}
    assert hosts == {"VN"}


def test_origin_stops_take_the_day_of_their_clause() -> None:
    document = read(_OPENING + "Mendes arrived from Laos, where on Sunday he met officials.\n")
    assert ("Paulo Mendes", "LA", "2025-05-11") in dated_visits(document)


def test_origin_stops_an_earlier_stop_of_the_tour_told_in_apposition_is_a_visit() -> None:
    sentence = (
        "Mendes landed at Noi Bai late on Sunday from Papua New Guinea, the previous stop on a "
        "tour that will take him next to Japan for a summit in Osaka."
    )
    visits = visit_statuses(read(_OPENING + sentence + "\n"))
    # the tour's next country is a leg to come, not where he landed
    assert visits == {
        ("Paulo Mendes", "VN", "happened"),
        ("Paulo Mendes", "PG", "happened"),
        ("Paulo Mendes", "JP", "announced"),
    }


def test_origin_stops_a_kingdom_left_behind_keeps_its_own_days() -> None:
    text = (
        "Madrid, April 18, 2024 (Agency) -- His Majesty Sultan Haitham bin Tarik of Oman today "
        "began a state visit to the Kingdom of Spain, arriving from the Kingdom of Morocco, "
        "where His Majesty concluded a state visit on April 16-17."
    )
    assert dated_visits(read(text)) == {
        ("Haitham bin Tarik", "ES", "2024-04-18"),
        ("Haitham bin Tarik", "MA", "2024-04-16"),
    }
