"""Country words before a lower-case document noun: a region named after a country ("an Indian
Ocean fisheries agreement") names no country, and the story's own pair ("a Kenyan-Polish
fisheries agreement" in a story of Kenya and Poland) is the document's parties; a third pair's
document ("a Turkish-Libyan memorandum" in a story of Greece and Egypt) is still no new one."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _titles(text: str) -> list[str | None]:
    return [a.title for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Mauritius and Sri Lanka signed an Indian Ocean tuna agreement in Port Louis.",
            "Indian Ocean tuna agreement",
        ),
        (
            "Tanzania and Seychelles have signed an Indian Ocean security accord.",
            "Indian Ocean security accord",
        ),
        (
            "Kenya and Poland signed a Kenyan-Polish fisheries agreement in Warsaw.",
            "Kenyan-Polish fisheries agreement",
        ),
        (
            "Ghana and South Africa signed a South African-Ghanaian visa agreement.",
            "South African-Ghanaian visa agreement",
        ),
    ],
)
def test_named_agreements_country_words_of_regions_and_of_the_story_pair(
    text: str, title: str
) -> None:
    assert _titles(text) == [title]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a third pair's document, in a story of two other countries
        (
            "Greek and Egyptian ministers signed a maritime deal to answer the Turkish-Libyan "
            "maritime memorandum.",
            [],
        ),
        (
            "Greece and Egypt signed a deal, and both condemned a Turkish-Libyan energy "
            "memorandum.",
            [],
        ),
        # one side of the story's pair and a third country
        (
            "Kenya and Poland signed a grain accord, modelled on the Polish-Ukrainian grain "
            "agreement.",
            ["grain accord"],
        ),
    ],
)
def test_named_agreements_country_words_of_a_third_pair_name_no_document(
    text: str, titles: list[str]
) -> None:
    assert _titles(text) == titles
