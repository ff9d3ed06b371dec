"""A communiqué's speaker reports another's trip: "The Minister, Dr. X, has the honour to inform
the public that the President of Y, Z, arrived ..." is Z's visit, not X's; so are "is pleased
to announce that" and "informs that". A speaker who informs of a trip of their own still makes
it."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "visitor", "host", "speaker"),
    [
        (
            "The Minister of Foreign Affairs, Dr. Ana Lucia Ferreira, has the honour to inform the"
            " national and international public that the President of the Republic of Ghana, His"
            " Excellency John Mahama, arrived this Tuesday 4 March 2025 in Lisbon for a working"
            " visit to the Portuguese Republic.",
            "John Mahama",
            "PT",
            "Ana Lucia Ferreira",
        ),
        (
            "The Government Spokesperson, Mr. Tomas Lindqvist, is pleased to announce that the"
            " Prime Minister of Malaysia, Anwar Ibrahim, will pay an official visit to Sweden"
            " from 10 to 12 March 2025.",
            "Anwar Ibrahim",
            "SE",
            "Tomas Lindqvist",
        ),
        (
            "Foreign Minister Ana Lucia Ferreira informs that President Bola Tinubu of Nigeria"
            " arrived in Lisbon on Tuesday 4 March 2025 for a two-day visit.",
            "Bola Tinubu",
            "PT",
            "Ana Lucia Ferreira",
        ),
    ],
)
def test_visit_visitors_communique_speaker_reports_another(
    text: str, visitor: str, host: str, speaker: str
) -> None:
    found = visits(read(text, FILED))
    assert (visitor, host) in found
    assert not any(name == speaker for name, _ in found)


def test_visit_visitors_speaker_who_informs_of_own_trip_makes_it() -> None:
    # Counter-example: no one else is named in what the speaker informs of.
    text = (
        "Foreign Minister Ana Lucia Ferreira of Portugal informed the parliament on Monday 3 March"
        " 2025 that she will travel to Lima next week for talks."
    )
    assert visits(read(text, FILED)) == {("Ana Lucia Ferreira", "PE")}
