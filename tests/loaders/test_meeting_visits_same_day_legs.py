"""Talks held in a named city of another country on the day of a visit told elsewhere are a
leg of the tour: "earlier in the day he held talks with the Zambian President in Lusaka" is a
visit to Zambia too (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "visitor", "hosts"),
    [
        (
            "HARARE, Zimbabwe, May 14, 2025 - Indian External Affairs Minister Subrahmanyam"
            " Jaishankar met President Emmerson Mnangagwa in Harare on Wednesday. Earlier in the"
            " day he held talks with Zambian President Hakainde Hichilema in Lusaka.",
            "Subrahmanyam Jaishankar",
            {"ZW", "ZM"},
        ),
        (
            "VIENTIANE, Laos, March 3, 2026 - Japanese Foreign Minister Takeshi Iwaya arrived in"
            " Vientiane on Tuesday. That morning he had met Cambodian Prime Minister Hun Manet in"
            " Phnom Penh.",
            "Takeshi Iwaya",
            {"LA", "KH"},
        ),
    ],
)
def test_meeting_visits_same_day_talks_in_another_capital(
    text: str, visitor: str, hosts: set[str]
) -> None:
    found = visits(read(text, FILED))
    assert {(visitor, host) for host in hosts} <= found


def test_meeting_visits_call_to_another_capital_is_no_leg() -> None:
    # Counter-example: a telephone call with a leader in his own capital takes no one there.
    text = (
        "HARARE, Zimbabwe, May 14, 2025 - Indian External Affairs Minister Subrahmanyam"
        " Jaishankar met President Emmerson Mnangagwa in Harare on Wednesday. Earlier in the day"
        " he held a telephone call with Zambian President Hakainde Hichilema in Lusaka."
    )
    assert ("Subrahmanyam Jaishankar", "ZM") not in visits(read(text, FILED))
