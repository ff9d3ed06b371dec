"""Sectors listed as items under a lead-in that ends with a colon ("The fields of cooperation
agreed on are:") are areas of cooperation, each item on its own line with no cue of its own."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2026, 4, 7)


def _labels(text: str) -> set[str]:
    return {s.label for s in read(text, _DAY).sectors}


def test_sectors_bullet_lists_items_under_a_lead_in_are_sectors() -> None:
    text = (
        "Chile and Vietnam agreed on the following areas of cooperation:\n"
        "- Fisheries\n"
        "- Tourism and culture\n"
        "* Higher education\n"
    )
    assert {
        "fisheries and seafood",
        "tourism",
        "culture",
        "education",
    } <= _labels(text)


def test_sectors_bullet_lists_numbered_items_under_a_lead_in() -> None:
    text = "The memoranda signed cover cooperation in:\n1) Agriculture\n2) Health\n"
    assert {"agriculture", "health, healthcare and medicine"} <= _labels(text)


def test_sectors_bullet_lists_items_without_a_lead_in_are_not_sectors() -> None:
    """Counter-example: a list under a lead-in that names no cooperation lists no sectors."""
    text = "The delegation included:\n- Tourism officials\n- Fisheries inspectors\n"
    assert _labels(text) == set()


def test_sectors_bullet_lists_a_paragraph_after_the_list_ends_it() -> None:
    """Counter-example: a sentence that is no item ends the list."""
    text = (
        "The areas of cooperation are:\n- Fisheries\n\n"
        "Tourism officials from both countries will meet in May.\n"
    )
    assert "tourism" not in _labels(text)
