"""Talks told as following others ("Following the talks, ...", "At the end of the talks, ...")
take the day of the talks told last; talks told right after a ceremony take the ceremony's day;
a headline's present tense ("holds talks") is the day the story tells, not the visit's first."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str, filed: datetime.date | None) -> list[tuple[str, ...]]:
    """Each meeting as its participants' names in order, then its day."""
    document = PIPELINE(Document("t", "t", text, date=filed))
    names = {p.key: p.name for p in document.people}
    return sorted(
        (*sorted(names[k] for k in m.participants), m.date.lexical if m.date else "")
        for m in document.meetings
    )


_TALKS = (
    "Foreign Minister Maria Santos of Portugal held talks with Foreign Minister Ahmed Rahimi of "
    "Tunisia yesterday, 11 March, in Lisbon.\n\n"
)


@pytest.mark.parametrize(
    "opening",
    ["Following the talks", "After the talks", "At the end of the talks", "After the meeting"],
)
def test_talks_sequels_talks_after_told_talks_take_their_day(opening: str) -> None:
    text = (
        f"{_TALKS}{opening}, Rahimi and Prime Minister Luis Ferreira held a separate meeting at "
        "the Prime Minister's office and signed two documents."
    )
    assert _meetings(text, datetime.date(2025, 3, 12)) == [
        ("Ahmed Rahimi", "Luis Ferreira", "2025-03-11"),
        ("Ahmed Rahimi", "Maria Santos", "2025-03-11"),
    ]


def test_talks_sequels_talks_told_without_a_sequel_word_keep_the_day_of_filing() -> None:
    text = (
        f"{_TALKS}Rahimi and Prime Minister Luis Ferreira held a meeting at the Prime "
        "Minister's office."
    )
    assert _meetings(text, datetime.date(2025, 3, 12)) == [
        ("Ahmed Rahimi", "Luis Ferreira", "2025-03-12"),
        ("Ahmed Rahimi", "Maria Santos", "2025-03-11"),
    ]


_VISIT = (
    "Chairman Tran Van Minh holds talks with President of the Chilean Senate Manuel Ossandon\n\n"
    "Hanoi (VNA) - At the invitation of National Assembly Chairman Tran Van Minh, President of "
    "the Chilean Senate Manuel Ossandon and a high-ranking delegation are paying an official "
    "visit to Viet Nam from 9 to 12 December 2024.\n\n"
)


@pytest.mark.parametrize("pair", ["the two Chairmen", "the two Speakers", "the two leaders"])
def test_talks_sequels_talks_right_after_the_ceremony_take_its_day(pair: str) -> None:
    text = (
        f"{_VISIT}In the morning of 10 December, at the National Assembly House, Chairman Minh "
        "chaired the official welcome ceremony for the guests, with a guard of honour, the "
        "national anthems of the two countries and a review of the troops, before the two "
        "delegations were introduced to each other in the Hall of the Assembly, where the "
        "members of the Foreign Affairs Committee and the heads of the friendship groups of the "
        "two parliaments, together with the ambassadors of the two countries, had gathered "
        f"since early morning. Right after the ceremony, {pair} held talks in narrow format, "
        "followed by talks in extended format."
    )
    assert _meetings(text, None) == [("Manuel Ossandon", "Tran Van Minh", "2024-12-10")]


def test_talks_sequels_a_present_headline_is_the_day_of_filing_during_the_visit() -> None:
    text = f"{_VISIT}Ossandon thanked Minh for the warm welcome."
    assert _meetings(text, datetime.date(2024, 12, 10)) == [
        ("Manuel Ossandon", "Tran Van Minh", "2024-12-10")
    ]


def test_talks_sequels_two_speakers_of_a_conference_are_no_pair_of_talks() -> None:
    text = (
        "Chilean Senate President Manuel Ossandon arrived in Hanoi on 9 December 2024. At the "
        "forum on 10 December, the two speakers addressed students of the university."
    )
    assert _meetings(text, datetime.date(2024, 12, 10)) == []
