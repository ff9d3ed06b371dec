"""Sectors named as areas of cooperation, matched against a SKOS scheme's labels."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from dkg.loaders.steps.sector_matcher import SectorMatcher
from dkg.loaders.steps.sectors import find_sectors
from dkg.loaders.steps.segment import split_sentences
from dkg.ontology.vocabulary import sector_concepts
from tests.support import shared_folder


@dataclass(frozen=True)
class Concept:
    """A hand-made concept: the matcher needs only an IRI and labels."""

    iri: str
    pref_label: str
    alt_labels: tuple[str, ...] = ()


CONCEPTS = (
    Concept("s:energy", "energy", ("energy sector",)),
    Concept("s:nuclear", "nuclear energy", ("nuclear", "nuclear power")),
    Concept("s:renewable", "renewable energy", ("renewables", "green energy")),
    Concept("s:oil-gas", "oil and gas", ("hydrocarbons",)),
    Concept("s:mining", "mining", ()),
    Concept("s:chemical", "chemical industry", ("chemicals",)),
    Concept("s:machine", "machine building", ("engineering industry", "mechanical engineering")),
    Concept("s:transport", "transport", ("transport and logistics",)),
    Concept("s:logistics", "logistics", ()),
    Concept("s:culture", "culture", ("cultural",)),
    Concept("s:humanitarian", "humanitarian cooperation", ("humanitarian",)),
    Concept("s:education", "education", ()),
    Concept("s:science", "science", ()),
    Concept("s:ai", "artificial intelligence", ("AI",)),
    Concept("s:trade", "trade", ()),
    Concept("s:agriculture", "agriculture", ("agricultural",)),
    Concept("s:tourism", "tourism", ()),
)

CASES = [
    (
        "Promising areas of cooperation include energy, particularly nuclear and renewables.",
        ["s:energy", "s:nuclear", "s:renewable"],
    ),
    (
        "Cooperation is growing in the oil and gas, mining and chemical sectors.",
        ["s:oil-gas", "s:mining", "s:chemical"],
    ),
    (
        "Peru and Japan run joint projects in the mining, chemical and engineering industries.",
        ["s:mining", "s:chemical", "s:machine"],
    ),
    (
        "Ghana and Brazil will expand cultural and humanitarian ties.",
        ["s:culture", "s:humanitarian"],
    ),
    (
        "They agreed to deepen cooperation in transport and logistics.",
        ["s:transport", "s:logistics"],
    ),
    ("Korea and Vietnam paid special attention to AI and green energy.", ["s:ai", "s:renewable"]),
    ("Ties are strong, especially in agriculture and tourism.", ["s:agriculture", "s:tourism"]),
    (
        "The sides reached accords in the spheres of education and science.",
        ["s:education", "s:science"],
    ),
    ("Serbia seeks investment in renewable energy.", ["s:renewable"]),
    ("Nine agreements were signed in areas such as mining and tourism.", ["s:mining", "s:tourism"]),
    ("The talks covered hydrocarbons, AI and education.", ["s:oil-gas", "s:ai", "s:education"]),
    ("Chemicals and agriculture were named as priority fields.", ["s:chemical", "s:agriculture"]),
    ("They signed a memorandum on science and culture.", ["s:science", "s:culture"]),
    (
        "The ministers signed four memoranda of understanding, on mining, tourism and culture.",
        ["s:mining", "s:tourism", "s:culture"],
    ),
    ("They signed two arrangements: on mining and on tourism.", ["s:mining", "s:tourism"]),
    ("Peru will keep supporting Chile in agriculture and mining.", ["s:agriculture", "s:mining"]),
    ("The leaders noted the potential of tourism and science.", ["s:tourism", "s:science"]),
]


@pytest.mark.parametrize(("sentence", "iris"), CASES)
def test_sectors_areas_of_cooperation_map_to_concepts(sentence: str, iris: list[str]) -> None:
    assert [m.concept_iri for m in find_sectors(sentence, 0, CONCEPTS)] == iris


NOT_SECTORS = [
    "Both leaders reaffirmed their commitment to the UN Charter.",
    "The Ministry of Energy hosted the delegation.",
    "Chile is a key trade partner of Spain.",
    "Energy prices rose sharply last winter.",
    "The guests laid flowers on Victory Day.",
]


@pytest.mark.parametrize("sentence", NOT_SECTORS)
def test_sectors_skips_labels_outside_a_cooperation_frame_and_in_names(sentence: str) -> None:
    assert find_sectors(sentence, 0, CONCEPTS) == []


def test_sectors_longest_label_wins_and_offsets_are_document_offsets() -> None:
    (mention,) = find_sectors("Cooperation in renewable energy grows.", 50, CONCEPTS)
    assert (mention.concept_iri, mention.label, mention.text) == (
        "s:renewable",
        "renewable energy",
        "renewable energy",
    )
    assert (mention.start, mention.end) == (65, 81)


def test_sectors_matcher_built_once_reads_many_sentences() -> None:
    matcher = SectorMatcher(CONCEPTS)
    assert [m.label for m in matcher.find("cooperation in mining", 0)] == ["mining"]


def test_sectors_work_with_the_project_scheme() -> None:
    found = find_sectors(
        "The ministers discussed cooperation in hydropower and rail transport.",
        0,
        sector_concepts(),
    )
    assert [m.label for m in found] == [
        "hydropower and hydroelectricity",
        "railways and rail transport",
    ]


def test_sectors_scheme_knows_geothermal_space_and_cyber_wording() -> None:
    found = find_sectors(
        "They agreed to cooperate on geothermal power, space and cyber.", 0, sector_concepts()
    )
    assert [m.label for m in found] == [
        "geothermal power and energy",
        "space industry and satellites",
        "cybersecurity",
    ]


def test_sectors_on_the_shared_samples_match_the_gold() -> None:
    shared = shared_folder()
    if shared is None:
        pytest.skip("../shared (or $DKG_SHARED) with corpus/seeds.gold.json is not present")
    gold = json.loads((shared / "corpus" / "seeds.gold.json").read_text(encoding="utf-8"))
    concepts = sector_concepts()
    hits = wanted = extras = 0
    for document in gold["documents"]:
        text = (shared / "corpus" / document["file"]).read_text(encoding="utf-8")
        words: dict[str, set[str]] = {}  # concept -> its preferred label and the words written
        for sentence in split_sentences(text):
            if not sentence.boilerplate:
                for m in find_sectors(sentence.text, sentence.span.start, concepts):
                    words.setdefault(m.concept_iri, {m.label}).add(m.text)
        allowed = document["sectors"] + document["sectors_optional"]
        found = [w for forms in words.values() for w in forms]
        hits += sum(any(_same(g, w) for w in found) for g in document["sectors"])
        wanted += len(document["sectors"])
        extras += sum(
            not any(_same(g, w) for g in allowed for w in forms) for forms in words.values()
        )
    assert hits / wanted >= 0.9, (hits, wanted)
    assert extras <= 3, extras


def _same(gold: str, got: str) -> bool:
    """Loosely the same phrase: one's content words contain the other's."""
    stop = {"and", "of", "the", "sector", "sectors", "industry", "cooperation", "sphere"}
    g = {w.rstrip("s") for w in gold.lower().split() if w not in stop}
    a = {w.rstrip("s") for w in got.lower().replace("-", " ").split() if w not in stop}
    return bool(g and a) and (g <= a or a <= g)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ghana and Norway agreed to cooperate in the oil and gas sector.",
            ["oil, gas and hydrocarbons"],
        ),
        (
            "Ghana and Norway agreed to cooperate in crude oil and natural gas supplies.",
            ["oil, gas and hydrocarbons"],
        ),
        ("Chad and Niger discussed transport and logistics.", ["transport", "logistics"]),
    ],
)
def test_sectors_a_joined_label_splits_only_when_it_is_an_alias_of_a_part(
    sentence: str, expected: list[str]
) -> None:
    # "oil and gas" is an area of its own whose parts are crude oil and natural gas; "transport
    # and logistics" is only another way to write transport, so it names both areas.
    found = find_sectors(sentence, 0, sector_concepts())
    assert list(dict.fromkeys(m.label for m in found)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Firms signed deals in the logistics industry and tourism.", ["logistics", "tourism"]),
        (
            "Both sides agreed to cooperate in the shipping sector.",
            ["maritime transport, shipping, ports and port infrastructure"],
        ),
        ("They agreed to cooperate in construction and mining.", ["construction", "mining"]),
    ],
)
def test_sectors_an_area_followed_by_industry_is_that_area_only(
    sentence: str, expected: list[str]
) -> None:
    found = find_sectors(sentence, 0, sector_concepts())
    assert list(dict.fromkeys(m.label for m in found)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "They signed an agreement on the construction of a bridge over the river.",
        "Talks covered the building of a new terminal at the airport.",
    ],
)
def test_sectors_the_construction_of_one_thing_is_no_area(sentence: str) -> None:
    labels = [m.label for m in find_sectors(sentence, 0, sector_concepts())]
    assert "construction" not in labels
