"""'The country' or 'our country' in a sentence that tells a stay is the country the story is
set in: the visitor comes to the host, not the other way round."""

from __future__ import annotations

from tests.loaders.reading import read, visits


def test_country_references_the_country_is_the_hosts() -> None:
    document = read(
        "ACCRA, 5 March 2024 - President Nana Akufo-Addo today hosted the President of the "
        "Republic of Botswana, Mokgweetsi Masisi, who is in the country for a two-day State "
        "Visit.\n"
    )
    assert visits(document) == {("Mokgweetsi Masisi", "GH")}


def test_country_references_our_country_is_the_datelines() -> None:
    document = read(
        "Astana, June 3 (Agency) - President Kassym-Jomart Tokayev held talks with the "
        "President of Mongolia, Ukhnaagiin Khurelsukh, who is in our country on an official "
        "visit.\n"
    )
    assert visits(document) == {("Ukhnaagiin Khurelsukh", "KZ")}


def test_country_references_not_the_place_flown_in_from() -> None:
    document = read(
        "MAPUTO, May 2, 2024 - Indian Prime Minister Narendra Modi began a state visit to "
        "Mozambique on Thursday, flying in from talks in Nairobi for his first trip to the "
        "country.\n"
    )
    assert ("Narendra Modi", "KE") not in visits(document)


def test_country_references_firms_in_the_country_are_no_place() -> None:
    text = (
        "State House, Accra, 5th March 2024\n\n"
        "More than 300 Chinese firms operate in the country, the minister said.\n"
    )
    document = read(text)
    assert [c.iso2 for c in document.countries] == ["CN"]
