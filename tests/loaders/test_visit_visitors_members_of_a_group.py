"""A named subject who is one of a group that travelled ("X was among the heads of state who
landed in Lima") made the trip, although a group alone is a count of travellers (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2026, 7, 29)


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President John Mahama was among the heads of state who landed in Nairobi on"
        " Tuesday for the regional summit.\n",
        "Ghanaian President John Mahama was one of the dignitaries who arrived in Nairobi on"
        " Tuesday.\n",
        "Ghanaian President John Mahama was among the African guests who flew into Nairobi on"
        " Tuesday to attend the swearing-in.\n",
    ],
)
def test_visit_visitors_member_of_a_travelling_group_made_the_trip(text: str) -> None:
    document = read(text, _DAY)
    assert visits(document) == {("John Mahama", "KE")}
    assert {v.status for v in document.visits} == {"happened"}


def test_visit_visitors_a_counted_group_alone_makes_no_visit() -> None:
    """Counter-example: tourists who travelled are counted; the president named only hosts."""
    text = (
        "Kenyan President William Ruto said some 3,000 dignitaries who arrived in Nairobi on"
        " Tuesday would see the new port.\n"
    )
    assert visits(read(text, _DAY)) == set()


def test_visit_visitors_a_group_the_subject_is_not_among_makes_no_visit() -> None:
    """Counter-example: the subject thanked the group; he is no member of it."""
    text = (
        "Ghanaian President John Mahama thanked the dignitaries who arrived in Accra on Tuesday.\n"
    )
    assert visits(read(text, _DAY)) == set()
