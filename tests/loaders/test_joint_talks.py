"""Talks a wire lead tells as two people's joint act: "A and his counterpart B agreed Monday to
...", "pledged on Tuesday to", "vowed ... at their summit on Thursday", "had an in-depth
discussion"; not an agreement of countries in the background nor one person's act."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Indonesian President Joko Widodo and his Chilean counterpart Gabriel Boric agreed "
            "Monday to deepen cooperation in mining and renewable energy.",
            "2025-03-10",
        ),
        (
            "Indonesian President Joko Widodo and his Chilean counterpart Gabriel Boric agreed "
            "on Tuesday to expand trade in copper.",
            "2025-03-11",
        ),
        (
            "Indonesian President Joko Widodo and Chilean President Gabriel Boric pledged on "
            "Tuesday to double two-way investment by 2030.",
            "2025-03-11",
        ),
        (
            "Indonesian President Joko Widodo and Chilean President Gabriel Boric vowed to "
            "fight illegal fishing at their summit on Monday.",
            "2025-03-10",
        ),
    ],
)
def test_joint_talks_two_leaders_agreeing_on_a_day_met(text: str, day: str) -> None:
    assert dated_meetings(read(text, FILED)) == [(["Gabriel Boric", "Joko Widodo"], day)]


def test_joint_talks_a_capital_standing_for_its_government_is_no_venue() -> None:
    text = (
        "JAKARTA, March 12 -- Indonesian President Joko Widodo and Chilean President Gabriel "
        "Boric agreed Tuesday to expand trade in copper, as Santiago seeks new markets in Asia."
    )
    document = read(text, FILED)
    assert [m.place.name if m.place else None for m in document.meetings] == [None]


def test_joint_talks_a_discussion_of_a_minister_and_his_counterpart_is_a_meeting() -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Oslo on Monday for a two-day visit "
        "at the invitation of Norwegian Foreign Minister Espen Barth Eide. At talks held on the "
        "same day, Mudavadi and his counterpart had an in-depth discussion of trade and "
        "climate finance."
    )
    assert dated_meetings(read(text, FILED)) == [
        (["Espen Barth Eide", "Musalia Mudavadi"], "2025-03-10")
    ]


def test_joint_talks_a_discussion_with_the_counterpart_named_is_a_meeting() -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Oslo on Monday for a two-day "
        "visit. Mudavadi and his counterpart Espen Barth Eide had a discussion on fisheries."
    )
    assert dated_meetings(read(text, FILED)) == [
        (["Espen Barth Eide", "Musalia Mudavadi"], "2025-03-10")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # countries, not people, agreed; and years ago
        "Indonesia and Chile agreed in 2019 to expand trade in copper, Indonesian President "
        "Joko Widodo said on Tuesday.",
        # one person's act
        "Chilean President Gabriel Boric agreed Monday to deepen cooperation with Indonesia.",
        # two people, but the agreement is the history of the relation, told without a day
        "Indonesian President Joko Widodo and Chilean President Gabriel Boric agreed in 2019 "
        "to expand trade in copper.",
        # the pledge is one side's, the other only named after it
        "Indonesian President Joko Widodo pledged on Tuesday to support the bid of Chilean "
        "President Gabriel Boric.",
        # a cabinet's discussion that one minister reports about another's plan
        "The cabinet had a discussion about the proposal of Finance Minister Ana Lopes, Prime "
        "Minister Rui Costa said on Tuesday.",
    ],
)
def test_joint_talks_background_or_one_sided_acts_are_no_meeting(text: str) -> None:
    assert dated_meetings(read(text, FILED)) == []
