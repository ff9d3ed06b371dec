""" "The two ministers" after a sentence has named two people are those two: talks with a
minister, "after which the two ministers signed", are no meeting of the leaders as well."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
OPENING = (
    "New Zealand Prime Minister Christopher Luxon met Philippine President Ferdinand Marcos in "
    "Manila on Thursday. "
)


def _meetings(text: str) -> list[set[str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 4, 25)))
    return [set(m.participants) for m in document.meetings]


def test_meetings_pair_named_before_is_the_two_named() -> None:
    text = OPENING + (
        "The Prime Minister then held talks with Foreign Secretary Enrique Manalo, after which "
        "the two ministers signed a memorandum on tourism."
    )
    assert _meetings(text) == [
        {"christopher-luxon", "ferdinand-marcos"},
        {"christopher-luxon", "enrique-manalo"},
    ]


def test_meetings_pair_named_after_one_person_is_the_principals() -> None:
    """Counter-example: with one person named before "the two leaders", the phrase still
    means the leaders of the text, who held the talks with that person present."""
    text = OPENING + (
        "With Foreign Secretary Enrique Manalo at the table, the two leaders then held talks "
        "on trade."
    )
    assert _meetings(text) == [{"christopher-luxon", "ferdinand-marcos", "enrique-manalo"}]
