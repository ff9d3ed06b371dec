"""Areas that bilateral communiques list, in the wordings and spellings news uses (issue 4): each
family of labels is read where a sentence names it as an area of cooperation, and not where the
same words mean something else ("fiscal space", "sport the same kit", "trade-offs")."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # communique areas the scheme had, now also in the forms news writes them
        ("Nairobi and Pretoria will cooperate in revenue administration.", "taxation"),
        (
            "The agencies agreed to work together on trade facilitation.",
            "trade facilitation and non-tariff barriers",
        ),
        (
            "Both sides pledged cooperation in the training of civil servants.",
            "civil service training and training of officials",
        ),
        ("The sides agreed to cooperate on the population census.", "statistics"),
        ("They signed a deal on climate services and early warning systems.", "meteorology"),
        (
            "Talks on earth observation and satellite navigation went well.",
            "space industry and satellites",
        ),
        ("The pact covers cooperation in cyberspace.", "cybersecurity"),
        (
            "Cooperation in tungsten and antimony was discussed.",
            "critical minerals and raw materials",
        ),
        ("They agreed to cooperate on groundwater and dams.", "water resources management"),
        ("The ministers discussed cooperation in mariculture.", "aquaculture"),
        ("Both sides will cooperate in animal welfare and plant quarantine.", "veterinary"),
        ("The partners will work together on vaccine production.", "vaccines"),
        ("They agreed to cooperate in malaria and tuberculosis control.", "public health"),
        ("The countries agreed to cooperate in handicrafts.", "creative and content industries"),
        ("The two navies will cooperate on white shipping information.", "maritime cooperation"),
        ("The leaders called for closer cooperation on regional connectivity.", "connectivity"),
        ("The plan covers cooperation in restoring monuments.", "cultural heritage"),
        ("Both federations want closer cooperation in football.", "sport"),
        ("The ministers talked about cooperation in youth affairs.", "youth"),
        ("The interior ministers discussed cooperation on irregular migration.", "migration"),
        ("The sides discussed cooperation in diaspora affairs.", "diaspora"),
        (
            "Talks focused on disaster preparedness and civil defence.",
            "disaster management and civil protection",
        ),
        (
            "The two sides will cooperate in civil defense.",
            "disaster management and civil protection",
        ),
        (
            "The sides agreed to cooperate in the peaceful uses of nuclear energy.",
            "nuclear power and civil nuclear energy",
        ),
        (
            "Cooperation in fertilisers and pesticides was on the agenda.",
            "chemical industry and petrochemicals",
        ),
    ],
)
def test_sector_scheme_cooperation_areas_communique_wordings(sentence: str, label: str) -> None:
    assert label in labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # British and American spellings lead to one concept
        ("They will cooperate in jewellery.", ["jewellery, gems and gemstones"]),
        ("They will cooperate in jewelry.", ["jewellery, gems and gemstones"]),
        ("They will cooperate in decentralisation.", ["local government"]),
        ("They will cooperate in decentralization.", ["local government"]),
        ("They will cooperate in the cadastre.", ["land administration, cadastre and geodesy"]),
        ("They will cooperate in the cadaster.", ["land administration, cadastre and geodesy"]),
        ("They will cooperate in immunisation.", ["public health"]),
        ("They will cooperate in immunization.", ["public health"]),
        ("They will cooperate in fibre optics.", ["telecommunications and communications"]),
        ("They will cooperate in fiber optics.", ["telecommunications and communications"]),
    ],
)
def test_sector_scheme_cooperation_areas_spelling_variants(
    sentence: str, expected: list[str]
) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "space" as room, not outer space
        ("The talks on fiscal space and defence spending were long.", ["defence"]),
        ("Investors showed interest in office space near the station.", ["real estate"]),
        ("The talks on policy space for developing economies were short.", []),
        # "sport" and "water" as verbs with their object
        ("Both clubs will cooperate on the pitch and sport the same kit.", []),
        ("Farmers who invest in drip lines water the fields less often.", []),
        # "water" inside a place's name is written in capitals
        ("Talks on Clearwater Bay and Blackwater Street ended early.", []),
        ("Investors were interested in the Water Street district.", []),
        # a quality, not an area; a compromise, not trade
        (
            "They discussed cooperation in state-of-the-art medicine.",
            ["health, healthcare and medicine"],
        ),
        ("The talks on the trade-offs of new tariffs ended.", []),
        ("Lawmakers discussed how to rubber-stamp deals in mining.", ["mining"]),
        # a word that heads another thing after a sector word: the oil fields' rock, startups'
        # surroundings, how a visit looks
        (
            "Investment in oil reservoirs and startup ecosystems grew.",
            ["crude oil, petroleum and oil exports", "innovation and start-ups"],
        ),
        ("The talks on the optics of the visit went on.", []),
        # one power plant or one hospital is a project, not a field of cooperation
        ("The sides discussed cooperation in building a hospital.", []),
    ],
)
def test_sector_scheme_cooperation_areas_not_read_from_other_meanings(
    sentence: str, expected: list[str]
) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers agreed to cooperate on resilient supply chains.", ["supply chains"]),
        # the chains of an area name that area: the cue "supply chains for" reads it the same way
        (
            "They discussed cooperation on the supply chains of solar panels.",
            ["solar energy, solar power and photovoltaics"],
        ),
        ("They agreed to work together on value chains in cotton.", ["cotton"]),
        ("A memorandum on a supply chain partnership in lithium was signed.", ["lithium"]),
    ],
)
def test_sector_scheme_cooperation_areas_supply_chains_of_an_area(
    sentence: str, expected: list[str]
) -> None:
    assert labels(sentence) == expected


def test_sector_scheme_cooperation_areas_nuclear_arms_are_no_nuclear_energy() -> None:
    found = labels("The ministers held talks on nuclear weapons and chemical weapons.")
    assert found == ["non-proliferation", "non-proliferation"]
