"""The people named after a talks verb whose subject no person was found for ("he", "the
President") each met that subject; they did not meet each other (issue 4: "he is scheduled to
call on the President and the Speaker" became a meeting of the two hosts). Talks that seat the
people named at one table keep their meeting."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 10, 8)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, _DAY))


@pytest.mark.parametrize(
    "text",
    [
        "The Bhutanese Prime Minister lands in Dhaka tonight. On Thursday he is scheduled to "
        "call on President Mohammed Shahabuddin and Chief Adviser Muhammad Yunus.",
        "The President also received Speaker Rodrigo Hidalgo and Chief Justice Hugo Dalmau.",
        "On Monday she met Prime Minister Robert Golob and Foreign Minister Tanja Fajon in "
        "Ljubljana.",
        "Later they held talks with President Bernardo Arevalo and Foreign Minister "
        "Carlos Ramiro Martinez.",
        "He was welcomed by Governor Kathy Hochul and Mayor Eric Adams.",
    ],
)
def test_unnamed_subjects_the_people_met_by_an_unknown_subject_do_not_meet_each_other(
    text: str,
) -> None:
    assert _meetings(text) == []


def test_unnamed_subjects_a_named_visitor_calls_on_each_host() -> None:
    text = (
        "Bhutanese Prime Minister Tshering Tobgay arrived in Dhaka on Tuesday for a two-day "
        "visit. On Wednesday he is scheduled to call on President Mohammed Shahabuddin and "
        "Chief Adviser Muhammad Yunus."
    )
    assert sorted(_meetings(text)) == [
        ["Mohammed Shahabuddin", "Tshering Tobgay"],
        ["Muhammad Yunus", "Tshering Tobgay"],
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Counter-example: the sentence opens with the verb; its subject follows the objects.
        (
            "Received at the palace by King Philippe, President Alexander Stubb discussed "
            "Arctic shipping.",
            ["Alexander Stubb", "Philippe"],
        ),
        # Counter-example: the host of talks between two others.
        (
            "Oman hosted talks between Foreign Minister Abbas Araghchi and Envoy Steve Witkoff "
            "in Muscat.",
            ["Abbas Araghchi", "Steve Witkoff"],
        ),
        # Counter-example: talks at one table with the two named.
        (
            "He held trilateral talks with President Gitanas Nauseda and President Alar Karis "
            "in Vilnius.",
            ["Alar Karis", "Gitanas Nauseda"],
        ),
        # Counter-example: a relative clause after the verb, with subjects of its own.
        (
            "The two governments held their yearly consultations in Berlin, at which "
            "Chancellor Friedrich Merz and Prime Minister Donald Tusk signed a defence treaty.",
            ["Donald Tusk", "Friedrich Merz"],
        ),
        # Counter-example: the verb in a clause whose subject the main clause names after it.
        (
            "President Bola Tinubu opened a trade fair in Abuja on Friday. Speaking at the "
            "fair, where he held talks with Chancellor Friedrich Merz, the President promised "
            "cheaper visas.",
            ["Bola Tinubu", "Friedrich Merz"],
        ),
        # Counter-example: a noun opening the sentence, its subjects after it.
        (
            "In a phone call on Monday, President Emmanuel Macron and Chancellor Friedrich "
            "Merz agreed to coordinate their positions.",
            ["Emmanuel Macron", "Friedrich Merz"],
        ),
    ],
)
def test_unnamed_subjects_people_at_one_table_still_meet(text: str, pair: list[str]) -> None:
    assert _meetings(text) == [pair]
