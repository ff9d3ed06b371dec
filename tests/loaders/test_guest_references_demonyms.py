"""'The <demonym> guest' is the visitor from that country: "A and the Kenyan guest held a
separate meeting" is talks of A with the visitor; a guest of another country, or "the Chief
Guest" of a ceremony, is not the visitor."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 3, 12)
_VISIT = (
    "Kenyan Foreign Minister Musalia Mudavadi arrived in Kabul on Monday for a three-day "
    "official visit at the invitation of Afghan Foreign Minister Amir Khan Muttaqi. "
)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Deputy Prime Minister Abdul Ghani Baradar and the Kenyan guest also held a "
            "separate meeting in the afternoon and toured a trade fair together.",
            "2025-03-10",
        ),
        (
            "Deputy Prime Minister Abdul Ghani Baradar received the Kenyan guest on Tuesday.",
            "2025-03-11",
        ),
    ],
)
def test_guest_references_the_guest_of_the_visitors_country_is_the_visitor(
    sentence: str, day: str
) -> None:
    assert dated_meetings(read(_VISIT + sentence, FILED)) == [
        (["Abdul Ghani Baradar", "Musalia Mudavadi"], day)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a guest of another country is someone else
        "Deputy Prime Minister Abdul Ghani Baradar received the Uzbek guest on Tuesday.",
        # a ceremony's Chief Guest, capitalised, names no country
        "Deputy Prime Minister Abdul Ghani Baradar welcomed the Chief Guest on Tuesday.",
    ],
)
def test_guest_references_a_guest_of_no_visitors_country_is_not_the_visitor(
    sentence: str,
) -> None:
    assert dated_meetings(read(_VISIT + sentence, FILED)) == []
