"""An outlet's or office's name before the dateline on one line ("Harbour Radio \u00b7 MAPUTO,
8 June 2023"): the dateline's city opens a sentence of its own, so a visitor "in the country" is
in that city's country."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.segment import split_sentences
from tests.loaders.reading import dated_visits, read

_STORY = (
    "President Hage Geingob of Namibia is in the country for a three-day state visit. He held "
    "talks with President Filipe Nyusi on Thursday."
)


@pytest.mark.parametrize(
    ("line", "outlet", "dateline"),
    [
        ("Harbour Radio \u00b7 MAPUTO, 8 June 2023", "Harbour Radio", "MAPUTO, 8 June 2023"),
        ("Harbour Radio | Maputo, June 8, 2023", "Harbour Radio", "Maputo, June 8, 2023"),
        ("Presidency of Mozambique \u2014 Maputo, 8 June 2023", "Presidency of Mozambique",
         "Maputo, 8 June 2023"),
    ],
)  # fmt: skip
def test_segment_outlet_datelines_the_city_opens_its_own_sentence(
    line: str, outlet: str, dateline: str
) -> None:
    text = f"Namibia and Mozambique sign a port deal\n\n{line}\n\n{_STORY}\n"
    sentences = [(s.text, s.dateline) for s in split_sentences(text)[1:3]]
    assert sentences == [(outlet, False), (dateline, True)]
    assert dated_visits(read(text)) == {("Hage Geingob", "MZ", "2023-06-08")}


@pytest.mark.parametrize(
    "line",
    [
        # A masthead's parts after the outlet: a place, then the date, no dateline.
        "THE HARBOUR TIMES | Maputo | Thursday, 8 June 2023",
        # A headline's dash before a sentence that opens with a place.
        "Port deal \u2014 Maputo, 8 June 2023 is the day the works begin",
    ],
)
def test_segment_outlet_datelines_lines_that_hold_no_dateline(line: str) -> None:
    text = f"Namibia and Mozambique sign a port deal\n\n{line}\n\n{_STORY}\n"
    assert not any(s.dateline for s in split_sentences(text))
