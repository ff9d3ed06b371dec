"""A host who welcomes a sovereign and the consort together holds talks with the sovereign: the
consort's welcome is no meeting of its own. A consort's own meeting with someone else stays."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 4, 14)


def test_consorts_welcomed_together_make_one_meeting() -> None:
    document = read(
        "Lisbon, April 14, 2025. President Rui Matos welcomed King Harald Jensen and Queen "
        "Sonja Jensen of Norway, who are on a state visit to Portugal, at the palace on Monday.",
        _DAY,
    )
    assert meetings(document) == [["Harald Jensen", "Rui Matos"]]


def test_consorts_welcomed_together_keep_the_consort_s_own_talks() -> None:
    document = read(
        "Lisbon, April 14, 2025. President Rui Matos welcomed King Harald Jensen of Norway, "
        "who is on a state visit to Portugal, on Monday. Queen Sonja Jensen met Prime Minister "
        "Ana Costa at a children's hospital on Tuesday.",
        _DAY,
    )
    assert ["Ana Costa", "Sonja Jensen"] in meetings(document)
