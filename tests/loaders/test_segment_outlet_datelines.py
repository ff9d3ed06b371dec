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


def test_segment_outlet_datelines_a_bulletins_day_after_the_dash_is_no_visit_date() -> None:
    # An office's bulletin: its acronym, a dash, the day and a colon, then the story.
    text = (
        "PIO - 3 April 2024: The official visit of the Minister of Trade, Mr Kofi Mensah, to the "
        "Republic of Togo, which was scheduled from 15 to 17 April 2024, has been postponed.\n"
    )
    opening = split_sentences(text)[0]
    assert (opening.text, opening.dateline) == ("PIO - 3 April 2024:", True)
    assert dated_visits(read(text)) == {("Kofi Mensah", "TG", "2024-04-15")}


def test_segment_outlet_datelines_a_mixed_case_phrase_before_a_dated_colon_stays_text() -> None:
    text = "Trade - 6 February 2025: a date the two ports will remember.\n"
    assert not split_sentences(text)[0].dateline
