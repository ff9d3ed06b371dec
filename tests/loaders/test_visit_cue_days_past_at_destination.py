"""A clause about the traveller's own past at the destination ("where he had studied in
1990") dates that past, not the trip; a clause about what the traveller does there dates it."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

DAY = datetime.date(2025, 3, 14)  # a Friday


def test_visit_cue_days_past_at_destination_is_not_the_trip_date() -> None:
    opening = "French President Emmanuel Macron spoke on Thursday."
    studied = f"{opening} Macron left for Vietnam, where he had studied in 1999."
    served = f"{opening} Macron flew to Vietnam, where he once served as a young diplomat in 1999."
    for text in (studied, served):
        trips = dated_visits(read(text, DAY))
        assert {host for _, host, _ in trips} == {"VN"}
        assert all(start != "1999" for _, _, start in trips)


def test_visit_cue_days_what_is_done_at_destination_still_dates_the_trip() -> None:
    opening = "Ghanaian President John Mahama spoke on Thursday."
    met = f"{opening} Mahama left for Kenya, where he met President William Ruto on Friday."
    assert ("John Mahama", "KE", "2025-03-14") in dated_visits(read(met, DAY))
