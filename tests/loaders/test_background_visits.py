"""An earlier trip the story's trip follows ("It follows his visit to Kenya in 2019"), told in
a sentence that names no one, is a visit of the person the story is about."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2022, 3, 9)


def _trips(text: str) -> list[tuple[str | None, str, str | None, str]]:
    return [(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, FILED)]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva arrived in Luanda on Thursday. It"
            " follows his visit to Kenya in 2019.",
            ("Luiz Inacio Lula da Silva", "KE", "2019", "happened"),
        ),
        (
            "Indian Prime Minister Narendra Modi landed in Cairo on Saturday for a state visit."
            " The trip comes after his first visit to Nairobi in July 2016, and talks with Egypt"
            " continue.",
            ("Narendra Modi", "KE", "2016-07", "happened"),
        ),
        (
            "Indian Prime Minister Narendra Modi will travel to Cairo next week. It follows his"
            " visit to Kenya in 2019.",
            ("Narendra Modi", "KE", "2019", "happened"),
        ),
        (
            # The one met there names no owner of "his": he was the host of that trip.
            "Japanese Prime Minister Fumio Kishida arrived in Nairobi on Tuesday. The stop"
            " follows his visit to Ghana in 2023, when he met President Nana Akufo-Addo.",
            ("Fumio Kishida", "GH", "2023", "happened"),
        ),
        (
            "Chilean President Gabriel Boric landed in Hanoi on Monday. It comes after his trip"
            " to Peru in 2022, where he held talks with President Pedro Castillo.",
            ("Gabriel Boric", "PE", "2022", "happened"),
        ),
    ],
)
def test_background_visits_are_the_story_visitors(
    text: str, earlier: tuple[str, str, str, str]
) -> None:
    assert _trips(text)[1:] == [earlier]


@pytest.mark.parametrize(
    "text",
    [
        # No owner: an exhibition follows a visit of nobody named.
        "Indian Prime Minister Narendra Modi landed in Cairo on Saturday. The exhibition follows"
        " a visit to Kenya in 2019.",
        # Two travellers: whose "his" it is cannot be told.
        "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida landed in"
        " Cairo on Saturday. It follows his visit to Kenya in 2019.",
        # No trip told before: nobody the story is about.
        "It follows his visit to Kenya in 2019. Indian Prime Minister Narendra Modi said so.",
    ],
)
def test_background_visits_need_one_story_visitor(text: str) -> None:
    assert all(r.host_country != "KE" for r in visit_rows(text, FILED))


_COMING = "Prime Minister Edda Stroem of Norway will pay an official visit to Peru next week. "


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        (
            "It will be her third visit to the country, the last being in August 2019.",
            ("Edda Stroem", "PE", "2019-08", "happened"),
        ),
        (
            "It will be her second visit to Peru, the previous one having been in May 2016.",
            ("Edda Stroem", "PE", "2016-05", "happened"),
        ),
    ],
)
def test_background_visits_last_of_the_trips_counted(
    sentence: str, earlier: tuple[str, str, str, str]
) -> None:
    assert earlier in _trips(_COMING + sentence)


def test_background_visits_last_of_the_trips_counted_with_a_named_visitor() -> None:
    text = "Prime Minister Edda Stroem of Norway will pay her third visit to Peru next week, the "
    text += "last being in August 2019."
    assert ("Edda Stroem", "PE", "2019-08", "happened") in _trips(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: an uncounted visit, and a count with no earlier trip dated.
        "It will be her visit to the country, the last stop being Lima in August.",
        "It will be her third visit to the country, and the last of her term.",
    ],
)
def test_background_visits_no_count_or_no_date_is_no_earlier_visit(sentence: str) -> None:
    assert [t[1] for t in _trips(_COMING + sentence)] == ["PE"]
