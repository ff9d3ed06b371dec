"""A sentence that opens on a side and names its people after a plain "were" or "was" ("On the
Chilean side were the Minister of Mining, X, and ...") gives them that side's country, as "On
the Chilean side, the talks were attended by" does; a side phrase inside a sentence, or a
"was" that names no one, gives no one a country."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2024, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the Chilean side were the Minister of Mining, Diego Soto, and the Minister of "
            "Energy, Rosa Vargas.",
            {
                "Diego Soto": {("Minister of Mining", "CL")},
                "Rosa Vargas": {("Minister of Energy", "CL")},
            },
        ),
        (
            "On the Peruvian side was the Minister of Trade, Luis Quispe.",
            {"Luis Quispe": {("Minister of Trade", "PE")}},
        ),
    ],
)
def test_side_lists_copula_names_the_sides_people(
    text: str, expected: dict[str, set[tuple[str, str | None]]]
) -> None:
    assert people_posts(read(text, _DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Delays on the Chilean side were the main complaint of the Minister of Mining, Diego Soto.",
        "On the Chilean side was a long queue, the Minister of Mining, Diego Soto, said.",
    ],
)
def test_side_lists_copula_without_names_gives_no_country(text: str) -> None:
    assert people_posts(read(text, _DAY)) == {"Diego Soto": {("Minister of Mining", None)}}
