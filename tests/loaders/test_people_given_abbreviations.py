"""A given name written short with a dot ("Md." for Mohammad, "Mohd.") is a word of the name:
the name does not end at it, nor the sentence, and the same name written later without it is
the same person."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read, visits

_DAY = datetime.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Bangladesh's Commerce Adviser Md. Rezaul Karim arrived in Seoul for a visit to "
            "South Korea. Rezaul Karim later toured a shipyard.",
            "Rezaul Karim",
        ),
        (
            "Malaysian Trade Minister Mohd. Faizal Hamdan flew to Nairobi on a visit to Kenya. "
            "Faizal Hamdan will stay two days.",
            "Faizal Hamdan",
        ),
        (
            "Bangladesh's Home Adviser Md Nurul Alam reached Colombo for a visit to Sri Lanka. "
            "Nurul Alam met the press there.",
            "Nurul Alam",
        ),
    ],
)
def test_people_given_abbreviations_join_the_name_without_them(text: str, visitor: str) -> None:
    document = read(text, _DAY)
    assert len(document.people) == 1
    ((name, _),) = visits(document)
    assert name.endswith(visitor)


def test_people_given_abbreviations_keep_the_post_on_the_person() -> None:
    text = "Planning Adviser Md. Selim Uddin met Indonesian Foreign Minister Sugiono in Dhaka."
    posts = people_posts(read(text, _DAY))
    assert "Md" not in posts
    assert "Md. Selim Uddin" in posts


def test_people_given_abbreviations_other_short_words_still_end_a_sentence() -> None:
    """Counter-example: a capitalised word before a full stop that is no short given name
    still ends its sentence."""
    text = "The envoy met Prime Minister Lena Holm. Kwame Mensah spoke afterwards."
    sentences = [s.text for s in read(text, _DAY).sentences]
    assert "Kwame Mensah spoke afterwards." in sentences
