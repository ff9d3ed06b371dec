"""Areas news names in words of their own, reported with a label that holds those words:
information security apart from cybersecurity, the protection of classified information, public
services apart from the administration, air defence apart from defence at large, counter-drone
equipment apart from drones, farm mechanisation and mining machinery apart from machine-building,
nuclear technology as nuclear energy (not "technology" as science besides), and the wider names
of e-government, justice reform, humanitarian demining and European integration; "mines" is
mining as an item of a list ("Cooperation in Energy and Mines"). The near-misses keep their old
areas: networks' security stays cybersecurity, governance and the civil service stay public
administration, defence stays defence, drones stay drones, and mines cleared are weapons."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    """One label per area, as the document's graph has one CooperationArea per concept."""
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Minsk and Hanoi signed a Memorandum of Understanding on Cooperation in "
            "Information Security.",
            ["information security"],
        ),
        (
            "Latvia and Moldova signed an agreement on the mutual protection of classified "
            "information.",
            ["protection of classified information"],
        ),
        (
            "Lisbon and Accra will cooperate in e-governance, digital governance and the "
            "modernisation of public services.",
            ["e-government and digital governance", "public services"],
        ),
        (
            "The ministers discussed cooperation in justice reform and tourism.",
            ["justice, judicial cooperation and justice reform", "tourism"],
        ),
        (
            "Oslo offered cooperation in air defense, humanitarian demining and counter-drone "
            "equipment.",
            [
                "air defence",
                "mine action and humanitarian demining",
                "counter-drone equipment and systems",
            ],
        ),
        (
            "Minsk and Lusaka agreed to cooperate in agricultural mechanisation, mining "
            "machinery and mining.",
            [
                "agricultural mechanisation and machinery",
                "mining machinery and equipment",
                "mining",
            ],
        ),
        (
            "Tashkent and Seoul will expand cooperation in nuclear technology for peaceful "
            "purposes and education.",
            ["nuclear power and civil nuclear energy", "education"],
        ),
        (
            "The two foreign ministers discussed cooperation in European integration and energy.",
            ["EU enlargement, accession and European integration", "energy"],
        ),
        (
            "Quito and Lima signed the Agreement on Cooperation in Energy and Mines.",
            ["energy", "mining"],
        ),
    ],
)
def test_sector_scheme_text_named_areas_read(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tallinn and Quito will cooperate in cyber security and cybercrime.",
            ["cybersecurity"],
        ),
        (
            "Rwanda and Ghana agreed to cooperate in good governance and civil service reform.",
            ["public administration"],
        ),
        (
            "Ankara and Baku discussed cooperation in defence and drones.",
            ["defence", "drones and unmanned aerial vehicles"],
        ),
        (
            "Lima and Seoul discussed cooperation in technology and machinery.",
            ["science, technology and scientific research", "mechanical engineering and machinery"],
        ),
        # mines that are weapons, and a ministry's name
        ("Sweden offered help in clearing mines near the border.", []),
        ("The bank signed a loan with the Ministry of Energy and Mines.", []),
    ],
)
def test_sector_scheme_text_named_areas_near_misses_keep_their_areas(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected
