"""A session held with someone ("held a closed-door session with President X") is talks; a
body's own session ("the council held a closed-door session on the budget") is not (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ivo Baric of Croatia arrived in Santiago on 2 June. He held a "
        "closed-door session with President Camila Rojas at La Moneda.",
        "On 2 June President Camila Rojas of Chile holds a private working session with Prime "
        "Minister Ivo Baric in Zagreb.",
        "A closed-door session was held between President Camila Rojas of Chile and Prime "
        "Minister Ivo Baric of Croatia in Zagreb on 2 June.",
        "President Camila Rojas of Chile began her visit to Zagreb on 2 June with a working "
        "session with Prime Minister Ivo Baric.",
    ],
)
def test_talks_cues_held_sessions_with_someone_are_talks(text: str) -> None:
    assert ["Camila Rojas", "Ivo Baric"] in meetings(read(text, _DAY))


def test_talks_cues_held_sessions_a_bodys_own_session_is_no_talks() -> None:
    """Counter-example: the session is the cabinet's, held with no one."""
    text = (
        "On 2 June the cabinet of President Camila Rojas held a closed-door session on the "
        "budget, which Prime Minister Ivo Baric of Croatia later praised in a statement."
    )
    assert meetings(read(text, _DAY)) == []
