"""Someone a talks sentence names as dead ("condolences on the death of former President X")
takes no part in the talks (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 7, 4)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "President Amara Diallo of Guinea visited Brazil on 2 July. He offered condolences "
            "on the death of former President Joao Lemos during talks with President Paulo Reis.",
            "Joao Lemos",
        ),
        (
            "Prime Minister Sven Lind of Sweden met Prime Minister Aiko Sato in Tokyo on 2 July "
            "and laid a wreath in memory of the late Prime Minister Hiro Tanaka.",
            "Hiro Tanaka",
        ),
        (
            "On 2 July Chancellor Eva Brandt held talks with President Omar Sy, who thanked her "
            "for attending the funeral of President Ali Kone.",
            "Ali Kone",
        ),
    ],
)
def test_departed_people_no_party_to_talks(text: str, dead: str) -> None:
    found = meetings(read(text, _DAY))
    assert found, "the talks of the living are kept"
    assert all(dead not in m for m in found)


def test_departed_people_memory_of_victims_keeps_both_leaders() -> None:
    """Counter-example: the dead are not named, so both leaders are the talks' parties."""
    text = (
        "In memory of the victims of the earthquake, President Amara Diallo and President Paulo "
        "Reis met in Conakry on 2 July."
    )
    assert ["Amara Diallo", "Paulo Reis"] in meetings(read(text, _DAY))
