"""A venue whose name is a famous building's ("the Palace of Nations") in a story set in
another country is a local building: the talks held there make no trip to the famous one's
country."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 4, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Malawian President Lazarus Chakwera arrived in Lusaka on Monday. He was received at"
        " the Palace of Nations by Zambian President Hakainde Hichilema.",
        "Malawian President Lazarus Chakwera arrived in Zambia on Monday. He was received at"
        " the Palace of Nations by Zambian President Hakainde Hichilema.",
        "Malawian President Lazarus Chakwera was received by Zambian President Hakainde"
        " Hichilema at the Palace of Nations in Lusaka on Monday.",
    ],
)
def test_venue_countries_same_names_elsewhere_are_no_trip_there(text: str) -> None:
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country) for r in rows} == {("Lazarus Chakwera", "ZM")}


def test_venue_countries_same_names_elsewhere_keep_the_famous_one_where_named() -> None:
    # The story names the famous venue's own city: the building is that one.
    text = (
        "Malawian President Lazarus Chakwera arrived in Geneva on Monday. He addressed the"
        " Human Rights Council at the Palace of Nations."
    )
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country) for r in rows} == {("Lazarus Chakwera", "CH")}
