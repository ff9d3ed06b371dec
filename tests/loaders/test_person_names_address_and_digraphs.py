"""A form of address is no name, and a two-letter initial stays in its name (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    "text",
    [
        "Your Excellency, President of the Republic of Malawi, honoured guests, welcome.",
        "Your Majesty, King of Lesotho, we thank you for coming to Pretoria.",
        "Our Prime Minister of Fiji will speak next, the host said.",
    ],
)
def test_person_names_a_form_of_address_names_no_one(text: str) -> None:
    assert people_posts(read(text)) == {}


def test_person_names_the_one_addressed_by_name_is_still_a_person() -> None:
    text = "Your Excellency President Tomas Varga of Hungary, welcome to Zagreb."
    assert people_posts(read(text)) == {"Tomas Varga": {("President", "HU")}}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Austrian Trade Minister Franz Th. Huber visited Korea in June.", "Franz Th. Huber"),
        ("Mongolian Defence Minister Ts. Dorj visited Japan on Tuesday.", "Ts. Dorj"),
        ("Russian Foreign Minister Pavel Kh. Orlov flew to Cairo on Monday.", "Pavel Kh. Orlov"),
    ],
)
def test_person_names_a_two_letter_initial_stays_in_the_name(text: str, name: str) -> None:
    assert list(people_posts(read(text))) == [name]


@pytest.mark.parametrize("address", ["Mullah", "Mawlawi", "Maulana", "Maulvi"])
def test_person_names_a_cleric_s_form_of_address_is_no_name(address: str) -> None:
    """ "Mullah", "Mawlawi", "Maulana" and "Maulvi" address a cleric, as "Sheikh" does: the
    name is what follows ("Emirate Mawlawi Nasir Haqdost" had become a person)."""
    text = f"{address} Nasir Ahmad Haqdost met Pakistani Prime Minister Imran Qadir in Lahore."
    assert "Nasir Ahmad Haqdost" in people_posts(read(text))


def test_person_names_a_cleric_s_title_keeps_the_given_name_it_shares() -> None:
    """Counter-example: a name that only starts like a form of address stays whole."""
    text = "Mullahmet Karimov met Pakistani Prime Minister Imran Qadir in Lahore."
    assert "Mullahmet Karimov" in people_posts(read(text))
