"""A firm named as "the X group" or as the subject of "plans to produce" is a company (issue 4);
groups of states named by a place ("the Lima Group"), and countries, bodies or people who plan
to produce something, are not."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [m.written_name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Officials said the Salim group will build a flour mill near Lagos.", ["Salim group"]),
        ("The Okoro Group opened a cement plant in Accra.", ["Okoro Group"]),
        ("Kiira Motors plans to produce electric buses for Kenya.", ["Kiira Motors"]),
        (
            "Officials said that Zenda Pharma intends to manufacture insulin in Dakar.",
            ["Zenda Pharma"],
        ),
    ],
)
def test_companies_groups_and_makers_are_companies(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru joined the Lima Group in 2017.",
        "The BRICS group of emerging economies will meet in Kazan.",
        "Kenya plans to produce its own fertiliser by 2027.",
        "The ministry plans to produce a new strategy.",
        "President Ruto plans to produce a report on the matter.",
        "Mr Okafor plans to produce a documentary.",
        "Nairobi aims to produce more tea.",
    ],
)
def test_companies_groups_of_states_and_planners_that_are_no_firm_are_not(sentence: str) -> None:
    assert _names(sentence) == []
