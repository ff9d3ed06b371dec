"""Areas whose label now holds the text's words (held-out pattern s28s, 2 and 3): crops and
goods named on their own (cocoa, coffee, rubber, shrimp, cement), trades of logistics and of
the border (freight forwarding, one-stop border posts), corridors by road and rail, and labels
that hid the word the text used ("policing", "petroleum", "LNG", "battery industry",
"information technologies", "electric interconnection", "border control"). Each needs a cue,
and the same words in another sense stay no area."""

from __future__ import annotations

import pytest

from dkg.loaders.fact_matching import same_phrase
from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    """One label per area, as the document's graph has one CooperationArea per concept."""
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Cameroon and Malaysia agreed to cooperate in cocoa, coffee and rubber.",
            ["cocoa", "coffee", "rubber"],
        ),
        ("Ecuador wants Korean investment in shrimp farming and seafood.", ["shrimp", "seafood"]),
        ("Saudi investments in Ethiopia are mostly in cement and hotels.", ["cement"]),
        ("The memorandum covers freight forwarding and warehousing.", ["freight forwarding"]),
        (
            "The ministers discussed the one-stop border post at Namanga and customs.",
            ["one-stop border post", "customs"],
        ),
        (
            "The talks focused on the railway corridor to the port and the highway corridor.",
            ["railway corridor", "highway corridor"],
        ),
        ("Talks also covered transport corridors and energy.", ["transport corridors"]),
        ("Ghana and Belgium agreed to cooperate in policing and cybercrime.", ["policing"]),
        ("Angola and Serbia discussed cooperation in petroleum and mining.", ["petroleum"]),
        ("Qatar and Poland signed a deal on LNG and hydrogen.", ["LNG"]),
        ("Korea and Chile will cooperate in the battery industry.", ["battery industry"]),
        (
            "The sides agreed to cooperate in information technologies and space.",
            ["information technologies"],
        ),
        (
            "A memorandum on the electric interconnection of the two grids was signed.",
            ["electric interconnection"],
        ),
        (
            "Libya and Niger agreed to cooperate on border control and migration.",
            ["border control"],
        ),
        (
            "Ministers discussed air transport, tourism and ports.",
            ["air transport and air services"],
        ),
        ("Norway and Benin agreed to cooperate in food systems and nutrition.", ["food systems"]),
        ("The sides discussed cooperation on pumped-storage power plants.", ["pumped-storage"]),
        ("A memorandum on driving licences and road safety was signed.", ["driving licences"]),
        ("The two countries will cooperate on teleworking and pensions.", ["teleworking"]),
        (
            "Finland and Estonia agreed to work together on civil preparedness and resilience.",
            ["civil preparedness", "resilience"],
        ),
        ("Hungary offered cooperation in scholarships and research.", ["scholarships"]),
        ("The texts signed cover forestry and timber.", ["timber"]),
        ("Cooperation in the power sector and the power industry was discussed.", ["power"]),
    ],
)
def test_sector_scheme_text_words_are_in_the_label(sentence: str, words: list[str]) -> None:
    """A reader who looks for the text's words finds them in the label the graph gives."""
    labels = _labels(sentence)
    for word in words:
        assert any(same_phrase(word, label) for label in labels), (word, labels)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ghana and Belgium agreed to cooperate in cocoa.", ["cocoa"]),
        ("Thailand and China discussed rubber and durian.", ["rubber"]),
        ("The two firms discussed tyres.", ["chemical industry and petrochemicals"]),
        (
            "Kenya and India discussed cooperation in building materials.",
            ["construction materials"],
        ),
        ("Jordan and Iraq discussed the transit of goods.", ["transit"]),
        ("The ministers discussed cooperation in civil aviation.", ["aviation"]),
        (
            "The ministers discussed cooperation in food security.",
            ["food security and food supply"],
        ),
        ("The ministers discussed cooperation in oil and gas.", ["oil, gas and hydrocarbons"]),
        ("The ministers discussed cooperation in the energy sector.", ["energy"]),
        ("The ministers discussed cooperation in higher education.", ["higher education"]),
    ],
)
def test_sector_scheme_text_words_broader_words_keep_their_area(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister drank coffee with the governor before the talks.",
        "A rubber dinghy carrying migrants capsized off the coast.",
        "Police said the border post was attacked at night.",
        "He praised the resilience of the Ukrainian people.",
        "The corridor of the palace was lined with flags.",
    ],
)
def test_sector_scheme_text_words_need_a_cue(sentence: str) -> None:
    assert _labels(sentence) == []
