""" "The Kenyan side accepted the invitation to pay an official visit": the side's leader the
story names is to visit the inviting country, though no name stands before "accepted"."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 6, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Austrian Chancellor Karl Nehammer spoke by telephone with Mongolian President"
            " Ukhnaagiin Khurelsukh on Wednesday. The Mongolian side accepted the invitation to"
            " pay an official visit.",
            [("Ukhnaagiin Khurelsukh", "AT", "announced")],
        ),
        (
            "Austrian Chancellor Karl Nehammer spoke by telephone with Mongolian President"
            " Ukhnaagiin Khurelsukh on Wednesday. The Mongolian side gladly accepted an"
            " invitation to visit Vienna.",
            [("Ukhnaagiin Khurelsukh", "AT", "announced")],
        ),
    ],
)
def test_visit_invitations_accepting_sides_send_their_leader(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    rows = visit_rows(text, FILED)
    assert [(r.visitor, r.host_country, r.status) for r in rows] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The side has two leaders in the story: either may be the one to travel.
        "Austrian Chancellor Karl Nehammer spoke by telephone with Mongolian President"
        " Ukhnaagiin Khurelsukh and Mongolian Prime Minister Luvsannamsrain Oyun-Erdene on"
        " Wednesday. The Mongolian side accepted the invitation to pay an official visit.",
        # A proposal accepted is no trip.
        "Austrian Chancellor Karl Nehammer spoke by telephone with Mongolian President"
        " Ukhnaagiin Khurelsukh on Wednesday. The Mongolian side accepted the proposal to"
        " expand flights.",
        # "The other side" names no country, so no leader of it is known.
        "Austrian Chancellor Karl Nehammer spoke by telephone with Mongolian President"
        " Ukhnaagiin Khurelsukh on Wednesday. The other side accepted the invitation to pay"
        " an official visit.",
    ],
)
def test_visit_invitations_accepting_sides_without_one_leader_tell_no_visit(text: str) -> None:
    assert visit_rows(text, FILED) == []
