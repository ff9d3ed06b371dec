"""A signatory named after the country a document was signed for ("signed for Chile by the
Minister of Mining, X") serves that country; a "by" that names no signatory gives no one a
country."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2024, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fisheries accord was signed for Chile by the Minister of Mining, Diego Soto.",
            {"Diego Soto": {("Minister of Mining", "CL")}},
        ),
        (
            "The accords were signed on behalf of Chile by the Minister of Mining, Diego Soto, "
            "and for Peru by the Minister of Energy, Rosa Vargas.",
            {
                "Diego Soto": {("Minister of Mining", "CL")},
                "Rosa Vargas": {("Minister of Energy", "PE")},
            },
        ),
    ],
)
def test_side_lists_signatories_serve_the_country_signed_for(
    text: str, expected: dict[str, set[tuple[str, str | None]]]
) -> None:
    assert people_posts(read(text, _DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The accords were signed for Chile by hand, and the Minister of Mining, Diego Soto, "
        "looked on.",
        "Chile was hit by floods, the Minister of Mining, Diego Soto, told the press.",
    ],
)
def test_side_lists_signatories_a_by_without_a_signatory_gives_no_country(text: str) -> None:
    assert people_posts(read(text, _DAY)) == {"Diego Soto": {("Minister of Mining", None)}}
