"""Issue 4: a name followed by a country's post with its portfolio ("X, Oman's Foreign
Minister, said") is a person holding that post for that country; the words before a comma
that name a place, a firm or a day are not."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    "text",
    [
        "Khalid Al-Harthy, Qatar's Foreign Minister, said the talks would resume.",
        "Khalid Al-Harthy, the Qatari Foreign Minister, said the talks would resume.",
        "Khalid Al-Harthy, Qatari Foreign Minister, told reporters the talks would resume.",
    ],
)
def test_people_portfolio_apposition_names_the_minister_and_country(text: str) -> None:
    assert people_posts(read(text)) == {"Khalid Al-Harthy": {("Minister of Foreign Affairs", "QA")}}


@pytest.mark.parametrize(
    "text",
    [
        "In Lima, Peru's Foreign Minister said the talks went well.",
        "Back in Callao, the Peruvian Foreign Minister, who had flown in, said it went well.",
        "Pemex, Mexico's Energy Minister said, would sign the contract.",
        "Speaking on Monday, Peru's Foreign Minister said the talks went well.",
        "Delegates flew into Lima, Peru's capital, on Monday.",
        "Ships left Callao, Peru's biggest port, on Monday.",
    ],
)
def test_people_portfolio_apposition_after_a_place_firm_or_clause_names_nobody(
    text: str,
) -> None:
    assert people_posts(read(text)) == {}
