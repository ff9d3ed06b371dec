"""The person who welcomes a guest "to State House" is the host of the guest's visit, never a
visitor of the guest's country, even when the host's own country is not named."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 11, 20)))
    return [(v.visitor, v.host_country) for v in document.visits]


def test_visit_parties_the_welcoming_host_makes_no_visit_to_the_guests_country() -> None:
    text = (
        "President Ana Ruiz on Wednesday welcomed Indian Prime Minister Narendra Modi to State "
        "House, on the first full day of a State Visit that runs until Friday."
    )
    assert ("ana-ruiz", "IN") not in _visits(text)


def test_visit_parties_the_welcoming_hosts_own_earlier_visit_is_still_read() -> None:
    # Counter-example: a visit the host made, told in a relative clause, stays the host's.
    text = (
        "President Ana Ruiz, who paid a state visit to India in January, on Wednesday welcomed "
        "Prime Minister Narendra Modi to State House."
    )
    assert ("ana-ruiz", "IN") in _visits(text)
