"""A clause about the traveller's own past at the destination ("where he had studied in
1990") dates that past, not the trip; a clause about what the traveller does there dates it."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2025, 3, 14)  # a Friday


def _visits(text: str) -> dict[str, tuple[str | None, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return {
        v.host_country: (v.start and v.start.lexical, v.end and v.end.lexical)
        for v in document.visits
    }


def test_visit_cue_days_past_at_destination_is_not_the_trip_date() -> None:
    opening = "French President Emmanuel Macron spoke on Thursday."
    studied = f"{opening} Macron left for Vietnam, where he had studied in 1999."
    served = f"{opening} Macron flew to Vietnam, where he once served as a young diplomat in 1999."
    assert _visits(studied)["VN"][0] != "1999"
    assert _visits(served)["VN"][0] != "1999"


def test_visit_cue_days_what_is_done_at_destination_still_dates_the_trip() -> None:
    opening = "Ghanaian President John Mahama spoke on Thursday."
    met = f"{opening} Mahama left for Kenya, where he met President William Ruto on Friday."
    assert _visits(met)["KE"] == ("2025-03-14", None)
