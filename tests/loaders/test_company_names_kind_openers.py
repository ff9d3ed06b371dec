"""A sentence may open with the kind of firm before its name ("Brewer Acme Malt is ..."), as
"the brewer Acme Malt" does within a sentence: the kind is a description, not the name's first
word; a kind word inside a name stays."""

from __future__ import annotations

import pytest

from tests.loaders.test_company_names import company_names


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Brewer Tusker Hills is the largest beer exporter in Uganda.", "Tusker Hills"),
        ("Carmaker Andes Motors Ltd will assemble buses in Bolivia.", "Andes Motors Ltd"),
        ("Insurer Baltic Shield AS opened an office in Riga.", "Baltic Shield AS"),
        ("Meatpacker Pampas Beef SA will ship cuts to Egypt.", "Pampas Beef SA"),
        ("Airline Condor Andes Ltd opened a route to Lima.", "Condor Andes Ltd"),
        ("Developer Sunrise Towers Ltd is building a mall in Accra.", "Sunrise Towers Ltd"),
        ("Operator Kivu Mobile Ltd signed a tower lease with Rwanda.", "Kivu Mobile Ltd"),
    ],
)
def test_company_names_leave_out_the_kind_that_opens_the_sentence(text: str, shown: str) -> None:
    assert list(company_names(text).values()) == [shown]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Highland Brewers Ltd signed a supply deal with a Danish maltster.",
            "Highland Brewers Ltd",
        ),
        ("Nordic Refiner Group AB will build a depot in Gdansk.", "Nordic Refiner Group AB"),
        ("Skyline Developer Group Ltd signed a lease in Nairobi.", "Skyline Developer Group Ltd"),
        ("Atlas Operator Services Ltd won a port tender in Tema.", "Atlas Operator Services Ltd"),
    ],
)
def test_company_names_keep_a_kind_word_that_is_part_of_the_name(text: str, shown: str) -> None:
    assert list(company_names(text).values()) == [shown]
