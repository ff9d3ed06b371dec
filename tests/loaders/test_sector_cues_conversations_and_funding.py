"""Areas of cooperation told as what leaders spoke about, what money is for, what a MoU or a
dialogue is on, and what a relationship is broadened into (issue 4: cues missed on unseen text)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def words(sentence: str) -> list[str]:
    """The areas as the sentence writes them."""
    return [m.text for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two prime ministers spoke for forty minutes, chiefly about tourism and fisheries.",
            ["tourism", "fisheries"],
        ),
        (
            "Paris will lend 30 million euros for irrigation in the northern provinces.",
            ["irrigation"],
        ),
        (
            "The bank approved financing for railway and port works along the coast.",
            ["railway", "port"],
        ),
        ("Quito and Lima signed an MoU on fisheries.", ["fisheries"]),
        ("They also exchanged MoUs on tourism and sport.", ["tourism", "sport"]),
        (
            "Both cabinets revived the annual dialogues on energy and migration.",
            ["energy", "migration"],
        ),
        (
            "Seoul hopes to broaden the relationship into shipbuilding and tourism.",
            ["shipbuilding", "tourism"],
        ),
    ],
)
def test_sector_cues_conversations_funding_mous_and_dialogues_name_areas(
    sentence: str, expected: list[str]
) -> None:
    assert words(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # What was said to the press is no area of cooperation.
        "The minister spoke to reporters about tourism before boarding.",
        "She spoke with journalists about mining in the lobby.",
        # Money for a named body or a one-off purchase is no area.
        "The fund set aside 5 million dollars for the Ministry of Energy building.",
        # A MoU in a place, a dialogue on a date.
        "The MoU on Tuesday was delayed.",
        "The dialogues on 4 March were cancelled.",
        # A relationship carried into a time, not a field.
        "They hope to carry the relationship into the next decade.",
    ],
)
def test_sector_cues_conversations_funding_mous_and_dialogues_leave_other_uses(
    sentence: str,
) -> None:
    assert words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chilean buyers were interested in Korean expertise in shipbuilding and batteries.",
            ["shipbuilding", "batteries"],
        ),
        (
            "Two utilities signed agreements with Danish firms on offshore wind and hydrogen.",
            ["offshore wind", "hydrogen"],
        ),
        ("The minister's trip was mostly about fisheries and tourism.", ["fisheries", "tourism"]),
        ("Over lunch the two premiers talked tourism and mining.", ["tourism", "mining"]),
    ],
)
def test_sector_cues_interest_deals_with_firms_and_what_a_trip_was_about(
    sentence: str, expected: list[str]
) -> None:
    assert words(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Interest in a proper name, a deal on a date, a meeting about to start, small talk.
        "Investors were interested in Energy Park Holdings, a Lagos firm.",
        "The contracts with Airbus on 3 May were delayed.",
        "The meeting was about to start when the power failed.",
        "The two leaders talked briefly before the dinner.",
        "They talked to farmers about agriculture at the fair.",
    ],
)
def test_sector_cues_interest_deals_and_talk_leave_other_uses(sentence: str) -> None:
    assert words(sentence) == []
