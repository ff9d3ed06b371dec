"""A trip told by the capital it goes to ("arrived in the capital of Kenya") goes to that
country, also in translated phrasing ("arrived with a working visit in the capital of ...")."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2024, 10, 21)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 18 October 2024 President Gustavo Petro of Colombia arrived with a working visit in"
        " the capital of Ecuador, the city of Quito.",
        "President Gustavo Petro of Colombia arrived on an official visit in the capital of"
        " Ecuador on Friday.",
        "President Gustavo Petro of Colombia travelled to the capital city of Ecuador for talks.",
    ],
)
def test_visit_destinations_capital_of_a_country_is_its_host(sentence: str) -> None:
    assert ("Gustavo Petro", "EC") in visits(read(sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        # the capital of something the country owns, not of the country
        "President Gustavo Petro of Colombia arrived in the capital of Ecuador's richest province.",
        # a capital named as a topic, where no one travels
        "President Gustavo Petro of Colombia spoke about the capital of Ecuador and visited"
        " Peru on Friday.",
    ],
)
def test_visit_destinations_capital_of_only_as_a_destination(sentence: str) -> None:
    assert ("Gustavo Petro", "EC") not in visits(read(sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        "President Gustavo Petro of Colombia arrived the night of Saturday to the airport of "
        "Quito.",
        "President Gustavo Petro of Colombia landed at the international airport of Quito.",
    ],
)
def test_visit_destinations_capital_of_airport_of_a_city_is_its_host(sentence: str) -> None:
    assert ("Gustavo Petro", "EC") in visits(read(sentence, FILED))


def test_visit_destinations_capital_of_airport_of_a_city_left_is_no_host() -> None:
    # Near miss: the airport the traveller left from is no destination.
    sentence = "President Gustavo Petro of Colombia left from the airport of Quito after his talks."
    assert ("Gustavo Petro", "EC") not in visits(read(sentence, FILED))
