"""People said to accompany a leader at talks told just before join those talks ("Also
accompanying the President at the meeting were A and B"), as "Also present during the talks
were A and B" does: they are not a meeting of the leader with them."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read

TALKS = "President Ana Soto of Peru held talks with President Paulo Reis of Brazil in Brasilia. "


def _meetings(text: str) -> set[tuple[str, ...]]:
    document = read("date 2024-05-22\n" + TALKS + text)
    return {tuple(sorted(m.participants)) for m in document.meetings}


@pytest.mark.parametrize(
    "text",
    [
        "Also accompanying the President at the meeting were Foreign Minister Luis Prado and "
        "Trade Minister Rosa Diaz.",
        "Accompanying her at the talks were Foreign Minister Luis Prado and Trade Minister "
        "Rosa Diaz.",
    ],
)
def test_meetings_accompanying_others_join_the_talks(text: str) -> None:
    assert _meetings(text) == {("ana-soto", "luis-prado", "paulo-reis", "rosa-diaz")}


def test_meetings_accompanying_others_a_trip_companion_meets_on_his_own() -> None:
    meetings = _meetings(
        "Foreign Minister Luis Prado, who accompanied the President to Brasilia, later met "
        "Trade Minister Rosa Diaz of Brazil."
    )
    assert ("luis-prado", "rosa-diaz") in meetings
