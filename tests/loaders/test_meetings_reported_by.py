"""The source a sentence ends by naming ("..., Ambassador X said.", "..., said X.", "...,
according to X.") reports the talks and takes no part in them."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

FILED = datetime.date(2025, 11, 4)
_TALKS = (
    "Tanzanian Energy Minister Doto Biteko held talks with Norwegian Development Minister "
    "Asmund Aukrust in Dodoma on Monday"
)


@pytest.mark.parametrize(
    "ending",
    [
        ", Ambassador Tone Tinnes said.",
        ", said Ambassador Tone Tinnes.",
        ", according to Ambassador Tone Tinnes.",
        ", Ambassador Tone Tinnes told reporters.",
    ],
)
def test_meetings_reported_by_leaves_the_source_out(ending: str) -> None:
    assert meetings(read(_TALKS + ending, FILED)) == [["Asmund Aukrust", "Doto Biteko"]]


def test_meetings_reported_by_keeps_a_partner_named_last() -> None:
    """Counter-example: a person named last as the one met, not as a source, takes part."""
    document = read(
        "Tanzanian Energy Minister Doto Biteko, who said on Monday that power exports would "
        "grow, later met Norwegian Development Minister Asmund Aukrust and Ambassador Tone "
        "Tinnes.",
        FILED,
    )
    assert any("Tone Tinnes" in met for met in meetings(document))
