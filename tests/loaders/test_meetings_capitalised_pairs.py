"""Agency copy names the two principals with capitals and no "two": "The Heads of State then
held talks" is their meeting; a lower-case "the leaders" at a summit is anyone's."""

from __future__ import annotations

from tests.loaders.reading import meetings, read


def test_meetings_capitalised_pairs_the_heads_of_state_held_talks() -> None:
    text = (
        "date 2023-05-04\nPresident Sadyr Japarov welcomed President Serdar Berdimuhamedov of "
        "Turkmenistan at Manas airport today. The Heads of State then held talks in an "
        "extended format.\n"
    )
    assert meetings(read(text)) == [["Sadyr Japarov", "Serdar Berdimuhamedov"]]


def test_meetings_capitalised_pairs_lower_case_leaders_at_a_summit_are_no_pair() -> None:
    text = (
        "date 2023-05-04\nPresident Sadyr Japarov and President Serdar Berdimuhamedov arrived in "
        "Astana for the summit today. Later the leaders posed for a family photo.\n"
    )
    assert meetings(read(text)) == []
