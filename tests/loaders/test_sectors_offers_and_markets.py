"""Areas news names outside "cooperation in" lists (issue 4, held-out pattern 1): what one side
offers ("its expertise in"), what buyers and markets want ("looking to X for", "open its market
to", "products such as"), where investment comes from ("investment from X in"), what two sides
work on ("work with X on"), where the promise lies, and the trade of a kind of firm or work
("tourism operators", "reconstruction work"). The same words in another sense name no area."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Denmark offered its expertise in offshore wind and aquaculture to Vietnam.",
            ["offshore wind power", "aquaculture"],
        ),
        (
            "Egypt will share their long experience in irrigation with Senegal.",
            ["irrigation"],
        ),
        (
            "Estonia is known for its know-how in forestry, the Kenyan envoy said.",
            ["forestry, forests, reforestation and timber"],
        ),
        (
            "Korean importers are looking to Chile for copper and seafood.",
            ["copper", "fisheries and seafood"],
        ),
        (
            "Italian buyers looked at Tunisia for textiles this year.",
            ["textile industry"],
        ),
        (
            "Japan agreed to open its market to products such as dairy and timber from Ireland.",
            ["dairy", "forestry, forests, reforestation and timber"],
        ),
        (
            "The governor welcomed investment from Norway in fertilisers and shipbuilding.",
            ["fertilisers", "shipbuilding"],
        ),
        (
            'Ruto said Kenya was "ready to work with Finland on education and forestry".',
            ["education", "forestry, forests, reforestation and timber"],
        ),
        (
            "The minister saw great promise in solar power and tourism for both nations.",
            ["solar energy, solar power and photovoltaics", "tourism"],
        ),
        ("The Greek delegation included tourism operators from Crete.", ["tourism"]),
        ("Polish builders hope to win reconstruction work in Ukraine.", ["reconstruction"]),
    ],
)
def test_sectors_offers_and_markets_name_areas(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The energy of the talks surprised the observers.",
        "He climbed a flight of stairs to the press room.",
        "His expertise in banking made him the obvious choice for the post.",
        "Her research work at the institute in Lyon won a prize.",
        "The minister praised the humanitarian work of the Red Cross.",
        "She looked at the draft for a long time before she spoke.",
        "The fans opened their hearts to the team after the final.",
        "The Maersk shipping operators refused to comment.",  # one named firm
        "They will work with the mayor on Monday.",  # a day, not a subject
    ],
)
def test_sectors_offers_and_markets_other_senses_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
