""" "The capital" after a city the story is set in is that country's capital: an arrival there
starts the visit; money ("capital markets") and a story with no place yet name no city."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 6, 5)  # a Wednesday


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=DAY))


def _capitals(document: Document) -> list[str]:
    text = document.text
    return [p.name for p in document.places if "capital" in text[p.span.start : p.span.end]]


def test_capital_references_an_arrival_in_the_capital_starts_the_visit() -> None:
    document = _read(
        "Japanese Prime Minister Taro Ishikawa held talks with President Kofi Mensah in Kumasi "
        "on Tuesday. The prime minister, who arrived in the capital on Monday evening, was "
        "greeted by Foreign Minister Ama Owusu."
    )
    assert _capitals(document) == ["Accra"]
    visits = [(v.host_country, v.start and v.start.lexical) for v in document.visits]
    assert ("GH", "2024-06-03") in visits


def test_capital_references_money_and_a_story_with_no_place_name_no_city() -> None:
    money = "Talks in Lima ended on Monday. The minister said the capital markets stayed calm."
    assert _capitals(_read(money)) == []
    assert _capitals(_read("The minister arrived in the capital on Monday evening.")) == []
