"""A headline that packs talks and a trip into one clause does not make its subject a visitor
of the guest's country when the story tells the guest's own trip plainly."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2024, 3, 6)
STORY = (
    "Chancellor Olaf Scholz today held talks with President William Ruto of Kenya, who is "
    "paying a state visit to Germany."
)


def _trips(text: str) -> set[tuple[str, str, str | None]]:
    return dated_visits(read(text, FILED))


def test_visit_reversals_the_headline_trip_is_the_guest_s() -> None:
    text = "Chancellor Olaf Scholz met Kenya's President during state visit\n\n" + STORY
    assert _trips(text) == {("William Ruto", "DE", "2024-03-06")}


def test_visit_reversals_a_headline_without_the_guest_keeps_its_trip() -> None:
    text = "Chancellor Olaf Scholz visits Kenya\n\n" + STORY
    assert ("Olaf Scholz", "KE", "2024-03-06") in _trips(text)


def test_visit_reversals_a_dated_or_announced_trip_the_other_way_stays() -> None:
    earlier = (
        "German Chancellor Olaf Scholz, who visited Kenya in 2021, today held talks with "
        "President William Ruto of Kenya, who is paying a state visit to Germany."
    )
    assert ("Olaf Scholz", "KE", "2021") in _trips(earlier)
    later = (
        "Kenyan President William Ruto paid a state visit to Germany on Monday. German "
        "Chancellor Olaf Scholz will visit Kenya in June, he told Ruto."
    )
    assert ("Olaf Scholz", "KE", "2024-06") in _trips(later)


def test_visit_reversals_a_trip_the_other_way_months_before_reverses_nothing() -> None:
    """The host recalls his own state visit of an earlier month: the guest's trip, dated by
    the dateline as under way, stays."""
    text = (
        "Gabala, May 6, AZERTAC\n\nTalks were held in Gabala today between President Ilham "
        "Aliyev of Azerbaijan and President Sadyr Japarov of Kyrgyzstan, who is on a state "
        "visit to Azerbaijan.\n\nAliyev recalled his state visit to Kyrgyzstan in October 2022."
    )
    assert dated_visits(read(text)) == {
        ("Sadyr Japarov", "AZ", "--05-06"),
        ("Ilham Aliyev", "KG", "2022-10"),
    }
