"""An accepted invitation, by whoever it is named after ("accepted X's invitation to attend the
Expo in Osaka"), to an event abroad is an announced visit to the country of the event's city,
not to a country the event is named after, dated by the day the event is told on."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_DAY = datetime.date(2025, 3, 14)
_MET = "Kenyan President William Ruto met Chilean President Gabriel Boric in Santiago on Monday. "


def _boric(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {
        (r.host_country, r.city, r.start, r.status)
        for r in visit_rows(text, _DAY)
        if r.visitor == "Gabriel Boric"
    }


@pytest.mark.parametrize(
    ("sentence", "trip"),
    [
        (
            "The Chilean leader accepted Ruto's invitation to attend the Mombasa trade fair, "
            "although no date has been set.",
            ("KE", "Mombasa", None, "announced"),
        ),
        (
            "Boric accepted President Ruto's invitation to attend the summit in Nairobi.",
            ("KE", "Nairobi", None, "announced"),
        ),
        (
            # the event is named after another country; its city is in Kenya
            "Boric accepted Ruto's invitation to attend the Africa-Japan business summit in "
            "Nairobi.",
            ("KE", "Nairobi", None, "announced"),
        ),
        (
            "Boric accepted an invitation to attend the opening of the festival on 21 July in "
            "Edinburgh.",
            ("GB", "Edinburgh", "2025-07-21", "announced"),
        ),
    ],
)
def test_visit_invitations_accepted_event_abroad_is_announced(
    sentence: str, trip: tuple[str, str | None, str | None, str]
) -> None:
    assert _boric(_MET + sentence) == {trip}


@pytest.mark.parametrize(
    "sentence",
    [
        "Boric declined Ruto's invitation to attend the summit in Nairobi.",
        "Boric accepted Ruto's proposal to attend the summit in Nairobi.",
    ],
)
def test_visit_invitations_declined_or_no_invitation_is_no_visit(sentence: str) -> None:
    assert _boric(_MET + sentence) == set()
