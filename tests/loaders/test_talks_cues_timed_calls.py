"""A call told with a time between "spoke" and "by telephone" ("spoke this evening by
telephone with the Emir of X, Sheikh Y") is talks by phone, as "spoke by telephone" was (issue
4); "spoke" about something else, with no telephone, is still no call."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2025, 11, 19)


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        (
            "President Emmanuel Macron spoke this evening by telephone with the President of "
            "the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan.",
            ["Emmanuel Macron", "Mohamed bin Zayed Al Nahyan"],
            "2025-11-19",
        ),
        (
            "Chancellor Friedrich Merz spoke late on Monday by phone with the King of Jordan, "
            "Abdullah II.",
            ["Abdullah II", "Friedrich Merz"],
            "2025-11-17",
        ),
        (
            "Prime Minister Mark Carney spoke at length over the phone with the Prime Minister "
            "of Japan, Sanae Takaichi.",
            ["Mark Carney", "Sanae Takaichi"],
            "2025-11-19",
        ),
    ],
)
def test_talks_cues_a_call_with_a_time_before_the_telephone_is_talks_by_phone(
    text: str, pair: list[str], day: str
) -> None:
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    assert [
        (sorted(names[k] for k in m.participants), m.mode, m.date.lexical if m.date else None)
        for m in document.meetings
    ] == [(pair, "phone", day)]


def test_talks_cues_speaking_of_someone_with_no_telephone_is_no_call() -> None:
    """Counter-example: words after "spoke" that are a topic, and no telephone."""
    text = (
        "President Emmanuel Macron spoke warmly of his friendship with President Luiz Inacio "
        "Lula da Silva."
    )
    assert read(text, _DAY).meetings == ()
