"""Areas of cooperation the scheme names apart (aquaculture beside fisheries, nursing, job
creation, financial inclusion, biofuels, meat, tea), both spellings of an area, what signed
instruments "concern", what is ordered, and items that share the heads of a one-word label
("wind and geothermal projects")."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, sector_labels

DAY = datetime.date(2025, 3, 4)


def _sectors(sentence: str) -> set[str]:
    return sector_labels(read(f"LIMA - {sentence}", DAY))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministers signed a memorandum on fisheries and aquaculture.",
            {"fisheries and seafood", "aquaculture"},
        ),
        (
            "The two sides agreed to cooperate on recruiting nurses and IT specialists.",
            {
                "nursing",
                "digitalisation and digitalization, digital transformation, information "
                "technology and technologies",
            },
        ),
        (
            "They discussed cooperation in job creation and financial inclusion.",
            {"employment and job creation", "financial inclusion"},
        ),
        (
            "They discussed cooperation in biofuels, beef and tea.",
            {"biofuels and bioenergy", "meat and beef", "tea"},
        ),
        ("They discussed cooperation in decarbonisation.", {"decarbonisation and decarbonization"}),
    ],
)
def test_sectors_areas_named_apart_are_read(sentence: str, expected: set[str]) -> None:
    assert _sectors(sentence) == expected


def test_sectors_what_signed_instruments_concern() -> None:
    text = "Five agreements were signed. The other instruments concern the fisheries and dairy."
    assert _sectors(text) == {"fisheries and seafood", "dairy"}


def test_sectors_instruments_of_a_band_are_no_documents() -> None:
    # the near miss: instruments played, not signed, and no subject after them
    assert _sectors("The band played instruments from the fisheries museum.") == set()


def test_sectors_what_a_buyer_orders() -> None:
    text = "The national airline placed an order for 12 passenger aircraft during the visit."
    assert _sectors(text) == {"aviation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In order for trade in fisheries to grow, tariffs must fall.",
        "The fund lent money for an aircraft in 2019.",
    ],
)
def test_sectors_in_order_for_and_a_lone_aircraft_name_no_area(sentence: str) -> None:
    assert "aviation" not in _sectors(sentence)
    assert "fisheries and seafood" not in _sectors(sentence)


def test_sectors_items_share_the_heads_of_a_one_word_label() -> None:
    text = "The bank is financing wind and geothermal projects in the north."
    assert _sectors(text) == {"wind energy and wind power", "geothermal power and energy"}


def test_sectors_an_item_that_makes_no_label_with_those_heads_stays_alone() -> None:
    # the near miss: "tourism power" is no label, so tourism is read as itself
    text = "They discussed cooperation in tourism and solar projects."
    assert _sectors(text) == {"tourism", "solar energy, solar power and photovoltaics"}


def test_sectors_nurses_who_work_somewhere_name_no_area() -> None:
    # the near miss: nurses as the subject of "work", not the nursing recruited or trained
    assert "nursing" not in _sectors("Many nurses work in tourism and fisheries towns.")


def test_sectors_an_item_read_as_itself_keeps_its_own_area() -> None:
    # "air" is read as "air connections" (aviation), not given the heads of "rail"
    text = "The two sides pledged to restore air and rail connections cut in 2008."
    assert _sectors(text) == {"aviation", "railways and rail transport"}
