"""Goods named straight after "exports" or "imports" (the verb, or the noun with "of") are read
as the trade's areas, as the goods after "exports, including" already are; the list ends where
the sentence turns to the trade's place, time, size or course. A trade named without its goods,
and the same words in another sense, name no area."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sector_trade_goods import trade_goods_regions
from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Uganda mostly exports coffee, tea and cut flowers to its neighbours.",
            ["coffee", "tea", "horticulture"],
        ),
        (
            "Peru imports machinery and dairy products from Ireland every year.",
            ["mechanical engineering and machinery", "dairy"],
        ),
        (
            "Thai exports of rubber, electrical and electronic products and palm oil grew"
            " strongly.",
            ["rubber", "electrical equipment and appliances", "electronics", "palm oil"],
        ),
        (
            "Egypt agreed to import beef and timber from Uruguay.",
            ["meat and beef", "forestry, forests, reforestation and timber"],
        ),
        ("The protocol covers the export of Namibian citrus to Korea.", ["citrus"]),
    ],
)
def test_sectors_traded_goods_are_read(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the trade is the subject of its own verb, and what follows is no good
        "Nepali exports rose on strong demand for energy and tourism.",
        "Exports to Chile and Peru grew in May, the ministry said.",
        "Exports of 300 million dollars, the ministry said, were a record.",
        # a kind of figure, not the goods
        "He said export volumes of the region would recover by spring.",
        # the words of goods without a trade
        "Tea was served before the talks on the terrace.",
        "The ministers toured a rubber plantation on Friday.",
    ],
)
def test_sectors_traded_goods_need_the_trade_and_its_goods(sentence: str) -> None:
    assert _labels(sentence) == []


def test_sectors_traded_goods_end_where_the_figure_starts() -> None:
    lowered = "jordan exports potash and phosphates to india worth 2 billion dollars."
    assert [lowered[s:e] for s, e in trade_goods_regions(lowered)] == ["potash and phosphates "]


def test_sectors_traded_goods_citrus_is_a_good_of_its_own_under_horticulture() -> None:
    concepts = {c.pref_label: c for c in sector_concepts()}
    assert concepts["horticulture"].iri in concepts["citrus"].broader
    assert _labels("Spain and Morocco agreed to cooperate in citrus fruits.") == ["citrus"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company's exports of fertilisers and steel doubled.",
        "Its two plants export cement and steel to Togo.",
    ],
)
def test_sectors_traded_goods_of_a_firm_are_its_business(sentence: str) -> None:
    assert _labels(sentence) == []
