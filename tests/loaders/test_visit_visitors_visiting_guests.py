""" "The visiting <demonym> <title> X" names the guest: X came to the host's country (the
receiver's, else the dateline's), not the host to X's (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("text", "guest", "host", "host_country"),
    [
        (
            "ROSEAU, Dominica, March 4, 2026 - President Sylvanie Burton on Tuesday received the"
            " visiting Cuban Foreign Minister Bruno Rodriguez at State House.",
            "Bruno Rodriguez",
            "Sylvanie Burton",
            "DM",
        ),
        (
            "OTTAWA, Canada, May 2, 2025 - Foreign Minister Anita Anand held talks with the"
            " visiting Indian Minister of External Affairs Subrahmanyam Jaishankar on Thursday.",
            "Subrahmanyam Jaishankar",
            "Anita Anand",
            "CA",
        ),
        (
            "LIMA, Peru, April 8, 2025 - Foreign Minister Elmer Schialer met the visiting Chilean"
            " foreign minister Alberto van Klaveren at the Torre Tagle palace on Monday.",
            "Alberto van Klaveren",
            "Elmer Schialer",
            "PE",
        ),
        (
            "NAIROBI, Kenya, June 10, 2025 - President William Ruto on Monday welcomed the"
            " visiting Ghanaian President John Mahama at State House.",
            "John Mahama",
            "William Ruto",
            "KE",
        ),
    ],
)
def test_visit_visitors_visiting_guest_came_to_the_host(
    text: str, guest: str, host: str, host_country: str
) -> None:
    found = visits(read(text, FILED))
    assert (guest, host_country) in found
    assert not any(visitor == host for visitor, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # Counter-examples: "visiting" as a verb whose object is the one visited, or a
        # visiting group that names no guest.
        "NAIROBI, Kenya, June 11, 2025 - The visiting team met President John Mahama after the"
        " match on Tuesday.",
        "NAIROBI, Kenya, June 11, 2025 - Critics said that while visiting President John Mahama"
        " last year, nobody raised the debt.",
    ],
)
def test_visit_visitors_visiting_names_no_guest(text: str) -> None:
    found = visits(read(text, FILED))
    assert ("John Mahama", "KE") not in found


def test_visit_visitors_visiting_without_a_name_is_no_visit_of_the_host() -> None:
    # Counter-example: the guest goes unnamed, so the dateline is no one's destination.
    text = (
        "WARSAW, Poland, June 11, 2025 - Senate Marshal Malgorzata Kidawa-Blonska also received"
        " the visiting President in the afternoon."
    )
    assert visits(read(text, FILED)) == set()


def test_visit_visitors_an_unnamed_visiting_guest_leaves_the_host_no_trip() -> None:
    """Counter-example: the guest described as "visiting" goes unnamed, and the one who met
    him is the host, not a traveller to his own capital."""
    text = "President Joao Ferreira met the visiting Danish king in Lisbon on Tuesday."
    assert visits(read(text + "\n", FILED)) == set()
