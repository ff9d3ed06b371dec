"""Talks on the sidelines of a summit or ministerial held abroad are no visit to the venue's
country (the trip was to a multilateral meeting), and talks of a minister who accompanies a
leader are no visit of their own."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        # The first minister's country is left unsaid, as in his own ministry's release.
        "Minister for Foreign Affairs Pekka Haavisto held talks with Turkish Foreign Minister "
        "Mevlüt Çavuşoğlu on the sidelines of the NATO meeting in Berlin on Sunday.",
        "Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on the "
        "margins of the G20 summit in Bali on Tuesday.",
    ],
)
def test_meeting_on_the_sidelines_abroad_is_no_visit(text: str) -> None:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2022, 11, 17)))
    assert len(document.meetings) == 1
    assert document.visits == ()


def test_meeting_abroad_without_a_summit_is_still_a_visit() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida was received in Abu Dhabi on Monday by "
        "President Mohamed bin Zayed Al Nahyan of the United Arab Emirates."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 7, 18)))
    assert [v.host_country for v in document.visits] == ["AE"]


@pytest.mark.parametrize(
    "text",
    [
        "China's Foreign Minister Wang Yi, who accompanied the President, also met French "
        "Foreign Minister Stéphane Séjourné in Paris on Monday.",
        "Japan's Foreign Minister Yoko Kamikawa, accompanying the Prime Minister, held talks "
        "with Philippine Foreign Secretary Enrique Manalo in Manila on Friday.",
    ],
)
def test_meeting_of_a_minister_accompanying_a_leader_is_no_visit_of_their_own(text: str) -> None:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 7)))
    assert len(document.meetings) == 1
    assert document.visits == ()


@pytest.mark.parametrize(
    "text",
    [
        "President Emmanuel Macron of France met President Cyril Ramaphosa of South Africa on"
        " the sidelines of the summit being held in Johannesburg on Saturday.",
        "Prime Minister Anthony Albanese of Australia held talks with President Joko Widodo of"
        " Indonesia on the margins of the summit in Jakarta on Tuesday.",
    ],
)
def test_meeting_on_the_sidelines_with_the_summit_host_is_a_visit(text: str) -> None:
    """Issue 4: talks at a summit with a leader of the summit's country still tell that the
    guest travelled there; the guests' talks with each other above tell no visit."""
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 9, 9)))
    assert len(document.meetings) == 1
    assert len(document.visits) == 1
    place = document.meetings[0].place
    assert place is not None
    assert document.visits[0].host_country == place.country


@pytest.mark.parametrize(
    "text",
    [
        "Finnish Prime Minister Petteri Orpo met Vietnamese Prime Minister Pham Minh Chinh in "
        "Brussels in December 2022, during the EU-ASEAN Summit.",
        "President Ana Lima met Prime Minister Raul Okafor in Kigali on Friday at the "
        "Commonwealth Heads of Government Meeting.",
    ],
)
def test_meeting_at_a_summit_in_a_third_country_is_no_visit(text: str) -> None:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 3)))
    assert len(document.meetings) == 1
    assert document.visits == ()


def test_meeting_at_a_summit_with_its_host_is_still_a_visit() -> None:
    """Counter-example: talks with the summit country's own leader tell the guest's trip."""
    text = (
        "Finnish Prime Minister Petteri Orpo met Belgian Prime Minister Bart De Wever in "
        "Brussels on Thursday, during the EU-ASEAN Summit."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 3)))
    assert [v.host_country for v in document.visits] == ["BE"]
