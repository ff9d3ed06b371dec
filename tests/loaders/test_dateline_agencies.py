"""An agency's name in a dateline is no place, even when it is a place's name in another case:
"Damascus, SANA-" does not send a visitor to Sana'a."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.dateline_agencies import agency_slot
from tests.loaders.reading import dated_visits, read, visits

_VISIT = (
    "Foreign Minister Ayman Safadi of Jordan arrived on Monday on an official visit and was "
    "received by President Bashar al-Assad."
)


@pytest.mark.parametrize(
    "dateline",
    ["Damascus, SANA-", "Damascus, SANA -", "DAMASCUS, SANA \u2013", "Damascus (SANA) -",
     "Damascus, May 8 /SANA/ -"],
)  # fmt: skip
def test_dateline_agencies_an_agency_named_like_a_city_is_no_place(dateline: str) -> None:
    document = read(f"{dateline} {_VISIT}\n")
    assert visits(document) == {("Ayman Safadi", "SY")}
    assert {p.country for p in document.places} == {"SY"}


def test_dateline_agencies_a_country_named_like_an_invented_agency_is_no_place() -> None:
    # An agency whose name is a country's name in capitals: "KENYA" filed from Kampala.
    document = read(
        "Kampala, KENYA - President Samia Suluhu Hassan of Tanzania arrived on Monday on a "
        "state visit and was received by President Yoweri Museveni.\n"
    )
    assert visits(document) == {("Samia Suluhu Hassan", "UG")}
    assert "KE" not in {c.iso2 for c in document.countries}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The city's own country after it qualifies the city.
        ("TBILISI, GEORGIA - Prime Minister Nikol Pashinyan of Armenia arrived on Monday.", "GE"),
        # A city named in the story's sentence, after the dateline, stays a place.
        ("Damascus, SANA- Foreign Minister Ayman Safadi of Jordan will travel to Sana next "
         "week.", "YE"),
    ],
)  # fmt: skip
def test_dateline_agencies_places_outside_the_agency_slot_stay(text: str, country: str) -> None:
    document = read(text + "\n")
    found = {c.iso2 for c in document.countries} | {p.country for p in document.places}
    assert country in found


def test_dateline_agencies_the_slot_is_what_closes_the_dateline() -> None:
    assert agency_slot("Damascus, SANA") == (10, 14)
    assert agency_slot("Amman, Tuesday (Petra)") == (16, 21)
    assert agency_slot("Nairobi, Kenya, Oct. 4") is None
    assert agency_slot("Warsaw, 13 July") is None


def test_dateline_agencies_place_day_and_agency_on_a_line_of_their_own() -> None:
    """ "Gabala, May 6, AZERTAC" over the story dates it, and places a visit under way there."""
    document = read(
        "Gabala, May 6, AZERTAC\n\nTalks were held in Gabala today between President Ilham "
        "Aliyev of Azerbaijan and President Sadyr Japarov of Kyrgyzstan, who is on a state "
        "visit to Azerbaijan.\n"
    )
    assert document.filed is not None and document.filed.lexical == "--05-06"
    assert dated_visits(document) == {("Sadyr Japarov", "AZ", "--05-06")}
