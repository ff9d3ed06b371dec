"""Others who "later joined" the talks told last ("They were later joined by ministers A and
B", "The two presidents were later joined by A and B") join that meeting: the ministers do not
hold talks of their own with each other."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

FILED = datetime.date(2025, 7, 10)
_TALKS = (
    "BERN, 10 July 2025 - Swiss President Karin Keller-Sutter held talks with Malaysian Prime "
    "Minister Anwar Ibrahim at the Federal Palace on Thursday. "
)
_ALL = ["Anwar Ibrahim", "Ignazio Cassis", "Karin Keller-Sutter", "Mohamad Hasan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They were later joined by Swiss Foreign Minister Ignazio Cassis and Malaysian Foreign "
        "Minister Mohamad Hasan.",
        "Later, they were joined by Swiss Foreign Minister Ignazio Cassis and Malaysian Foreign "
        "Minister Mohamad Hasan.",
        "The two leaders were later joined by Swiss Foreign Minister Ignazio Cassis and "
        "Malaysian Foreign Minister Mohamad Hasan.",
    ],
)
def test_meetings_joined_later_is_one_meeting(sentence: str) -> None:
    assert meetings(read(_TALKS + sentence, FILED)) == [_ALL]


def test_meetings_joined_later_by_a_name_in_a_report_is_not_the_talks() -> None:
    """Counter-example: "joined by" inside a reported clause is not the opening "They were
    later joined by" of a sentence about the talks: the ministers of another scene stay out."""
    document = read(
        _TALKS + "Cassis said the delegations were later joined by business leaders.", FILED
    )
    assert meetings(document) == [["Anwar Ibrahim", "Karin Keller-Sutter"]]
