"""A concept's label says each of the names news gives it, so a reader comparing the label with
the text's words ("border management", "e-governance") recognises the area; visa matters are
their own area under consular affairs, a pipeline of oil is one area, not oil as well, and a
government's economic reforms are an area partners fund and advise on."""

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
            "Chad and Niger agreed to cooperate in border management.",
            ["border security, management and control"],
        ),
        (
            "Estonia offered help with e-governance to Armenia.",
            ["e-government and digital governance"],
        ),
        (
            "Mongolia and Korea discussed cooperation in animal husbandry.",
            ["livestock and animal husbandry"],
        ),
        (
            "Georgia and Israel signed a memorandum on visa exemptions for diplomats.",
            ["visas"],
        ),
        (
            "The ministers discussed consular services and visa facilitation.",
            ["consular affairs and services", "visas"],
        ),
        (
            "Uganda and Tanzania signed an agreement on a crude oil pipeline.",
            ["pipelines and gas interconnectors"],
        ),
        (
            "Japan pledged support in economic reforms and macroeconomic stability to Kyrgyzstan.",
            ["economic policy and reforms", "economic policy and reforms"],
        ),
        # a reform of the courts is justice, not the economy
        (
            "Cooperation in judicial reform was discussed in Tirana.",
            ["justice, judicial cooperation and justice reform"],
        ),
    ],
)
def test_sector_scheme_label_synonyms_read(sentence: str, expected: list[str]) -> None:
    assert labels(sentence) == expected


def test_sector_scheme_label_synonyms_oil_itself_stays_oil() -> None:
    # oil without a pipeline is still the oil industry, named by the text's word
    assert labels("Nigeria and India discussed cooperation in petroleum.") == [
        "crude oil, petroleum and oil exports"
    ]
