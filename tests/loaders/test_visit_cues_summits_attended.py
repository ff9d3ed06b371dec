"""Leaders who attend a summit abroad made a trip there, as the corpus counts summit trips:
"attended the summit in Skopje" is a visit to North Macedonia; a summit at home, a virtual
one or a meeting that is no summit is not."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _visits(text: str) -> set[tuple[str, str, str]]:
    document = read("date 2024-05-22\n" + text)
    return {(v.visitor, v.host_country, v.status) for v in document.visits}


def test_visit_cues_summits_attended_each_leader_visits_the_host() -> None:
    assert _visits(
        "Croatian Prime Minister Ivo Horvat and Slovenian President Ana Novak attended the "
        "summit in Skopje on Thursday."
    ) == {("ivo-horvat", "MK", "happened"), ("ana-novak", "MK", "happened")}


def test_visit_cues_summits_attended_a_named_summit_ahead_is_announced() -> None:
    assert _visits(
        "Kenyan President Grace Wanjiru will attend the African Union summit in Addis Ababa "
        "next week."
    ) == {("grace-wanjiru", "ET", "announced")}


@pytest.mark.parametrize(
    "text",
    [
        "Croatian Prime Minister Ivo Horvat attended the summit in Zagreb on Thursday.",
        "Croatian Prime Minister Ivo Horvat attended the virtual summit in Skopje on Thursday.",
        "Croatian Prime Minister Ivo Horvat attended the meeting in Skopje on Thursday.",
    ],
)
def test_visit_cues_summits_attended_no_trip_abroad(text: str) -> None:
    assert _visits(text) == set()


def test_visit_cues_summits_attended_an_invitation_is_no_trip_of_the_host() -> None:
    visits = _visits(
        "French President Ana Roux invited Croatian Prime Minister Ivo Horvat to attend the "
        "summit in Paris in June."
    )
    assert not any(visitor == "ana-roux" for visitor, _, _ in visits)
