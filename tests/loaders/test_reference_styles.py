"""A leader named later by a style and role ("the Rt. Hon. Prime Minister") or as "the royal
guest": the reference is the person the story is about, so the talks have both sides
(issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 4, 9)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, _DAY))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Prime Minister Rhys Corbett of Britain arrived in Accra on 7 April for an official "
            "visit. On 8 April, the Rt. Hon. Prime Minister called on President Kwame Ofori at "
            "Jubilee House.",
            ["Kwame Ofori", "Rhys Corbett"],
        ),
        (
            "Prime Minister Ana Whetu of New Zealand began a visit to Fiji on 7 April. The Hon. "
            "Prime Minister held talks with President Josefa Tora the next day.",
            ["Ana Whetu", "Josefa Tora"],
        ),
        (
            "King Aldo Verran of Belgium began a state visit to Mexico on 7 April. On 8 April "
            "the royal guest met President Lucia Campos at the National Palace.",
            ["Aldo Verran", "Lucia Campos"],
        ),
        (
            "President Kwame Ofori of Ghana arrived in Lisbon on 7 April. Their distinguished "
            "visitor was received by President Rui Matos the next morning.",
            ["Kwame Ofori", "Rui Matos"],
        ),
    ],
)
def test_reference_styles_talks_have_both_sides(text: str, pair: list[str]) -> None:
    assert pair in _meetings(text)


def test_reference_styles_other_guest_is_not_the_visitor() -> None:
    """Counter-example: "the other guest" is someone else than the visitor of the story."""
    text = (
        "President Kwame Ofori of Ghana arrived in Lisbon on 7 April. President Rui Matos "
        "later met the other guest of the dinner."
    )
    assert _meetings(text) == []
