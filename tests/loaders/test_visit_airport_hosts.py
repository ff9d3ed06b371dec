"""The host who receives a guest "at the airport" is no visitor: "X arrived in Y, and was
received at the airport by the President" is X's visit, however many words come between
"received" and "by"."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

DAY = datetime.date(2024, 6, 4)


def _trips(text: str) -> list[tuple[str | None, str]]:
    return [(r.visitor, r.host_country) for r in visit_rows(text, DAY)]


def test_visit_airport_hosts_the_host_at_the_airport_is_not_the_visitor() -> None:
    text = (
        "President Michael Kagoro and President Ana Lopes of Portugal held talks in Nairobi."
        "\n\nPresident Lopes arrived in Kenya on Tuesday, and was received at the airport by "
        "His Excellency the President."
    )
    assert _trips(text) == [("Ana Lopes", "KE")]


def test_visit_airport_hosts_a_guest_received_by_name_is_still_the_visitor() -> None:
    text = (
        "President Michael Kagoro of Kenya on Tuesday received President Ana Lopes of Portugal, "
        "who is on a state visit to Kenya."
    )
    assert _trips(text) == [("Ana Lopes", "KE")]
