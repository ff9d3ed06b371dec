"""A guest who "had flown in" arrived where the story is filed from, as one who "flew in" did
(issue 4); a guest who has flown in elsewhere, or only will, did not arrive there."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

FILED = datetime.date(2024, 3, 12)


def test_story_arrivals_flown_in_arrived_at_the_dateline() -> None:
    text = (
        "KINGSTOWN, St Vincent (Reuters) - Prime Minister Keith Rowley of Trinidad and Tobago"
        " had flown in on Sunday. He met Prime Minister Ralph Gonsalves on Monday."
    )
    assert ("Keith Rowley", "VC") in visits(read(text, FILED))


def test_story_arrivals_flown_in_somewhere_named() -> None:
    # Counter-example: the place it names is the destination, not the dateline's country.
    text = (
        "KINGSTOWN, St Vincent (Reuters) - Prime Minister Keith Rowley of Trinidad and Tobago"
        " has flown into Caracas for talks with President Nicolas Maduro."
    )
    assert visits(read(text, FILED)) == {("Keith Rowley", "VE")}


def test_story_arrivals_flown_as_an_adjective_is_no_arrival() -> None:
    # Counter-example: a flag that was flown, no guest who flew in.
    text = (
        "KINGSTOWN, St Vincent (Reuters) - Flags were flown at half mast on Sunday. Prime"
        " Minister Ralph Gonsalves addressed parliament."
    )
    assert visits(read(text, FILED)) == set()
