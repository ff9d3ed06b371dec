"""A post "of the <style> Republic of X", followed by the name after a comma, is a post of X
even when the gazetteer does not spell that style ("Co-operative Republic of Guyana"); a body
that names no country ("President of the Republic, X") still gives none."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 11, 20)))
    return [(p.name, p.country) for p in document.people]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Lena Roy, President of the Co-operative Republic of Guyana, opened the summit.", "GY"),
        ("Lena Roy, Prime Minister of the Independent and Sovereign State of Samoa, spoke.", "WS"),
        ("Lena Roy, Minister of Trade of the Plurinational State of Bolivia, signed.", "BO"),
    ],
)
def test_title_offices_a_styled_state_before_a_comma_is_the_posts_country(
    text: str, country: str
) -> None:
    assert _people(text) == [("Lena Roy", country)]


@pytest.mark.parametrize(
    "text",
    [
        "The President of the Republic, Lena Roy, opened the summit in Georgetown.",
        "Lena Roy, President of the Supreme Court, opened the session.",
    ],
)
def test_title_offices_a_body_without_a_country_gives_none(text: str) -> None:
    assert _people(text) == [("Lena Roy", None)]
