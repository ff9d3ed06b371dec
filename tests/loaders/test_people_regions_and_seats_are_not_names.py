"""A region or continent, and an office's seat or a gathering read after a title, are places:
"on her first tour of the Middle East as Foreign Minister" and "talks at Prime Minister House"
name no one (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> set[str]:
    return {p.name for p in PIPELINE(Document("t", "t", text)).people}


@pytest.mark.parametrize(
    "text",
    [
        "It was her first tour of the Middle East as Foreign Minister, officials noted.",
        "He made his first journey to Southeast Asia as Prime Minister in May.",
        "On his maiden trip to East Africa as President, he stopped in Nairobi.",
        "She returned to Latin America as Trade Minister a year later.",
        "The envoys were received at Prime Minister House in the capital.",
        "The two delegations held talks at Chief Minister Lodge on Friday.",
        "Investors flocked to the Pacific Mining Forum, where the CEO gave a keynote.",
    ],
)
def test_people_regions_and_seats_are_not_names(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person before "as" is still the post's holder.
        ("The swearing-in of Grace Atieno as Prime Minister took place on Monday.", "Grace Atieno"),
        # A region word inside a longer name, or a seat word after a given name, is a name.
        ("Minister Asia Rahimova opened the fair.", "Asia Rahimova"),
        ("Senator Elliot House chaired the hearing.", "Elliot House"),
        # Met at the seat, the people around it are still read.
        (
            "President Idris Bello hosted Prime Minister Omar Hadi at Prime Minister House.",
            "Omar Hadi",
        ),
    ],
)
def test_people_regions_and_seats_keep_the_real_names(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leader of the Nation Yerlan Sadykov opened the congress in Astana.", "Yerlan Sadykov"),
        (
            "The envoy called on Leader of the Nation Temir Ospanov at his residence.",
            "Temir Ospanov",
        ),
    ],
)
def test_people_the_nation_closes_the_title_before_the_name(text: str, name: str) -> None:
    assert _names(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "The Leader of the Nation Building Committee resigned on Friday.",
        "Crowds lined the route for the Nation Day Parade in the capital.",
    ],
)
def test_people_the_nation_before_other_words_names_no_one(text: str) -> None:
    assert not _names(text)
