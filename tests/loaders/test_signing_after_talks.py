"""Ministers who sign documents after the talks the story told are signatories, not a meeting of
their own, and the documents take the day of those talks; leaders who sign after their own
talks, and people who meet after the talks, keep their meeting."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 3, 20)
LEAD = (
    "Chile and Vietnam boost ties\n\n"
    "HANOI, 20 March 2025 - Chilean President Gabriel Boric held talks with Vietnamese "
    "President Luong Cuong in Hanoi on 17 March.\n\n"
)


def test_signing_after_talks_ministers_who_sign_are_no_meeting() -> None:
    document = read(
        LEAD + "After the talks, Foreign Minister Alberto van Klaveren and his Vietnamese "
        "counterpart Bui Thanh Son signed four agreements, among them a visa accord.",
        DAY,
    )
    assert meetings(document) == [["Gabriel Boric", "Luong Cuong"]]
    assert {a.date.lexical if a.date else None for a in document.agreements} == {"2025-03-17"}


def test_signing_after_talks_ministers_who_meet_after_the_talks_keep_their_meeting() -> None:
    document = read(
        LEAD + "After the talks, Foreign Minister Alberto van Klaveren met his Vietnamese "
        "counterpart Bui Thanh Son and signed a visa accord.",
        DAY,
    )
    assert ["Alberto van Klaveren", "Bui Thanh Son"] in meetings(document)


def test_signing_after_talks_leaders_who_sign_after_their_own_talks_stay_one_meeting() -> None:
    document = read(
        LEAD + "Following the talks, Boric and Luong Cuong signed a joint statement.", DAY
    )
    assert meetings(document) == [["Gabriel Boric", "Luong Cuong"]]
