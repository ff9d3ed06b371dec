"""A listed company written in the possessive ("Acme's subsidiaries") is the company itself,
without the "'s" that made it a second, unknown name."""

from __future__ import annotations

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, load_gazetteer())]


def test_companies_possessive_item_names_the_company() -> None:
    sentence = "Many firms operate there, among them Zarvex Mining and Quilona\u2019s subsidiaries."
    assert _names(sentence) == ["Zarvex Mining", "Quilona"]


def test_companies_possessive_item_with_an_apostrophe() -> None:
    sentence = "Polish companies such as Brevik Steel's trading arm opened offices."
    assert _names(sentence) == ["Brevik Steel"]
