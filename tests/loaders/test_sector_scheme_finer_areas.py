"""Areas that agreements name on their own and that a broader concept used to absorb: the
reader returns the area the text named ("animal health", not "veterinary"; "dairy", not
"livestock"), so a researcher counting agreements on it finds them; the broader concept's own
words still give the broader concept."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Uganda and Denmark agreed to cooperate in dairying and animal health.",
            ["dairy", "animal health"],
        ),
        (
            "The ministers discussed cooperation in traditional medicine and pharmacopoeia.",
            ["traditional medicine", "pharmacopoeia"],
        ),
        (
            "Malaysia and Egypt will work together on palm oil and fertilizers.",
            ["palm oil", "fertilisers"],
        ),
        ("The sides pledged cooperation in food safety.", ["food safety"]),
        (
            "Zambia and Japan agreed on investment in copper mining and cobalt refining.",
            ["copper", "cobalt"],
        ),
        (
            "Canberra and Jakarta discussed cooperation in nickel processing and EV batteries.",
            ["nickel", "electric vehicle batteries"],
        ),
        ("Investors were interested in gold mining in Ghana.", ["gold and gold mining"]),
        (
            "The academies will cooperate in the training of diplomats and civil-service training.",
            [
                "diplomatic training",
                "civil service training and training of officials",
            ],
        ),
        (
            "Denmark and Vietnam signed a memorandum on the green transition.",
            ["green transition and transformation"],
        ),
    ],
)
def test_sector_scheme_finer_areas_named_as_written(sentence: str, expected: list[str]) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the broader areas keep their own words
        ("Both sides will cooperate in livestock breeding.", ["livestock and animal husbandry"]),
        (
            "They agreed to cooperate in plant quarantine.",
            ["plant health and phytosanitary measures"],
        ),
        ("The two agencies will cooperate on food supply.", ["food security and food supply"]),
        (
            "Cooperation in critical minerals was discussed.",
            ["critical minerals and raw materials"],
        ),
        (
            "Korea and Poland discussed battery production.",
            ["battery industry, electric batteries and energy storage"],
        ),
        ("Cooperation in the civil service was on the agenda.", ["public administration"]),
        # a metal named for its value, not its mining, is no area
        ("Investment in gold as a reserve asset was not discussed.", []),
    ],
)
def test_sector_scheme_finer_areas_broader_words_stay(sentence: str, expected: list[str]) -> None:
    assert labels(sentence) == expected
