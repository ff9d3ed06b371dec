"""Areas news names by narrower words than the broad concept that held them (held-out pattern
s30): police training, early warning, disaster preparedness, financial services, airports,
military training, social security, power plants and power transmission are areas of their
own, and broad concepts carry both usual wordings in their name ("marine science", "fight
against terrorism", "geological survey"), so that the name a user reads holds the words the text
used. The broad wording still gives the broad concept."""

from __future__ import annotations

import pytest

from dkg.loaders.fact_matching import same_phrase
from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    """One label per area, as the document's graph has one CooperationArea per concept."""
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        ("Kenya and Rwanda will cooperate in the training of police officers.", "police training"),
        ("The two ministers discussed early warning systems for floods.", "early warning systems"),
        ("Laos and Japan agreed to cooperate in disaster preparedness.", "disaster preparedness"),
        ("The talks covered disaster risk management and irrigation.", "disaster risk management"),
        (
            "Malta and Cyprus want to expand cooperation in financial services.",
            "financial services",
        ),
        ("The two central banks will cooperate in banking supervision.", "supervision"),
        ("India offered help with soil-testing services for farmers.", "soil testing"),
        ("Vanuatu and Fiji signed a memorandum on coast guard cooperation.", "coast guard"),
        ("Tuvalu seeks funding for sea walls and water tanks.", "sea wall"),
        ("The aid will go to cyclone recovery in the north.", "cyclone recovery"),
        ("Tokyo pledged support in the rehabilitation of the Apia power plant.", "power plant"),
        ("They discussed cooperation in the field of geological survey.", "geological survey"),
        ("The ministers discussed consular services and visas.", "consular services"),
        ("Chile and Spain signed an agreement on social security.", "social security"),
        ("They agreed to work together on the management of forest fires.", "forest fires"),
        ("The envoys discussed interreligious dialogue and education.", "interreligious dialogue"),
        ("The two academies will cooperate in scientific research.", "scientific research"),
        ("Norway and Peru will cooperate in marine science.", "marine science"),
        ("The summit focused on ocean protection and fisheries.", "ocean protection"),
        ("Funding for a new power transmission line was approved.", "power transmission"),
        (
            "Cooperation in the interconnection of electrical networks will deepen.",
            "interconnection of electrical networks",
        ),
        (
            "The leaders stressed cooperation in the fight against terrorism.",
            "fight against terrorism",
        ),
        (
            "The bloc's agenda covers the free circulation of persons and goods.",
            "free circulation of persons and goods",
        ),
        ("Chad and Niger will cooperate in agro-pastoral development.", "agro-pastoral"),
        ("A Turkish firm has expertise in airport management.", "airport management"),
        ("Ankara offered cooperation in military training.", "military training"),
        ("The agreement covers military supply and maintenance.", "military supply"),
        ("The two ports will cooperate in zero emission shipping.", "zero emission"),
        ("The parliaments will cooperate in legislative work.", "legislative work"),
        ("Singapore will help Timor-Leste in the training of officials.", "training of officials"),
        (
            "They signed an agreement on the exchange of information in tax matters.",
            "exchange of information in tax matters",
        ),
    ],
)
def test_sector_scheme_narrow_wordings_are_named_by_their_words(
    sentence: str, wording: str
) -> None:
    assert any(same_phrase(wording, label) for label in _labels(sentence)), _labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the broad wording keeps its broad concept
        (
            "Police cooperation and joint patrols were discussed.",
            ["police cooperation and policing"],
        ),
        (
            "They agreed to cooperate in disaster relief.",
            ["disaster management and civil protection"],
        ),
        ("Cooperation in finance and trade was discussed.", ["finance", "trade"]),
        ("The two sides agreed to cooperate in aviation.", ["aviation"]),
        ("They discussed military cooperation.", ["defence"]),
        (
            "Talks covered jobs and social protection.",
            ["employment and job creation", "labour, employment and workforce mobility"],
        ),
        ("The sides agreed to cooperate in the power sector.", ["electricity and power grids"]),
        ("They discussed double taxation and customs.", ["taxation", "customs"]),
        ("Cooperation in decarbonisation will grow.", ["decarbonisation and decarbonization"]),
        ("They discussed cooperation in restoration and archaeology.", ["cultural heritage"]),
    ],
)
def test_sector_scheme_narrow_wordings_leave_broad_wordings_alone(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "disaster risk reduction",
        "geological exploration",
        "consular affairs",
        "interfaith dialogue",
        "ocean science",
        "counter-terrorism",
        "civil service training",
    ],
)
def test_sector_scheme_narrow_wordings_keep_the_former_names_as_labels(phrase: str) -> None:
    """A renamed concept is still found by its former name."""
    assert _labels(f"They agreed to cooperate in {phrase}.") == [
        next(c.pref_label for c in sector_concepts() if phrase in c.alt_labels)
    ]
