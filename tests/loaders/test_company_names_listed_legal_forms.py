"""Legal forms written one after another with commas ("Areia Holdings, SGPS, S.A.") close one
company's name, which is not cut at its commas (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Areia Holdings, SGPS, S.A. will run the container terminal in Luanda.",
            ["Areia Holdings, SGPS, S.A."],
        ),
        ("Marisol Pescas, Lda. exports frozen fish to Cabo Verde.", ["Marisol Pescas, Lda."]),
        # counter-example: firms listed with their own forms stay apart
        (
            "Borvik AS, Kelmar GmbH and Tessaro SpA bid for the bridge in Montenegro.",
            ["Borvik AS", "Kelmar GmbH", "Tessaro SpA"],
        ),
    ],
)
def test_company_names_listed_legal_forms_one_name_as_written(
    text: str, expected: list[str]
) -> None:
    assert [c.written_name for c in read(text, _DAY).companies] == expected
