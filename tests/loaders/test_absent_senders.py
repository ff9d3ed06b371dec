"""Who sent the letter or the greetings a visitor brings is not at the talks."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read


@pytest.mark.parametrize(
    "second",
    [
        "During the meeting, Vieira handed over a letter from Brazilian President Luiz Inácio "
        "Lula da Silva inviting the Prime Minister to visit Brazil.",
        "Vieira conveyed the warm greetings of President Luiz Inácio Lula da Silva to the Prime "
        "Minister during the meeting.",
    ],
)
def test_the_sender_of_a_letter_is_no_participant(second: str) -> None:
    document = read(
        "Prime Minister Pham Minh Chinh of Vietnam received Foreign Minister Mauro Vieira of "
        "Brazil in Hanoi on Monday. " + second,
        datetime.date(2025, 3, 4),
    )
    assert all("Luiz Inácio Lula da Silva" not in m for m in meetings(document))
    assert ["Mauro Vieira", "Pham Minh Chinh"] in meetings(document)
