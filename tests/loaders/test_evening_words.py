""" "Last evening", like "last night", is the evening of the day before the filing day; an
arrival "last evening" was dated on no day at all (issue 4, arrival dates). "The last evening of
the visit" or "her last night in Rome" is a stay's final evening, no day of its own."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates
from tests.loaders.reading import dated_visits, read

_THURSDAY = datetime.date(2025, 5, 15)


def _dates(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, _THURSDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister touched down in Lusaka last evening.", ["2025-05-14"]),
        ("Last evening the delegation reached Quito by road.", ["2025-05-14"]),
        ("The talks ran late last night in Doha.", ["2025-05-14"]),
        ("The envoys will dine together this evening.", ["2025-05-15"]),
    ],
)
def test_evening_words_last_evening_is_the_day_before(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On the last evening of the visit the two leaders watched a concert.",
        "It was his last evening in Hanoi before the vote.",
        "She spent her last night in Rome at the embassy.",
        "Their last evening together ended with a toast.",
    ],
)
def test_evening_words_a_stay_s_last_evening_is_no_day(text: str) -> None:
    """Counter-example: the final evening of a stay is not the day before the filing day."""
    assert _dates(text) == []


def test_evening_words_date_an_arrival_last_evening() -> None:
    text = "Turkish Foreign Minister Hakan Fidan arrived in Nairobi last evening for talks.\n"
    assert dated_visits(read(text, _THURSDAY)) == {("Hakan Fidan", "KE", "2025-05-14")}
