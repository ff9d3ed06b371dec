"""A counted visit may date the earlier one by the event it was for: "It is the second visit of
President X to Peru, after he attended the ceremony of transfer of command on 10 December 2022"
tells an earlier trip on that day, as "after the one he made in May 2019" does."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2024, 9, 16)
STORY = (
    "Asuncion, 16 September 2024 - Uruguayan President Yamandu Orsi arrived in Asuncion on"
    " Monday for a two-day official visit. "
)


def test_visit_ordinal_earlier_events_date_the_earlier_trip() -> None:
    text = STORY + (
        "It is the third visit of President Orsi to Paraguay, after he attended the"
        " inauguration of President Pena on 15 August 2023."
    )
    visits = dated_visits(read(text, FILED))
    assert ("Yamandu Orsi", "PY", "2023-08-15") in visits
    assert ("Yamandu Orsi", "PY", "2024-09-16") in visits


def test_visit_ordinal_earlier_events_need_the_count() -> None:
    # no count of visits: the attended event dates no earlier trip of this sentence
    text = STORY + (
        "The visit comes a year after he attended the inauguration of President Pena on"
        " 15 August 2023."
    )
    visits = dated_visits(read(text, FILED))
    assert ("Yamandu Orsi", "PY", "2024-09-16") in visits


def test_visit_ordinal_earlier_events_need_a_date() -> None:
    text = STORY + (
        "It is the third visit of President Orsi to Paraguay, after he attended the"
        " inauguration of President Pena in Asuncion."
    )
    visits = dated_visits(read(text, FILED))
    assert {start for _, host, start in visits if host == "PY"} == {"2024-09-16"}
