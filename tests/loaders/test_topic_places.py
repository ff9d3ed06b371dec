"""A place further into the topic of talks is neither where they were held nor a visit's
destination: "briefed X on the violations, especially in occupied Hebron", "talks on the
follow-up of projects, including the plant that a firm is building in Homs"."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2025, 2, 6)


def _places(text: str) -> set[str]:
    return {m.place.name for m in read(text, _DAY).meetings if m.place is not None}


@pytest.mark.parametrize(
    ("text", "venue", "topic"),
    [
        (
            "ANKARA, 6 February 2025. President Nabil Haddad held talks with President Levent "
            "Aksoy in Ankara on Thursday. During the talks, President Haddad briefed his Turkish "
            "counterpart on the latest developments and the violations by the settlers, "
            "especially in occupied Hebron.",
            "Ankara",
            "Hebron",
        ),
        (
            "BAGHDAD, 6 February 2025. Prime Minister Karim Saadi held talks with Turkish "
            "Minister Ahmet Demir on the follow-up of water projects, including the dam that a "
            "Turkish firm is building near Mosul and the plant it operates in Basra.",
            None,
            "Basra",
        ),
    ],
)
def test_topic_places_a_place_of_the_topic_is_no_venue_nor_destination(
    text: str, venue: str | None, topic: str
) -> None:
    document = read(text, _DAY)
    assert topic not in _places(text)
    if venue is not None:
        assert venue in _places(text)
    assert not any(host == "IL" for _, host in visits(document))


def test_topic_places_a_project_clause_in_a_list_is_a_topic() -> None:
    text = (
        "DAMASCUS, 6 February 2025. Prime Minister Adel Rifai held talks with Iranian Minister "
        "Hamid Sadeghi on electricity, including the power station that a firm is building in "
        "Homs."
    )
    assert "Homs" not in _places(text)


def test_topic_places_the_talks_city_before_a_singled_out_topic_stays_the_venue() -> None:
    text = (
        "Brazilian President Ana Duarte held talks with Prime Minister Narendra Modi in New "
        "Delhi on Thursday, especially on trade."
    )
    assert _places(text) == {"New Delhi"}
