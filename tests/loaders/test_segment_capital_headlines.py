"""A headline in capitals that opens with two country names is a headline, not a dateline."""

from __future__ import annotations

from dkg.loaders.steps.segment import split_sentences


def _datelines(text: str) -> list[str]:
    return [s.text for s in split_sentences(text) if s.dateline]


def test_segment_capital_headline_naming_two_countries_is_no_dateline() -> None:
    text = (
        "PERU, CHILE AGREE TO BUILD A RAIL LINK\n\n"
        "SANTIAGO (Wire) - The two presidents met on Monday at the palace."
    )
    assert _datelines(text) == ["SANTIAGO (Wire)"]


def test_segment_agency_dateline_in_capitals_stays_a_dateline() -> None:
    text = "LIMA. ANDINA - The foreign minister arrived on Monday for talks."
    assert _datelines(text) == ["LIMA. ANDINA"]
