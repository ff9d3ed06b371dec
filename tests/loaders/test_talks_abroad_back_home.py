"""Talks told after "X is back in HOME after a visit to Y, where he held talks with Z" were held
in Y, on X's visit: HOME is where X lives, and Z, the host, visited no one there. A trip back to
a place visited before ("was back in Kyiv on Tuesday, where he held talks") stays a visit."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 6, 4)


def test_talks_abroad_host_met_abroad_did_not_visit_the_guests_home() -> None:
    text = (
        "WELLINGTON, June 4, 2025 - Foreign Minister Winston Peters is back in Wellington after a"
        " working visit to Japan from 18 to 20 May, where he held talks with his Japanese"
        " counterpart Takeshi Iwaya at the foreign ministry in Tokyo on Tuesday."
    )
    assert visits(read(text, FILED)) == {("Winston Peters", "JP")}


def test_talks_abroad_back_in_a_country_visited_before_is_a_visit() -> None:
    # Counter-example: "back in Kyiv" with no trip it comes home from is another trip there.
    text = (
        "BERLIN, June 4, 2025 - German Foreign Minister Johann Wadephul was back in Kyiv on"
        " Tuesday, where he held talks with Ukrainian President Volodymyr Zelensky."
    )
    assert visits(read(text, FILED)) == {("Johann Wadephul", "UA")}
