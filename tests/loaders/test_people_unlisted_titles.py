"""Posts the vocabulary does not list in full are still read, with the name after them:
portfolios named as a government likes ("Minister of Ports and Coastal Development"), agency
heads ("Administrator"), and first names that are also months ("June", "April")."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 6, 9)))
    return {p.name: (p.country, tuple(post.title for post in p.posts)) for p in document.people}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Ghanaian Minister of Ports and Coastal Development Kofi Mensah arrived in Lome.",
            "Kofi Mensah",
            "Minister of Ports and Coastal Development",
        ),
        (
            "Kenyan Minister of Water, Sanitation and Irrigation Amina Wanjiru met her Ugandan "
            "counterpart in Kampala.",
            "Amina Wanjiru",
            "Minister of Water Resources, Sanitation and Irrigation",
        ),
        (
            "The Omani Minister of Heritage and Tourism Salim Al-Harthy toured Muscat port.",
            "Salim Al-Harthy",
            "Minister of Heritage and Tourism",
        ),
        (
            "Malian Minister of Malian Diaspora and African Integration Oumar Traore visited "
            "Dakar.",
            "Oumar Traore",
            "Minister of Malian Diaspora and African Integration",
        ),
        (
            "Space Agency Administrator Carla Ruiz met Indian Prime Minister Ravi Menon.",
            "Carla Ruiz",
            "Administrator",
        ),
    ],
)
def test_people_unlisted_titles_read_the_name_after_the_post(
    text: str, name: str, post: str
) -> None:
    people = _people(text)
    assert name in people
    assert post in people[name][1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tanzanian Foreign Minister January Mushi met Kenyan officials in Nairobi.",
            "January Mushi",
        ),
        ("Foreign Minister June Okoro arrived in Accra on 3 March.", "June Okoro"),
        ("Finnish Trade Minister April Lindqvist opened the fair.", "April Lindqvist"),
    ],
)
def test_people_unlisted_titles_month_first_names_are_names(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Governor of the Central Bank of Ghana Kwame Boateng met IMF staff.",
            "Kwame Boateng",
            "GH",
        ),
        (
            "Chairman of the National Bank of Kazakhstan Aidos Serikov met investors.",
            "Aidos Serikov",
            "KZ",
        ),
        ("Agency Director-General Maria Lopes flew to Geneva.", "Maria Lopes", None),
        ("Alliance Secretary-General Jonas Berg met the ministers.", "Jonas Berg", None),
    ],
)
def test_people_unlisted_titles_agency_and_bank_heads(
    text: str, name: str, country: str | None
) -> None:
    assert _people(text)[name][0] == country


def test_people_unlisted_titles_country_after_of_stays_the_country() -> None:
    people = _people("Minister of Latvia Ivars Ozols arrived in Vilnius.")
    assert people == {"Ivars Ozols": ("LV", ("Minister",))}


def test_people_unlisted_titles_month_alone_names_no_one() -> None:
    text = "March, President Peter Mutharika said, would bring rain to Lilongwe."
    assert set(_people(text)) == {"Peter Mutharika"}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister of Republika Srpska Ivo Petkovic met Serbian officials.",
        "General Secretary of the Workers' Party Kang Min Ho met the delegation.",
    ],
)
def test_people_unlisted_titles_territories_and_parties_are_no_portfolio(text: str) -> None:
    assert not any(name.startswith(("Srpska", "Party")) for name in _people(text))
