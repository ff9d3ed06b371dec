""" "Our country" in a story without a dateline is the publisher's: the one country the story
names beside the guest's ("X, who arrives in our country with a state visit")."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 3, 4)


def test_country_references_our_country_is_the_host() -> None:
    text = (
        "Talks between Laos and Cambodia open on Tuesday. Lao President Thongloun Sisoulith,"
        " who arrives in our country with a state visit, will meet King Norodom Sihamoni."
    )
    rows = visit_rows(text, FILED)
    assert [(r.visitor, r.host_country, r.visit_type) for r in rows] == [
        ("Thongloun Sisoulith", "KH", "state")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Three countries: "our" could be either of the two that are not the guest's.
        "Laos, Thailand and Cambodia will talk on Tuesday. Lao President Thongloun Sisoulith,"
        " who arrives in our country with a state visit, will meet the King.",
        # "The country" without a dateline names none.
        "Talks between Laos and Cambodia open on Tuesday. Lao President Thongloun Sisoulith,"
        " who arrives in the country with a state visit, will meet the King.",
    ],
)
def test_country_references_our_country_unknown_tells_no_host(text: str) -> None:
    assert visit_rows(text, FILED) == []
