"""Talks of the story's own days that no sentence places were held where the story is filed
from: under a foreign dateline, the guest of the dateline country's leader made a visit there,
though the text never says they travelled."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 6, 14)


@pytest.mark.parametrize(
    "text",
    [
        "VIENNA, 14 June 2025 - Chancellor Christian Stocker of Austria held talks with Prime"
        " Minister Robert Fico of Slovakia on Friday about gas transit.",
        "VIENNA, 14 June 2025 - Slovak Prime Minister Robert Fico and Austrian Chancellor"
        " Christian Stocker held talks on Friday on gas transit and the Danube.",
    ],
)
def test_visit_datelines_unplaced_talks_are_a_visit_to_the_dateline(text: str) -> None:
    assert ("Robert Fico", "AT", "2025-06-13") in dated_visits(read(text, FILED))


@pytest.mark.parametrize(
    "text",
    [
        # talks of another year may have been held anywhere
        "VIENNA, 14 June 2025 - Chancellor Christian Stocker of Austria said he had held talks"
        " with Prime Minister Robert Fico of Slovakia on 3 March 2021.",
        # a call is no trip
        "VIENNA, 14 June 2025 - Chancellor Christian Stocker of Austria held talks by telephone"
        " with Prime Minister Robert Fico of Slovakia on Friday.",
        # talks between two guests of a summit in the dateline city
        "VIENNA, 14 June 2025 - Leaders met on the sidelines of the OSCE summit on Friday."
        " Austrian Chancellor Christian Stocker held talks with Prime Minister Robert Fico of"
        " Slovakia on Friday.",
        # a minister who came with the leader: part of that delegation
        "VIENNA, 14 June 2025 - Slovak President Peter Pellegrini arrived in Vienna on Friday,"
        " accompanied by Foreign Minister Juraj Blanar of Slovakia. Austrian Foreign Minister"
        " Beate Meinl-Reisinger held talks with Juraj Blanar on Friday.",
    ],
)
def test_visit_datelines_unplaced_talks_that_tell_no_trip(text: str) -> None:
    found = dated_visits(read(text, FILED))
    assert not {v for v in found if v[0] in ("Robert Fico", "Juraj Blanar") and v[1] == "AT"}
