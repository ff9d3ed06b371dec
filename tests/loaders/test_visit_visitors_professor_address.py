"""French-speaking news writes Professor as "Pr" before a surname, often in capitals: "Pr
TOUADERA had already paid a working visit to Cameroon" is that president's background visit,
as "Dr X" or "Prof X" would be."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2024, 5, 20)
_TALKS = "President Paul Ekane of Cameroon received President Faustin NGOMBA of Gabon on Monday. "


@pytest.mark.parametrize("address", ["Pr", "Pr.", "Prof.", "Dr"])
def test_visit_visitors_professor_address_before_a_capital_surname(address: str) -> None:
    text = (
        _TALKS + f"It should be recalled that {address} NGOMBA had already paid a working visit "
        "to Cameroon in September 2022."
    )
    assert ("Faustin Ngomba", "CM", "2022-09") in dated_visits(read(text, _DAY))


def test_visit_visitors_professor_address_is_no_name_of_its_own() -> None:
    # Near miss: capitals "PR" are public relations, no form of address.
    document = read(_TALKS + "The PR team of the Gabonese presidency travelled ahead.", _DAY)
    assert {p.name for p in document.people} == {"Paul Ekane", "Faustin Ngomba"}
