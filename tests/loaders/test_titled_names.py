"""Names after a capitalised title whose first word is also a short English word ("General
Secretary To Lam") are people; "to" in prose and title-case headlines are not. "PM" is a title
before a name and the afternoon after a number."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, set[str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 8, 19)))
    return {p.name: {post.title for post in p.posts} for p in document.people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("General Secretary To Lam received the visiting delegation in Hanoi.", "To Lam"),
        ("President Vo Van Thuong opened the forum on Monday.", "Vo Van Thuong"),
        ("Prime Minister Pham Minh Chinh said exports had grown.", "Pham Minh Chinh"),
        ("Minister Do Duc Duy, who leads the ministry, signed the note.", "Do Duc Duy"),
    ],
)
def test_titled_names_a_name_may_open_with_a_short_english_word(text: str, name: str) -> None:
    assert name in _people(text)


def test_titled_names_to_in_prose_is_no_name() -> None:
    people = _people("President Joko Widodo traveled to Hanoi on Monday for talks.")
    assert set(people) == {"Joko Widodo"}


def test_titled_names_a_title_case_headline_gives_nobody() -> None:
    assert _people("President To Visit Hanoi Next Week") == {}


def test_titled_names_pm_is_a_title_before_a_name() -> None:
    text = "PM Narendra Modi landed in Vienna on Tuesday. PM Modi later met the chancellor."
    assert _people(text) == {"Narendra Modi": {"Prime Minister"}}


@pytest.mark.parametrize(
    "text",
    [
        "The talks began at 3 PM on Tuesday in Vienna.",
        "The talks began at 10:30 PM Vienna time.",
        "The leaders spoke by phone at 4 PM Moscow time.",
    ],
)
def test_titled_names_a_clock_time_is_no_prime_minister(text: str) -> None:
    assert _people(text) == {}


def test_titled_names_a_title_after_a_year_is_still_a_title() -> None:
    text = "On 5 May 2024 President Emmanuel Macron met President Xi Jinping for talks."
    assert set(_people(text)) == {"Emmanuel Macron", "Xi Jinping"}
