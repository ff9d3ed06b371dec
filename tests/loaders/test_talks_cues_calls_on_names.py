"""A courtesy call on someone whose name is spelt "To" ("paid a courtesy call on General
Secretary To Lam") is talks; the "called on X to act" exclusion read "To Lam" as an appeal
because the cue could not see case (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 5, 14)


def _meetings(text: str) -> set[tuple[str, ...]]:
    return {tuple(m) for m in meetings(read(text, _DAY))}


@pytest.mark.parametrize(
    "text",
    [
        "Thai Prime Minister Paetongtarn Shinawatra paid a courtesy call on Party General "
        "Secretary To Lam in Hanoi.",
        "The same day, Prime Minister Paetongtarn Shinawatra called on General Secretary "
        "To Lam at the Party headquarters.",
    ],
)
def test_talks_cues_calls_on_names_spelt_to_are_talks(text: str) -> None:
    assert ("Paetongtarn Shinawatra", "To Lam") in _meetings(text)


def test_talks_cues_calls_on_names_an_appeal_is_no_talks() -> None:
    """Counter-example: "called on X to" with a verb after "to" is an appeal, not a visit."""
    text = (
        "Thai Prime Minister Paetongtarn Shinawatra called on Cambodian Prime Minister Hun "
        "Manet to reopen the border crossings."
    )
    assert _meetings(text) == set()
