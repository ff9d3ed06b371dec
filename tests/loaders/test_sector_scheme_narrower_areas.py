"""Areas news names that are narrower than the concept that used to absorb them (issue 4): the
reader sees the area the text named ("public health", "sanitation"), under its broader one."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts

_DIGITAL = (
    "digitalisation and digitalization, digital transformation, information technology"
    " and technologies"
)


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


def broader_of(label: str) -> str | None:
    """The preferred label of the concept one step above ``label``'s."""
    by_iri = {c.iri: c for c in sector_concepts()}
    concept = next(c for c in sector_concepts() if c.pref_label == label)
    return by_iri[concept.broader].pref_label if concept.broader else None


@pytest.mark.parametrize(
    ("sentence", "expected", "broader"),
    [
        (
            "Bonn will give 9 million euros for drinking water and sewage treatment in four towns.",
            ["drinking water and water supply", "sanitation"],
            ["water resources management", "water resources management"],
        ),
        (
            "The ministers discussed cooperation in epidemiology and hospitals.",
            ["public health", "health, healthcare and medicine"],
            ["health, healthcare and medicine", None],
        ),
        (
            "The roadmap covers cooperation in artillery shells and warships.",
            ["weapons and ammunition", "defence industry"],
            ["defence industry", "industry"],
        ),
        (
            "They signed an MoU on cross-border payments and fintech.",
            ["digital payments", "fintech"],
            ["fintech", "finance"],
        ),
        (
            "The two leaders spoke mostly about gas deliveries and natural gas production.",
            ["gas supply", "natural gas"],
            ["natural gas", "oil, gas and hydrocarbons"],
        ),
        (
            "Both sides pledged closer cooperation in people-to-people links and humanitarian aid.",
            ["people-to-people ties", "humanitarian aid and assistance"],
            ["humanitarian cooperation", "humanitarian cooperation"],
        ),
    ],
)
def test_sector_scheme_narrower_areas_keep_the_name_the_text_gives(
    sentence: str, expected: list[str], broader: list[str | None]
) -> None:
    assert labels(sentence) == expected
    assert [broader_of(label) for label in expected] == broader


# Areas bilateral communiques list that the scheme lacked: supply chains, services,
# financial crime, social welfare, land administration, mine action, new industries.
@pytest.mark.parametrize(
    ("sentence", "expected", "broader"),
    [
        (
            "The two ministers agreed to cooperate on supply chains and fair competition.",
            ["supply chains", "competition law and policy"],
            ["trade", "trade"],
        ),
        (
            "Ottawa and Manila will work together on outsourcing and consumer rights.",
            ["professional and business services", "consumer protection"],
            ["trade", "trade"],
        ),
        (
            "The memorandum covers cooperation in fighting money laundering and corruption.",
            ["anti-money laundering and financial crime", "anti-corruption"],
            [
                "law enforcement and public security",
                "justice, judicial cooperation and justice reform",
            ],
        ),
        (
            "Police chiefs pledged cooperation in fighting human trafficking.",
            ["human trafficking"],
            ["law enforcement and public security"],
        ),
        (
            "The ministries will cooperate in pensions and elderly care.",
            ["social security and pensions", "healthy ageing and elderly care"],
            [
                "social services, welfare and family policy",
                "social services, welfare and family policy",
            ],
        ),
        (
            "They signed a plan on cooperation in public procurement, audit and the cadastre.",
            [
                "public procurement",
                "public audit",
                "land administration, cadastre and geodesy",
            ],
            ["public administration", "public administration", "public administration"],
        ),
        (
            "Both capitals want to cooperate on local self-government.",
            ["local government"],
            ["public administration"],
        ),
        (
            "The envoys discussed cooperation in fighting desertification and air pollution.",
            ["desertification and land degradation", "pollution control and air quality"],
            ["environment", "environment"],
        ),
        (
            "Oslo offered support in demining.",
            ["mine action and humanitarian demining"],
            ["humanitarian cooperation"],
        ),
        (
            "The agreement opens cooperation in river transport and rolling stock.",
            ["inland waterways and river transport", "railway rolling stock"],
            ["transport", "mechanical engineering and machinery"],
        ),
        (
            "Investors were interested in pulp and paper, ceramics, furniture and jewellery.",
            [
                "pulp and paper",
                "glass and ceramics",
                "furniture industry",
                "jewellery, gems and gemstones",
            ],
            ["industry", "industry", "industry", "industry"],
        ),
        (
            "They spoke about cooperation in household appliances and drones.",
            ["electrical equipment and appliances", "drones and unmanned aerial vehicles"],
            ["industry", "aerospace"],
        ),
        (
            "The institutes will cooperate in nanotechnology, robotics and blockchain.",
            ["nanotechnology", "robotics and automation", "blockchain and distributed ledgers"],
            [
                "science, technology and scientific research",
                "critical and emerging technology",
                _DIGITAL,
            ],
        ),
        (
            "The sides will cooperate on the internet of things, big data and data protection.",
            [
                "internet of things",
                "big data and data analytics",
                "data protection and data governance",
            ],
            [
                _DIGITAL,
                _DIGITAL,
                _DIGITAL,
            ],
        ),
    ],
)
def test_sector_scheme_narrower_areas_communique_areas_under_their_broader_area(
    sentence: str, expected: list[str], broader: list[str | None]
) -> None:
    assert labels(sentence) == expected
    assert [broader_of(label) for label in expected] == broader


@pytest.mark.parametrize(
    "sentence",
    [
        # Proper names and figures' products: no area of cooperation.
        "The talks took place at the Drinking Water Authority in Accra.",
        "They spoke about the Ministry of Public Health building.",
        "Cooperation with Sanitation Holdings in Lagos was praised.",
        "The firm's exports of munitions rose 4 percent, the report said.",
        "The Payments Council met in Brussels on Monday.",
    ],
)
def test_sector_scheme_narrower_areas_not_read_from_names_or_figures(sentence: str) -> None:
    assert labels(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The agencies agreed to cooperate in hydrometeorology.", ["meteorology"]),
        (
            "The institutes will cooperate in seismology and oceanography.",
            ["seismology", "ocean and marine science"],
        ),
        ("Both sides discussed Antarctic research.", ["polar and antarctic research"]),
        (
            "The firms signed an MoU on cloud services and data centers.",
            ["cloud computing", "data centres"],
        ),
    ],
)
def test_sector_scheme_narrower_areas_of_science_and_computing(
    sentence: str, expected: list[str]
) -> None:
    assert labels(sentence) == expected
    assert all(broader_of(label) is not None for label in expected)


def test_sector_scheme_narrower_areas_weather_in_a_name_is_no_area() -> None:
    assert labels("They spoke about the Weather Services Act passed in May.") == []
