"""A leader who crossed into a neighbouring country made a trip there; refugees, troops or a
convoy crossing into it are no visit of the leader who speaks of them."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

DAY = datetime.date(2025, 3, 8)  # a Saturday
_OPENING = "South African President Cyril Ramaphosa spoke on Saturday. "


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        ("Ramaphosa, who crossed into Botswana for the opening, held talks later.", "BW"),
        ("Ramaphosa crossed into Namibia on Saturday for the ceremony.", "NA"),
        ("Later he crossed the border into Eswatini for the funeral.", "SZ"),
    ],
)
def test_visit_cues_border_crossings_of_the_leader_are_visits(sentence: str, host: str) -> None:
    assert ("Cyril Ramaphosa", host) in visits(read(_OPENING + sentence, DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ramaphosa said armed groups crossed into Mozambique on Saturday.",
        "Ramaphosa said the convoy carrying aid crossed into Mozambique on Saturday.",
        "Thousands of refugees crossed into Mozambique, Ramaphosa said.",
    ],
)
def test_visit_cues_border_crossings_of_others_are_no_visits(sentence: str) -> None:
    assert ("Cyril Ramaphosa", "MZ") not in visits(read(_OPENING + sentence, DAY))
