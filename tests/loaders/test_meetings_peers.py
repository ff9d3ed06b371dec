"""A counterpart called a peer after a demonym ("his Japanese peer, X") is a person the talks
name; a peer without a country is a lord as often as a counterpart."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, people_posts, read

DAY = datetime.date(2025, 3, 8)


def test_meetings_peers_a_peer_after_a_demonym_is_met() -> None:
    text = (
        "On Thursday, March 6, Foreign Minister Alicia Barcena held a meeting with her Korean "
        "peer, Cho Tae-yul, at the Palacio Nacional."
    )
    assert dated_meetings(read(text, DAY)) == [(["Alicia Barcena", "Cho Tae-yul"], "2025-03-06")]
    assert {c for _, c in people_posts(read(text, DAY))["Cho Tae-yul"]} == {"KR"}


def test_meetings_peers_a_peer_without_a_country_names_no_one() -> None:
    # near-miss: "a peer" of a party, a member of a house of lords, is no counterpart
    text = "The Labour peer, Waverley Hughes, said the bill would pass on Thursday."
    assert "Waverley Hughes" not in people_posts(read(text, DAY))
