"""Roles a visit gives its people ("his guest", "the visitor", "the visiting president", "the
host") read as the visitor and host of the one visit a story tells, and nowhere else."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Document
from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 5, 12)
ARRIVAL = (
    "TOKYO, May 12 \u2013 President of Ghana John Mahama arrived in Tokyo on Monday on an official "
    "visit to Japan.\n\nHe laid a wreath at a memorial in the morning.\n\n"
)


def roles(document: Document) -> list[tuple[str, str]]:
    """Each guest or host phrase with the name of the person it was read as."""
    names = {p.key: p.name for p in document.people}
    return [
        (document.text[m.span.start : m.span.end], names[m.person])
        for m in document.person_mentions
        if m.via == "role" and not document.text[m.span.start : m.span.end].endswith("President")
    ]


def test_guest_references_the_visitor_meets_the_hosts_ministers() -> None:
    document = read(
        ARRIVAL + "Foreign Minister Takeshi Iwaya later met the visitor at the guest house.\n\n"
        "On Wednesday, the guest held talks with Economy Minister Yoji Muto in Osaka.",
        DAY,
    )
    assert meetings(document) == [["John Mahama", "Takeshi Iwaya"], ["John Mahama", "Yoji Muto"]]


def test_guest_references_the_visiting_role_must_be_the_visitors() -> None:
    text = ARRIVAL + "The visiting president held talks with Foreign Minister Takeshi Iwaya."
    assert roles(read(text, DAY)) == [("The visiting president", "John Mahama")]
    other = ARRIVAL + "The visiting minister held talks with Foreign Minister Takeshi Iwaya."
    assert roles(read(other, DAY)) == []


def test_guest_references_the_host_is_the_one_host_named_before() -> None:
    document = read(
        ARRIVAL + "Japanese Prime Minister Shigeru Ishiba welcomed his guest at the Kantei.\n\n"
        "The host later briefed the visitor on a rail project.",
        DAY,
    )
    assert roles(document) == [
        ("his guest", "John Mahama"),
        ("The host", "Shigeru Ishiba"),
        ("the visitor", "John Mahama"),
    ]


def test_guest_references_two_hosts_named_before_leave_the_host_open() -> None:
    document = read(
        ARRIVAL
        + "Prime Minister Shigeru Ishiba and Foreign Minister Takeshi Iwaya greeted him.\n\n"
        "The host later spoke of a rail project.",
        DAY,
    )
    assert ("The host", "Shigeru Ishiba") not in roles(document)
    assert ("The host", "Takeshi Iwaya") not in roles(document)


def test_guest_references_two_visitors_leave_the_guest_open() -> None:
    document = read(
        "ACCRA, May 12 \u2013 President of Kenya William Ruto arrived in Accra on a state visit to "
        "Ghana, and President of Togo Faure Gnassingbe arrived in Accra on a working visit.\n\n"
        "The guest later held talks with Vice President Jane Opoku-Agyemang.",
        DAY,
    )
    assert roles(document) == []


def test_guest_references_a_trip_recalled_later_leaves_the_guest_to_the_story() -> None:
    """The host's own earlier trip abroad, told after the phrase, is no visit it can mean."""
    document = read(
        ARRIVAL + "Japanese Prime Minister Shigeru Ishiba received his distinguished guest at the "
        "Kantei for talks.\n\nIshiba had paid an official visit to Accra in May 2019.",
        DAY,
    )
    assert ("his distinguished guest", "John Mahama") in roles(document)
    assert meetings(document) == [["John Mahama", "Shigeru Ishiba"]]


def test_guest_references_a_trip_of_an_earlier_year_is_not_the_guests() -> None:
    """A predecessor's trip the story recalls is told before the phrase, but is no visit now."""
    document = read(
        ARRIVAL + "It is the first visit by a Ghanaian president to Japan in two decades. The "
        "last such trip was made by Jerry Rawlings in 1999.\n\nPrime Minister Shigeru Ishiba "
        "later received the visitor at the Kantei.",
        DAY,
    )
    assert ("the visitor", "John Mahama") in roles(document)


def test_guest_references_not_read_from_other_uses_of_the_words() -> None:
    document = read(
        ARRIVAL + "Japanese Prime Minister Shigeru Ishiba hosted a dinner.\n\n"
        "The guests at the dinner included business leaders.\n\n"
        "Japan hosted a reception, and the host country paid for the guest list.\n\n"
        "The host nation's press called the visitors welcome.",
        DAY,
    )
    assert roles(document) == []


def test_guest_references_his_host_is_the_one_who_invited_the_guest() -> None:
    # the inviter sits in the guest's relative clause, so only "his host" names the one met
    document = read(
        "ULAANBAATAR, May 12 \u2013 President Ana Ferreira, who is in Mongolia on an official "
        "visit at the invitation of President Batbayar Erdene, held extensive talks today at "
        "the State Palace with her host on mining and transit.",
        DAY,
    )
    assert meetings(document) == [["Ana Ferreira", "Batbayar Erdene"]]


def test_guest_references_his_hosts_is_the_inviter_named_earlier_in_the_story() -> None:
    document = read(
        "ULAANBAATAR, May 12 \u2013 President Ana Ferreira arrived in Ulaanbaatar on Monday at the "
        "invitation of President Batbayar Erdene.\n\n"
        "On Tuesday she held talks with her hosts at the State Palace.",
        DAY,
    )
    assert ("her hosts", "Batbayar Erdene") in roles(document)


def test_guest_references_two_inviters_leave_the_host_open() -> None:
    # near-miss: two people invited, so "his host" could be either
    document = read(
        "ULAANBAATAR, May 12 \u2013 President Ana Ferreira arrived on Monday at the invitation of "
        "President Batbayar Erdene, and at the invitation of Speaker Oyun Dash.\n\n"
        "On Tuesday she held talks with her host at the State Palace.",
        DAY,
    )
    assert [r for r in roles(document) if r[0] == "her host"] == []


def test_guest_references_a_host_country_is_still_no_host() -> None:
    # near-miss: "the host country" names a country, not the one who invited
    document = read(
        "ULAANBAATAR, May 12 \u2013 President Ana Ferreira arrived on Monday at the invitation of "
        "President Batbayar Erdene.\n\nThe host country paid for the stay.",
        DAY,
    )
    assert [r for r in roles(document) if r[0].startswith("The host")] == []
