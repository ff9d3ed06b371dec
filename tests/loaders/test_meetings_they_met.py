""" "They met" right after a sentence naming two people of different countries is talks of
those two (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, meetings, read

_DAY = datetime.date(2025, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "President Nia Okoro of Nigeria and Prime Minister Lars Berg of Norway flew to Baku for "
        "the climate summit. On the eve of the summit, on 10 November, they met at a hotel.",
        "Prime Minister Lars Berg of Norway sat beside President Nia Okoro of Nigeria at the "
        "opening dinner on 10 November. They later held talks on shipping.",
    ],
)
def test_meetings_they_met_are_the_two_named_before(text: str) -> None:
    assert (["Lars Berg", "Nia Okoro"], "2025-11-10") in dated_meetings(read(text, _DAY))


@pytest.mark.parametrize(
    "text",
    [
        # two of one country: "they" is their delegation, whose talks have no named other side
        "Foreign Minister Ada Bello of Nigeria and Trade Minister Tunde Ade of Nigeria flew to "
        "Oslo on 10 November. They met business leaders.",
        # one person named before: "they" is a group
        "President Nia Okoro of Nigeria flew to Oslo with her ministers on 10 November. They "
        "met students at the university.",
    ],
)
def test_meetings_they_met_needs_two_of_different_countries(text: str) -> None:
    assert meetings(read(text, _DAY)) == []
