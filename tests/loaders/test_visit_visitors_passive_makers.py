"""The maker of "a visit to X paid by A" is A, in the passive as in "the visit of A to X",
whoever reports it ("B said with pride that the state visit to Vietnam paid by A ...")."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read, visits

FILED = datetime.date(2025, 6, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JAKARTA, June 4, 2025 - Foreign Minister Sugiono said with pride that the historic"
            " state visit to Vietnam paid by President Prabowo Subianto in March this year had"
            " opened a new chapter, as had the visit of President Luong Cuong to Jakarta in May.",
            {("Prabowo Subianto", "VN", "2025-03"), ("Luong Cuong", "ID", "2025-05")},
        ),
        (
            "HANOI, June 4, 2025 - The Indonesian ambassador recalled that the state visit to"
            " Vietnam made by President Prabowo Subianto in March this year opened a new chapter.",
            {("Prabowo Subianto", "VN", "2025-03")},
        ),
    ],
)
def test_visit_visitors_maker_named_after_paid_by(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert dated_visits(read(text, FILED)) == expected


def test_visit_visitors_one_who_prepared_the_visit_is_no_visitor() -> None:
    # Counter-example: the agent of another verb ("prepared by") did not make the trip.
    text = (
        "JAKARTA, June 4, 2025 - Foreign Minister Sugiono praised the state visit to Vietnam"
        " prepared by Ambassador Denny Abdi in March this year."
    )
    assert not any(name == "Denny Abdi" for name, _ in visits(read(text, FILED)))
