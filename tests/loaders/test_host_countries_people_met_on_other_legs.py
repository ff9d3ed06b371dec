"""Someone met on an earlier or a later leg of a trip is of that leg's country, not of the
main visit's host: "arrived from Lisbon, where he met Prime Minister A" is Portugal's, "will
fly to Quito to meet President B" Ecuador's (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in PIPELINE(Document("t", "t", text)).people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Defence Minister Lars Holm of Denmark landed in Warsaw on Tuesday. He arrived "
            "from Vilnius, where he met President Tomas Vaitkus.",
            "Tomas Vaitkus",
            "LT",
        ),
        (
            "President Lula is on a state visit to Chile. He will go to La Paz on Thursday to "
            "meet President Rodrigo Quispe.",
            "Rodrigo Quispe",
            "BO",
        ),
        (
            "Prime Minister Keir Starmer paid a visit to Norway. He then flew to Stockholm to "
            "hold talks with Prime Minister Erik Lind.",
            "Erik Lind",
            "SE",
        ),
    ],
)
def test_host_countries_people_met_on_other_legs(text: str, name: str, country: str) -> None:
    assert _countries(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An official of a union of states or of the UN met in a city serves no country.
        (
            "President Ruto is on a visit to Belgium. He went to Brussels on Monday to meet "
            "European Commission President Ursula von der Leyen.",
            "Ursula von der Leyen",
        ),
        (
            "Prime Minister Carney is visiting Switzerland. He travelled to Geneva to meet "
            "Secretary-General Antonio Guterres.",
            "Antonio Guterres",
        ),
    ],
)
def test_host_countries_officials_of_unions_met_on_a_leg_keep_no_country(
    text: str, name: str
) -> None:
    assert _countries(text).get(name) is None
