"""A known group's name followed by the initials of a trade joined by "&" ("Doosan E&C", for
engineering and construction) names the group's firm of that trade, as it is written."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [m.written_name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Czech utilities signed deals with Doosan E&C and two local builders.", "Doosan E&C"),
        ("The rail contract went to a Turkish firm and Samsung E&A.", "Samsung E&A"),
        ("Warsaw picked Lotte E&C for the terminal.", "Lotte E&C"),
    ],
)
def test_companies_trade_initials_name_the_group_firm(sentence: str, name: str) -> None:
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Doosan and E.ON signed a memorandum on hydrogen.", "Doosan"),
        ("The Doosan plant in Changwon makes turbines.", "Doosan"),
    ],
)
def test_companies_trade_initials_absent_keep_the_group(sentence: str, name: str) -> None:
    """Counter-examples: the group named alone keeps its own name."""
    assert _names(sentence)[:1] == [name]
