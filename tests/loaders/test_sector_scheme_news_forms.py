"""A sector's preferred label names the area by its usual words, so that a reader who looks for
"seafood", "forest industry" or "drug trafficking" finds the label shown (``GET /api/sectors``
``label``) by the words of the phrase; plurals and other spellings ("renewable energies",
"defense") are found as altLabels and shown under the one readable name. New areas: healthy
ageing and elderly care, political consultations, gold as a mining commodity, the Antarctic."""

from __future__ import annotations

import pytest

from dkg.loaders.fact_matching import same_phrase
from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The plan of Latvia and Kenya covers forest industry and tourism.", "forest industry"),
        ("Finland and Peru agreed to cooperate in forestry.", "forestry"),
        ("Malta and Japan discussed healthy ageing and digital health.", "healthy ageing"),
        ("Slovenia and Korea will cooperate on elderly care.", "elderly care"),
        ("Sweden and Chile discussed cooperation in active aging.", "ageing"),
        ("Sweden and Chile discussed cooperation in active ageing.", "healthy ageing"),
        ("Canada's exports to Iceland include seafood and timber.", "seafood"),
        ("Poland's exports to Ghana include machinery.", "machinery"),
        ("Investors were interested in the Tarkwa copper and gold project.", "gold"),
        ("Ecuador and Spain discussed cooperation on drug trafficking.", "drug trafficking"),
        (
            "Panama and Italy discussed cooperation on organized crime.",
            "organized crime",
        ),
        ("Thailand and Sri Lanka discussed cooperation in gem and jewellery.", "gem and jewellery"),
        (
            "Portugal and Morocco discussed electrical interconnection.",
            "electrical interconnection",
        ),
        ("Armenia and Uruguay discussed cooperation in culture.", "culture"),
        (
            "The areas of cooperation include political consultations and trade.",
            "political consultations",
        ),
        (
            "Kenya and Estonia agreed to cooperate in information technology.",
            "information technology",
        ),
        ("Morocco and Germany discussed renewable energy.", "renewable energy"),
        ("Egypt and China discussed a high-speed railway.", "high-speed railway"),
        ("Nepal and Britain discussed defence cooperation.", "defence"),
        ("Chile and Norway agreed to cooperate in the Antarctic.", "the Antarctic"),
        ("Chile and Norway agreed to cooperate in polar research.", "polar research"),
    ],
)
def test_sector_scheme_news_forms_label_matches_the_phrase_written(
    sentence: str, phrase: str
) -> None:
    labels = _labels(sentence)
    assert any(same_phrase(phrase, label) for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile and Norway agreed to cooperate in Antarctica.", ["polar and antarctic research"]),
        (
            "They discussed cooperation in forestry, healthy ageing and pensions.",
            [
                "forestry, forests, reforestation and timber",
                "healthy ageing and elderly care",
                "social security and pensions",
            ],
        ),
        (
            "Benin and Togo agreed to cooperate in foreign policy consultations and trade.",
            ["political dialogue and consultations", "trade"],
        ),
    ],
)
def test_sector_scheme_news_forms_name_one_area_each(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # gold as a reserve or a medal is no mining area
        "The talks on gold reserves were brief.",
        "The talks on the Olympic gold medal were brief.",
        # an ageing leader or fleet is no area of cooperation, nor is political talk at large
        "The minister of Fiji met the ageing president of Palau.",
        "Talks on the replacement of the ageing fleet of the Navy began.",
        "The two sides discussed political cooperation at length.",
    ],
)
def test_sector_scheme_news_forms_same_words_in_another_sense_name_no_area(
    sentence: str,
) -> None:
    assert _labels(sentence) == []
