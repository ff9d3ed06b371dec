"""A state led by a collective presidency (Bosnia and Herzegovina's three members) gives its
members and their chair a post: "the Member of the Presidency of Bosnia and Herzegovina, X"
is a person, and so is the meeting a guest has with them."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, people_posts, read

FILED = datetime.date(2025, 4, 9)
STORY = (
    "Sarajevo, 9 April 2025 - Austrian Foreign Minister Beate Meinl-Reisinger arrived in"
    " Sarajevo on Wednesday. "
)


@pytest.mark.parametrize("title", ["Member of the Presidency", "Chairman of the Presidency"])
def test_people_collective_presidencies_members_are_people(title: str) -> None:
    text = STORY + (
        f"Later in the day Minister Meinl-Reisinger met the {title} of Bosnia and Herzegovina,"
        " Denis Becirovic."
    )
    document = read(text, FILED)
    assert (title, "BA") in people_posts(document)["Denis Becirovic"]
    assert ["Beate Meinl-Reisinger", "Denis Becirovic"] in meetings(document)


def test_people_collective_presidencies_an_office_is_no_person() -> None:
    # the Presidency as a body: no member named, no person
    text = STORY + "The Presidency of Bosnia and Herzegovina met on Thursday in Sarajevo."
    assert set(people_posts(read(text, FILED))) == {"Beate Meinl-Reisinger"}
