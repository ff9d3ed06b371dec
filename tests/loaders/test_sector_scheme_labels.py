"""The sector scheme names each area the way English news usually writes it.

The label a user sees (the concept's prefLabel) is the common news wording, or, where two
wordings are both common ("critical minerals", "critical raw materials"), a label that names
both; the other wordings stay altLabels, so each is recognised and leads to the same concept.
"""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Peru and Canada agreed to work together on critical minerals.",
            "critical minerals and raw materials",
        ),
        (
            "Chile and Korea discussed critical raw materials.",
            "critical minerals and raw materials",
        ),
        ("Oman and India will cooperate in electricity trading.", "electricity and power grids"),
        ("Greece and Egypt discussed electric power links.", "electricity and power grids"),
        ("Namibia and Germany signed a deal on green hydrogen.", "hydrogen"),
        ("Spain and Mauritania explored hydrogen energy projects.", "hydrogen"),
        ("Cuba and Angola expanded cooperation in health.", "health, healthcare and medicine"),
        (
            "Ireland and Malawi agreed to cooperate in healthcare.",
            "health, healthcare and medicine",
        ),
        ("Estonia and Ukraine agreed to cooperate in the digital economy.", "digital economy"),
        ("Singapore and Chile will work together on digital trade.", "digital economy"),
        (
            "Ghana and Israel discussed information and communications technology.",
            "ICT, information and communication technology",
        ),
        (
            "Belarus and Vietnam discussed mechanical engineering.",
            "mechanical engineering and machinery",
        ),
        ("Myanmar and China agreed to cooperate on rare earths.", "rare earths"),
        ("Turkey and Pakistan will cooperate in industry.", "industry"),
        (
            "Jordan and Iraq discussed their shared water resources.",
            "water resources management",
        ),
        ("Tajikistan and Iran discussed water management.", "water resources management"),
    ],
)
def test_sector_scheme_labels_use_the_common_news_wording(sentence: str, label: str) -> None:
    assert label in [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Mauritius and India agreed to cooperate in the blue economy.", "blue and ocean economy"),
        ("Portugal and Cabo Verde discussed the ocean economy.", "blue and ocean economy"),
        ("Kenya and the Netherlands expanded cooperation in horticulture.", "horticulture"),
        ("Ethiopia and Israel discussed cut flowers and fruit growing.", "horticulture"),
        (
            "Nigeria and Brazil agreed to cooperate in agritech.",
            "agricultural technology and agritech",
        ),
        (
            "Egypt and Denmark discussed precision agriculture.",
            "agricultural technology and agritech",
        ),
        (
            "Ghana and Canada invited projects in agro-processing.",
            "agro-processing and agro-industry",
        ),
        ("Peru and Spain discussed agro-industry.", "agro-processing and agro-industry"),
        ("Seoul and Riyadh agreed to cooperate on smart cities.", "smart cities"),
        ("Japan and Vietnam discussed smart city solutions.", "smart cities"),
        (
            "Korea and Mexico want to cooperate in the content industry.",
            "creative and content industries",
        ),
        (
            "The UK and Nigeria discussed the creative industries.",
            "creative and content industries",
        ),
        (
            "China and Zambia agreed to cooperate in human resources development.",
            "human resources, human talent, capacity building, skills development and staff "
            "training",
        ),
        (
            "Singapore and Rwanda discussed capacity building for officials.",
            "human resources, human talent, capacity building, skills development and staff "
            "training",
        ),
        ("Canada and Poland agreed to cooperate on clean energy.", "clean energy"),
        ("Sweden and Vietnam discussed low-carbon energy.", "clean energy"),
        ("Finland and Chile discussed the circular economy.", "circular economy"),
        (
            "Austria and Georgia agreed to cooperate in vocational training.",
            "vocational education and training",
        ),
        ("Israel and India discussed start-ups.", "innovation and start-ups"),
        ("Korea and Poland discussed shipyards.", "shipbuilding"),
        ("Serbia and Hungary agreed to cooperate on railways.", "railways and rail transport"),
        ("Tanzania and Turkey discussed rail transport.", "railways and rail transport"),
        (
            "Estonia and Kenya discussed digital transformation.",
            (
                "digitalisation and digitalization, digital transformation, information technology"
                " and technologies"
            ),
        ),
        (
            "France and Morocco agreed to cooperate in research.",
            "science, technology and scientific research",
        ),
        ("Brazil and China agreed to cooperate on satellites.", "space industry and satellites"),
        ("Germany and Poland discussed power grids.", "electricity and power grids"),
        (
            "Korea and the Czech Republic discussed nuclear power.",
            "nuclear power and civil nuclear energy",
        ),
        ("Japan and the Philippines agreed to cooperate in shipbuilding.", "shipbuilding"),
        ("Norway and Kenya discussed innovation.", "innovation and start-ups"),
        ("Qatar and Korea discussed petroleum products.", "oil refining and petroleum products"),
        (
            "Nigeria and Morocco agreed to cooperate in oil refining.",
            "oil refining and petroleum products",
        ),
        ("Oman and Jordan agreed to cooperate on desalination.", "desalination"),
        (
            "Germany and Mongolia agreed to cooperate on raw materials.",
            "critical minerals and raw materials",
        ),
    ],
)
def test_sector_scheme_has_the_areas_economic_news_names(sentence: str, label: str) -> None:
    # Each area has its own concept, and its label names the area as news writes it, so a
    # reader of the graph sees "blue and ocean economy", not a broader field.
    assert label in [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Malaysia and the Netherlands agreed to cooperate on semiconductors.", "semiconductors"),
        ("Vietnam and Japan officials discussed chip manufacturing.", "semiconductors"),
        ("Hungary and Korea discussed consumer electronics plants.", "electronics"),
    ],
)
def test_sector_scheme_labels_keep_semiconductors_apart_from_electronics(
    sentence: str, label: str
) -> None:
    assert [m.label for m in find_sectors(sentence, 0, sector_concepts())] == [label]


def test_sector_scheme_labels_do_not_read_supply_chains_as_logistics() -> None:
    # "Resilient supply chains" is about where goods are sourced, not about moving freight.
    sentence = "Sweden and Brazil want resilient supply chains for batteries."
    assert "logistics" not in [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Chile and Germany agreed to cooperate on lithium processing.", "lithium"),
        (
            "Morocco and China discussed power batteries.",
            "battery industry, electric batteries and energy storage",
        ),
        (
            "Sweden and Korea agreed to cooperate on energy storage.",
            "battery industry, electric batteries and energy storage",
        ),
        ("Denmark and Japan discussed offshore wind farms.", "offshore wind power"),
        (
            "Iceland and Kenya agreed to cooperate in geothermal energy.",
            "geothermal power and energy",
        ),
        (
            "Jordan and Egypt discussed grid interconnection.",
            "electric, electrical and electricity grid and network interconnection",
        ),
        (
            "Spain and Morocco discussed electrical interconnections.",
            "electric, electrical and electricity grid and network interconnection",
        ),
        ("India and Japan discussed high-speed railways.", "high-speed rail and railways"),
        ("Malaysia and Kazakhstan agreed to cooperate in the halal industry.", "halal industry"),
        ("Italy and Ukraine discussed post-war reconstruction.", "reconstruction"),
        ("Indonesia and Korea discussed downstreaming.", "downstreaming and downstream industries"),
        ("Brazil and France agreed to cooperate in aerospace.", "aerospace"),
        ("Qatar and Pakistan discussed desalination plants.", "desalination"),
        ("Algeria and Italy discussed natural gas supplies.", "gas supply"),
        ("Angola and India discussed crude oil supplies.", "crude oil, petroleum and oil exports"),
        (
            "The US and India discussed critical and emerging technologies.",
            "critical and emerging technology",
        ),
        (
            "Kenya and Ireland agreed to cooperate in science and technology.",
            "science, technology and scientific research",
        ),
        ("Ghana and Korea discussed green energy.", "renewable and green energy"),
        ("Laos and China discussed green development.", "green economy, growth and development"),
        (
            "Fiji and India agreed to cooperate in skill development.",
            "human resources, human talent, capacity building, skills development and staff "
            "training",
        ),
        (
            "Peru and Korea discussed small and medium enterprises.",
            "small and medium-sized enterprises",
        ),
        ("Turkey and Egypt discussed the car industry.", "automotive industry and cars"),
        (
            "Cuba and Vietnam discussed judicial cooperation.",
            "justice, judicial cooperation and justice reform",
        ),
    ],
)
def test_sector_scheme_labels_name_the_area_as_news_writes_it(sentence: str, label: str) -> None:
    # A user reading the graph, or comparing it with their own notes, finds the area under the
    # words news uses for it: a label names both common wordings where there are two.
    assert label in [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Malaysia and Japan discussed palm oil exports.", "crude oil, petroleum and oil exports"),
        ("Algeria and Italy agreed to cut greenhouse gas emissions.", "natural gas"),
    ],
)
def test_sector_scheme_labels_keep_other_oils_and_gases_apart(sentence: str, wrong: str) -> None:
    assert wrong not in [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Brazil and India agreed to cooperate on digital public infrastructure.",
            "digital public infrastructure",
        ),
        ("Germany and Chile discussed the energy transition.", "energy transition"),
        ("Japan and Indonesia discussed the just energy transition.", "energy transition"),
        ("Korea and Hungary discussed electronics manufacturing.", "electronics"),
        ("France and India agreed to cooperate in defence production.", "defence industry"),
        ("Egypt and China discussed photovoltaics.", "solar energy, solar power and photovoltaics"),
    ],
)
def test_sector_scheme_labels_read_compound_areas_whole(sentence: str, label: str) -> None:
    # "electronics manufacturing" is electronics, not electronics and industry at large.
    found = [m.label for m in find_sectors(sentence, 0, sector_concepts())]
    assert found == [label]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Norway and Ghana agreed to cooperate in maritime affairs.", "maritime cooperation"),
        ("Japan and Fiji discussed maritime domain awareness.", "maritime cooperation"),
        (
            "Oman and India agreed to cooperate on ports.",
            "maritime transport, shipping, ports and port infrastructure",
        ),
        (
            "Greece and Egypt discussed shipping.",
            "maritime transport, shipping, ports and port infrastructure",
        ),
    ],
)
def test_sector_scheme_labels_keep_the_sea_at_large_apart_from_shipping(
    sentence: str, label: str
) -> None:
    # "maritime affairs" is the sea as a field of relations, not only ships and ports.
    assert [m.label for m in find_sectors(sentence, 0, sector_concepts())] == [label]


def test_sector_scheme_reads_the_singular_hydrocarbon_before_a_head_noun() -> None:
    # News writes "the hydrocarbon sector" as often as "hydrocarbons".
    assert [
        m.label
        for m in find_sectors(
            "Accra and Abuja signed an MoU on cooperation in the hydrocarbon sector.",
            0,
            sector_concepts(),
        )
    ] == ["oil, gas and hydrocarbons"]
    assert [
        m.label
        for m in find_sectors(
            "Hydrocarbon Holdings opened a cooperation office in Lagos.", 0, sector_concepts()
        )
    ] == []
