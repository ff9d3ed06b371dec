"""A leader who takes part in a gathering of leaders held abroad (a summit, an assembly, a
meeting of a council of heads of state) made a trip to its country, as one who "attended the
summit in X" does; a plan to take part is an announced trip."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2023, 10, 11)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbek President Shavkat Mirziyoyev took part in the meeting of the Council of"
            " Heads of State in Dushanbe on Friday.",
            {("Shavkat Mirziyoyev", "TJ", "2023-10-06", "happened")},
        ),
        (
            "Chilean President Gabriel Boric flew to Mexico City on Sunday after attending the"
            " UN General Assembly in New York.",
            {
                ("Gabriel Boric", "MX", "2023-10-08", "happened"),
                ("Gabriel Boric", "US", None, "happened"),
            },
        ),
        (
            "Rwandan President Paul Kagame is due to take part in the climate summit in the"
            " Kenyan capital on Saturday.",
            {("Paul Kagame", "KE", "2023-10-14", "announced")},
        ),
        (
            "Lao Prime Minister Sonexay Siphandone participated in the Mekong summit in Hanoi"
            " on Monday.",
            {("Sonexay Siphandone", "VN", "2023-10-09", "happened")},
        ),
    ],
)
def test_visit_cues_gatherings_attended_tell_the_trip(
    text: str, expected: set[tuple[str, str, str | None, str]]
) -> None:
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country, r.start, r.status) for r in rows} == expected


@pytest.mark.parametrize(
    "text",
    [
        # A summit followed online is no trip.
        "Uzbek President Shavkat Mirziyoyev took part in the virtual summit in Dushanbe on Friday.",
        # A gathering at home is no trip abroad.
        "Tajik President Emomali Rahmon took part in the meeting of the Council of Heads of"
        " State in Dushanbe on Friday.",
        # An invitation to take part is not yet a plan.
        "Tajik President Emomali Rahmon invited Uzbek President Shavkat Mirziyoyev to take"
        " part in the summit in Dushanbe.",
        # Taking part in a debate names no place of a trip.
        "Uzbek President Shavkat Mirziyoyev took part in the debate on water on Friday.",
    ],
)
def test_visit_cues_gatherings_attended_other_parts_tell_no_trip(text: str) -> None:
    assert visit_rows(text, FILED) == []
