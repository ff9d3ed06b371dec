"""Someone "at his side" stands beside the host: the host and the guest met, and the one
beside them holds no talks of their own with either (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 4, 8)


def _meetings(text: str) -> set[tuple[str, ...]]:
    return {tuple(m) for m in meetings(read(text, _DAY))}


@pytest.mark.parametrize(
    "text",
    [
        "Omani Sultan Haitham bin Tariq received Kenyan President William Ruto in Muscat, with "
        "Crown Prince Theyazin bin Haitham at his side.",
        "Kenyan President William Ruto was welcomed in Muscat by Sultan Haitham bin Tariq, "
        "with Crown Prince Theyazin bin Haitham at his side.",
        "With Crown Prince Theyazin bin Haitham by his side, Sultan Haitham bin Tariq held "
        "talks with Kenyan President William Ruto.",
    ],
)
def test_side_presence_is_no_meeting_of_its_own(text: str) -> None:
    assert _meetings(text) == {("Haitham bin Tariq", "William Ruto")}


@pytest.mark.parametrize(
    "text",
    [
        "Sultan Haitham bin Tariq held talks with Kenyan President William Ruto, with trade "
        "and ports high on both sides' agenda.",
        "Sultan Haitham bin Tariq met Kenyan President William Ruto on the Omani side of the "
        "new border post.",
    ],
)
def test_side_presence_other_sides_keep_the_talks(text: str) -> None:
    """Counter-examples: "side" that places no one beside the host leaves the talks as they
    are."""
    assert _meetings(text) == {("Haitham bin Tariq", "William Ruto")}
