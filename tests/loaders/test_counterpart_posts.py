"""A counterpart holds the post of the one whose counterpart he is: "Foreign Minister A held
talks with his Turkish counterpart" is Türkiye's foreign minister, named earlier without a
country, not Türkiye's president; a counterpart of another post keeps its old reading."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, people_posts, read

FILED = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the president is the only one with the country; the minister holds the post
            "Jordanian Minister of Foreign Affairs Ayman Safadi arrived in Ankara on Monday. "
            "He was received by Turkish President Recep Tayyip Erdogan. The delegation later "
            "met Foreign Minister Hakan Fidan and Trade Minister Omer Bolat. Minister of Foreign "
            "Affairs Ayman Safadi held an expanded session of talks with his Turkish counterpart "
            "on Tuesday.",
            (["Ayman Safadi", "Hakan Fidan"], "2025-03-11"),
        ),
        (
            # the host's minister named only as a greeter, without a country
            "Bahraini Foreign Minister Abdullatif Al Zayani arrived in Muscat on Sunday for an "
            "official visit. He was greeted at the airport by a delegation that included "
            "Foreign Minister Badr Albusaidi. Earlier, Dr Abdullatif Al Zayani held a session "
            "of talks with his Omani counterpart at the Ministry.",
            (["Abdullatif Al Zayani", "Badr Albusaidi"], "2025-03-09"),
        ),
        (
            # a leader's counterpart, named the day before without a country
            "SUVA, 14 March 2025 - Prime Minister Christopher Luxon arrived in Suva yesterday "
            "for the annual leaders' talks. Prime Minister Sitiveni Rabuka held formal talks "
            "with his New Zealand counterpart today.",
            (["Christopher Luxon", "Sitiveni Rabuka"], "2025-03-14"),
        ),
    ],
)
def test_counterpart_posts_same_post_is_met(text: str, expected: tuple[list[str], str]) -> None:
    assert expected in dated_meetings(read(text, FILED))


def test_counterpart_posts_gives_the_country() -> None:
    """The minister named bare becomes the counterpart's country's, and the visitor keeps his."""
    text = (
        "Jordanian Minister of Foreign Affairs Ayman Safadi arrived in Ankara on Monday. He was "
        "received by Turkish President Recep Tayyip Erdogan. The delegation later met Foreign "
        "Minister Hakan Fidan. Minister of Foreign Affairs Ayman Safadi held talks with his "
        "Turkish counterpart on Tuesday."
    )
    posts = people_posts(read(text, FILED))
    assert posts["Hakan Fidan"] == {("Minister of Foreign Affairs", "TR")}
    assert posts["Ayman Safadi"] == {("Minister of Foreign Affairs", "JO")}


def test_counterpart_posts_other_post_keeps_the_country_reading() -> None:
    """Counter-example: a president's counterpart, where the country's only president is
    named and a minister of the same country too, is still that president."""
    text = (
        "Jordanian King Abdullah II arrived in Ankara on Monday. Turkish President Recep Tayyip "
        "Erdogan and Foreign Minister Hakan Fidan received him. On Tuesday, President Abdelmadjid "
        "Tebboune of Algeria held talks with his Turkish counterpart by telephone."
    )
    assert (["Abdelmadjid Tebboune", "Recep Tayyip Erdogan"], "2025-03-11") in dated_meetings(
        read(text, FILED)
    )
