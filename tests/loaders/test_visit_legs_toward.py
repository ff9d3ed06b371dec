"""A tour's way on told as translations write it: "will continue his tour on Tuesday toward
Managua, Republic of Nicaragua, and subsequently toward Havana, Republic of Cuba" is two
announced visits, the first dated by its day, the second not; "toward" a thing that is no
place ("a journey towards peace", "policy toward China") is no trip."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2024, 4, 18)  # a Thursday
_TALKS = "President Arash Kamali of Iran held talks with President Juan Ortega of Peru in Lima. "


def test_visit_legs_toward_each_country_of_the_tour() -> None:
    text = _TALKS + (
        "President Kamali will continue his tour on Tuesday toward Quito, Republic of Ecuador, "
        "and subsequently toward Bogota, Republic of Colombia."
    )
    found = dated_visits(read(text, _DAY))
    assert ("Arash Kamali", "EC", "2024-04-23") in found
    assert ("Arash Kamali", "CO", None) in found


def test_visit_legs_toward_are_announced() -> None:
    text = _TALKS + "President Kamali will continue his journey towards Ecuador on Saturday."
    document = read(text, _DAY)
    assert {(v.host_country, v.status) for v in document.visits if v.host_country == "EC"} == {
        ("EC", "announced")
    }


def test_visit_legs_toward_a_thing_that_is_no_place_is_no_trip() -> None:
    text = _TALKS + (
        "President Kamali said his tour was a journey towards peace, and he criticised the "
        "policy toward Colombia."
    )
    assert not any(v[1] in ("CO", "EC") for v in dated_visits(read(text, _DAY)))
