"""A delegation "headed by"/"led by" A that arrives somewhere makes A's visit: "The delegation
arrived in Managua on May 15" after "the government delegation of Honduras headed by A" is A's
visit from May 15. The one who greets it at the airport made no visit, and a delegation named
with no head is no one's."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 5, 18)
ARRIVAL = (
    "The delegation arrived in Managua by special plane on May 15. It was greeted at the airport"
    " by Denis Moncada, adviser to the presidency."
)


def test_delegation_references_arrival_is_the_heads_visit() -> None:
    text = (
        "MANAGUA, May 18, 2025 - Foreign Minister Valdrack Jaentschke received the government"
        " delegation of the Republic of Honduras headed by Eduardo Enrique Reina, minister of"
        " Foreign Affairs, at the Foreign Ministry on May 17.\n\n" + ARRIVAL
    )
    assert dated_visits(read(text, FILED)) == {("Eduardo Enrique Reina", "NI", "2025-05-15")}


def test_delegation_references_led_by_a_titled_head() -> None:
    text = (
        "TEGUCIGALPA, May 18, 2025 - A delegation led by Foreign Minister Eduardo Enrique Reina"
        " will hold talks in Nicaragua this week.\n\n" + ARRIVAL
    )
    assert ("Eduardo Enrique Reina", "NI", "2025-05-15") in dated_visits(read(text, FILED))


def test_delegation_references_delegation_without_a_head_is_no_ones() -> None:
    # Counter-example: no head is named, so the arrival names no visitor.
    text = (
        "MANAGUA, May 18, 2025 - Foreign Minister Valdrack Jaentschke received a business"
        " delegation from Honduras at the Foreign Ministry on May 17.\n\n" + ARRIVAL
    )
    assert dated_visits(read(text, FILED)) == set()
