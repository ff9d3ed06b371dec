"""A diary-style record: "this morning" counts from the day heading above it."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()

CIRCULAR = (
    "COURT CIRCULAR\n\n"
    "STATE VISIT TO THE KINGDOM OF THAILAND BY HIS MAJESTY KING PHILIPPE, "
    "12th TO 14th MARCH 2024\n\n"
    "GRAND PALACE, BANGKOK\n12th March 2024\n\n"
    "The King this morning laid a wreath at the national memorial.\n\n"
    "CHIANG MAI\n13th March 2024\n\n"
    "The King this afternoon visited a research centre in Chiang Mai.\n"
)


def _dates(text: str) -> dict[str, list[str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 12)))
    found: dict[str, list[str]] = {}
    for mention in document.dates:
        words = document.text[mention.span.start : mention.span.end]
        found.setdefault(words, []).append(mention.start.lexical)
    return found


def test_date_headings_each_day_counts_from_its_heading() -> None:
    dates = _dates(CIRCULAR)
    assert dates["this morning"] == ["2024-03-12"]
    assert dates["this afternoon"] == ["2024-03-13"]


def test_date_headings_in_capitals_are_read() -> None:
    assert _dates(CIRCULAR)["12th TO 14th MARCH 2024"] == ["2024-03-12"]


def test_date_headings_one_date_line_is_the_record_date_only() -> None:
    # A closing date line is no diary: "this morning" stays the record's day.
    text = "The minister this morning met the ambassador.\n\nBangkok\n15th March 2024\n"
    assert _dates(text)["this morning"] == ["2024-03-12"]
