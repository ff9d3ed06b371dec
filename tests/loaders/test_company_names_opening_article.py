"""An unknown company written with a legal form after "The" ("The Kenya Pipeline Company
Limited") is named without the article, as other documents name it, and its mention starts
at the name."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

DAY = datetime.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Accra Cocoa Processing Limited signed a supply deal with a Dutch buyer.",
            "Accra Cocoa Processing Limited",
        ),
        (
            "Malaysia and Japan signed an agreement with The Penang Harbour Works Sdn Bhd on "
            "Monday.",
            "Penang Harbour Works Sdn Bhd",
        ),
    ],
)
def test_company_names_opening_article_is_not_part_of_an_unknown_name(text: str, name: str) -> None:
    document = read(text, DAY)
    assert [(c.name, document.text[c.start : c.end]) for c in document.companies] == [(name, name)]
