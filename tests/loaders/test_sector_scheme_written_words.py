"""Sector labels that hold the words news writes for the area (issue s29s): a reader who looks
for "drinking water", "hydrocarbons", "free zones" or "digitalisation" finds them in the label of
the concept the text named; finer areas news names on their own (the rule of law, illegal
fishing, small modular reactors, roads, diamonds, crops such as rice) are concepts of their own;
"technical cooperation", the way help is given, is no area; and a plain "border post" is border
management, not the one-stop posts two countries share."""

from __future__ import annotations

import pytest

from dkg.loaders.fact_matching import same_phrase
from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    """One label per area, as the document's graph has one CooperationArea per concept."""
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Lisbon and Praia agreed to cooperate in drinking water and tourism.", "drinking water"),
        ("Algiers and Rome discussed cooperation in hydrocarbons.", "hydrocarbons"),
        ("Investors were interested in the free zones of Djibouti.", "free zones"),
        ("The two ministers discussed cooperation in digitalisation.", "digitalisation"),
        ("The US firm is interested in digitalization projects in Ghana.", "digitalization"),
        ("Cooperation in hydroelectricity was also discussed.", "hydroelectricity"),
        ("Seychelles and Kenya agreed to cooperate on the ocean economy.", "ocean economy"),
        ("The sides discussed investment in the hotel sector.", "hotel"),
        ("Both sides agreed to expand cooperation in air services.", "air services"),
        ("Cooperation in capacity building for nurses was agreed.", "capacity building"),
        ("The envoys discussed cooperation in civil nuclear energy.", "civil nuclear"),
        ("The partners also discussed food supply and fertilisers.", "food supply"),
        ("Uganda sought cooperation in reforestation and water.", "reforestation"),
        ("The two interior ministers discussed public security.", "public security"),
        ("Cuba and Angola agreed to cooperate in medical products.", "medical products"),
        (
            "Cooperation in the training of diplomats was agreed.",
            "diplomatic training",
        ),
        ("Oman and Kenya discussed investment in port infrastructure.", "port infrastructure"),
        ("The firms discussed investment in electric batteries.", "electric batteries"),
        ("Sofia and Athens discussed cooperation on the gas interconnector.", "gas interconnector"),
        ("The two countries agreed to cooperate in communications and roads.", "communications"),
        (
            "The minister pledged cooperation in local currency settlement.",
            "local currency settlement",
        ),
    ],
)
def test_sector_scheme_written_words_are_in_the_label(sentence: str, written: str) -> None:
    assert any(same_phrase(written, label) for label in _labels(sentence)), _labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two ministers discussed cooperation in the rule of law and justice reform.",
            ["rule of law", "justice, judicial cooperation and justice reform"],
        ),
        (
            "Cooperation against transnational organized crime and terrorism was discussed.",
            ["transnational organized crime", "counter-terrorism and fight against terrorism"],
        ),
        (
            "Chile and Peru agreed to work together on illegal fishing and climate change.",
            ["illegal fishing", "climate"],
        ),
        (
            "Talks focused on small modular reactors and nuclear fuel.",
            ["small modular reactors", "nuclear fuel"],
        ),
        (
            "Ghana and Benin discussed cooperation in motorways and rural roads.",
            ["roads, road links, highways, motorways and rural roads"],
        ),
        (
            "Botswana and India agreed to cooperate in diamond beneficiation and tourism.",
            ["diamonds and diamond beneficiation", "tourism"],
        ),
        (
            "Zambia wants investors in mineral beneficiation and energy.",
            ["mineral beneficiation", "energy"],
        ),
        ("Dhaka and Hanoi discussed cooperation in rice and cotton.", ["rice", "cotton"]),
        (
            "Cooperation in oil and gas services and oil and gas exploration was discussed.",
            ["oil and gas services", "oil and gas exploration"],
        ),
    ],
)
def test_sector_scheme_written_words_finer_areas_are_concepts(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the way help is given names no area; the area it is given in does
        ("The two countries signed an agreement on technical cooperation.", []),
        (
            "The agencies agreed on technical cooperation in irrigation.",
            ["irrigation"],
        ),
        # plain border posts are where borders are managed; shared ones are their own facility
        (
            "The ministers discussed border management and border posts.",
            ["border security, management and control"],
        ),
        (
            "The two presidents agreed to cooperate on one-stop border posts.",
            ["one-stop border posts"],
        ),
        # a crop named as goods traded, and the road haulage trade, keep their concepts
        ("The talks covered road haulage and trucking.", ["road transport"]),
        ("Cooperation in oil and gas was discussed.", ["oil, gas and hydrocarbons"]),
        # a person named Rice or a road map is no area
        ("They discussed cooperation with Senator Rice on energy.", ["energy"]),
        ("Cooperation on a road map for trade was discussed.", ["trade"]),
    ],
)
def test_sector_scheme_written_words_near_misses(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected
