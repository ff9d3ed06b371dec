"""In a story about two countries, a leader the text gives no country who meets or visits the
other side's leader is of the other country; with a third country in play nothing is guessed.
A modifier between a country's possessive and the title ("Lebanon's interim President") keeps
the possessive's country."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Prime Minister Aleksander Nowak met with the President of Hungary, Gabor Toth, "
            "on Monday. The two leaders discussed trade between Poland and Hungary.",
            "Aleksander Nowak",
            "PL",
        ),
        (
            "Vienna, 11 March 2025 - Federal President Lukas Gruber held talks with the "
            "President of Slovenia, Marko Zupan, on Monday.",
            "Lukas Gruber",
            "AT",
        ),
        (
            "Rome, 9 March 2025 - The President of the Republic, Marco Bellini, received "
            "today the President of Peru, Luis Quispe.",
            "Marco Bellini",
            "IT",
        ),
        (
            "ACCRA, 12 March 2025 - President Kwame Osei, who is on a working visit to Togo, "
            "held talks with his Togolese counterpart Kossi Agbo. Ghana and Togo share a border.",
            "Kwame Osei",
            "GH",
        ),
        # countries named in passing are no side: the dateline's country is the home one
        (
            "Bridgetown, 5 March 2025 - Deputy Prime Minister Karen Alleyne held talks with the "
            "Foreign Minister of Ghana, Kofi Mensah, on Monday. They discussed a programme funded "
            "by the European Union and Canada, and a tour of the Caribbean.",
            "Karen Alleyne",
            "BB",
        ),
        (
            "LUSAKA, 3 April 2025 (Agency) - His Excellency the President of the Republic, "
            "Mr. Joseph Banda, received on Thursday the Minister of Trade of Portugal, Rui "
            "Matos, who visited a solar plant built with help from Germany and Denmark.",
            "Joseph Banda",
            "ZM",
        ),
    ],
)
def test_two_country_stories_give_the_other_side(text: str, name: str, country: str) -> None:
    assert _countries(text)[name] == country


@pytest.mark.parametrize(
    "text",
    [
        # a third side in play: the person may be of either
        "Vienna, 11 March 2025 - Federal President Lukas Gruber held talks with the President "
        "of Slovenia, Marko Zupan, and the Prime Minister of Croatia, Ivo Horvat.",
        # no dateline: with countries named in passing, no side is the story's own
        "Federal President Lukas Gruber held talks with the President of Slovenia, Marko "
        "Zupan, about a railway funded by Japan and Italy.",
        # people known on both sides: a third official may be on either
        "Federal President Lukas Gruber met Marko Zupan, Prime Minister of Slovenia, "
        "Chancellor Eva Berger of Austria and Deputy Minister Okoro.",
        # nobody the person faces has a country
        "Vienna, 11 March 2025 - Federal President Lukas Gruber held talks with Prime Minister "
        "Marko Zupan on trade with Slovenia.",
    ],
)
def test_two_country_stories_never_guess(text: str) -> None:
    countries = _countries(text)
    assert countries.get("Okoro", countries["Lukas Gruber"]) is None


@pytest.mark.parametrize(
    "modifier", ["interim", "acting", "caretaker", "newly elected", "new interim"]
)
def test_possessive_country_passes_a_modifier_before_the_title(modifier: str) -> None:
    text = f"Lebanon's {modifier} President Karim Nassar arrived in Damascus on Monday."
    assert _countries(text)["Karim Nassar"] == "LB"
