"""A gulf, sea, bay or ocean named after a country ("the Gulf of Guinea", "the South China
Sea") is a body of water: it names no country of the story, and no visit goes there. The
country written on its own, or a body named after it ("the Bay of Bengal Initiative ..."),
is still read."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2025, 6, 11)


def _countries(text: str) -> list[str]:
    return [c.iso2 for c in read(text, _DAY).countries]


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Minister Ana Ruiz spoke of piracy in the Gulf of Guinea on Monday.", "GN"),
        ("Minister Ana Ruiz spoke of storms over the Gulf of Mexico on Monday.", "MX"),
        ("Minister Ana Ruiz spoke of patrols in the South China Sea on Monday.", "CN"),
        ("Minister Ana Ruiz spoke of fishing in the Sea of Japan on Monday.", "JP"),
        ("Minister Ana Ruiz spoke of ferries across the Irish Sea on Monday.", "IE"),
        ("Minister Ana Ruiz spoke of drills in the Philippine Sea on Monday.", "PH"),
        ("Minister Ana Ruiz spoke of tankers in the Gulf of Oman on Monday.", "OM"),
    ],
)
def test_recognize_water_bodies_name_no_country(text: str, hidden: str) -> None:
    assert hidden not in _countries(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Minister Ana Ruiz spoke of trade with Guinea and Mexico on Monday.", "GN"),
        ("Minister Ana Ruiz spoke of trade with Guinea and Mexico on Monday.", "MX"),
        ("Minister Ana Ruiz said the Gulf states and Oman agreed on Monday.", "OM"),
        ("Minister Ana Ruiz met Chinese envoys on the sea route on Monday.", "CN"),
    ],
)
def test_recognize_water_bodies_leave_the_country_itself(text: str, named: str) -> None:
    assert named in _countries(text)


def test_recognize_water_bodies_send_no_visit_to_the_country() -> None:
    text = (
        "ABUJA, 11 June 2025. Ghanaian President Kwame Asante arrived in Abuja on Wednesday for "
        "talks with President Bola Tinubu on security in the Gulf of Guinea."
    )
    assert {host for _, host in visits(read(text, _DAY))} == {"NG"}
