"""A sum whose currency the text glosses with its code in brackets ("Rwandan francs (RWF)")
keeps the year written right after the code, not a year an earlier clause names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2024 = FigureContext(document_year=2024)


def _years(sentence: str) -> list[tuple[Decimal, int | None]]:
    return [(f.value, f.year) for f in find_figures(sentence, 0, DATED_2024)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "According to 2018 data, Rwanda imported from Uganda goods worth 210 billion"
            " Rwandan francs (RWF) in 2021.",
            [(Decimal("210e9"), 2021)],
        ),
        (
            "In 2017 Malawi exported maize worth $9 million, while Malawi imported from Zambia"
            " goods worth 80 billion Malawian kwacha (MWK) in 2022.",
            [(Decimal("9e6"), 2017), (Decimal("80e9"), 2022)],
        ),
        (
            "Kenyan imports from Uganda reached 90 billion Kenyan shillings (KES) last year.",
            [(Decimal("90e9"), 2023)],
        ),
    ],
)
def test_figure_years_glossed_codes_keep_the_year_after_the_code(
    sentence: str, expected: list[tuple[Decimal, int | None]]
) -> None:
    assert _years(sentence) == expected


def test_figure_years_glossed_codes_a_bracketed_word_is_no_code() -> None:
    sentence = (
        "In 2019 Uganda's exports to Kenya were worth $500 million (estimated) in the data"
        " released in 2022."
    )
    assert _years(sentence) == [(Decimal("500e6"), 2019)]
