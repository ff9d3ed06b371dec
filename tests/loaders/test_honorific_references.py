"""A sovereign named once and then only by style ("Later, His Majesty held talks with
Chancellor A"): the style is the royal, so the talks have their two sides (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 9, 19)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, _DAY))


@pytest.mark.parametrize(
    ("text", "royal"),
    [
        (
            "King Aldo Verran of Belgium arrived in Vienna on 17 September for a state visit. "
            "Later, His Majesty held talks with Chancellor Greta Maurer at the Hofburg.",
            "Aldo Verran",
        ),
        (
            "Emir Faisal Al Hamad of Kuwait began an official visit to Rome on Wednesday. His "
            "Highness met Prime Minister Lucia Ferro on Thursday.",
            "Faisal Al Hamad",
        ),
        (
            "Queen Ilse Norgaard of Denmark flew to Ottawa on 17 September. The next day Her "
            "Majesty received Prime Minister Paul Ardent at Rideau Hall.",
            "Ilse Norgaard",
        ),
        (
            "Pope Pius XIV received President Ana Roldan of Chile at the Vatican on 17 "
            "September. His Holiness also met Foreign Minister Tomas Vidal.",
            "Pius XIV",
        ),
    ],
)
def test_honorific_references_style_is_the_royal(text: str, royal: str) -> None:
    assert any(royal in m and len(m) == 2 for m in _meetings(text))


def test_honorific_references_no_royal_no_meeting() -> None:
    """Counter-example: no royal in the story, so the style means no one named."""
    text = (
        "Chancellor Greta Maurer of Austria arrived in Brussels on 17 September. Her Majesty's "
        "government sent greetings, and Prime Minister Paul Ardent met officials."
    )
    assert _meetings(text) == []


def test_honorific_references_name_after_style_is_read_as_name() -> None:
    """Counter-example: a style followed by a name is that name, not the royal named before."""
    text = (
        "King Aldo Verran of Belgium arrived in Vienna on 17 September. His Majesty Sultan "
        "Omar Bakri of Brunei held talks with Chancellor Greta Maurer."
    )
    found = _meetings(text)
    assert ["Greta Maurer", "Omar Bakri"] in found
    assert ["Aldo Verran", "Greta Maurer"] not in found
