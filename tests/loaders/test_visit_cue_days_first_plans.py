"""A visit that took place after its first plan was moved ("first set for 4 and 5 May, was
pushed back a day") is not dated by that first plan; a visit postponed or called off keeps
its planned day, and a plan that was kept dates the visit."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2022, 5, 6)


def _rows(text: str) -> set[tuple[str | None, str, str | None, str | None]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, FILED)}


def test_visit_cue_days_first_plans_moved_visit_takes_the_day_it_began() -> None:
    text = (
        "President Maria Costa of Portugal's state visit to Ghana, first set for 4 and 5 May, "
        "was pushed back a day. Costa landed in Accra on Thursday, 5 May."
    )
    assert _rows(text) == {("Maria Costa", "GH", "2022-05-05", "happened")}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Prime Minister Kenji Mori of Japan's official visit to Peru, originally scheduled "
            "for 12 May, has been postponed.",
            ("Kenji Mori", "PE", "2022-05-12", "postponed"),
        ),
        (
            "Prime Minister Kenji Mori of Japan's official visit to Peru, initially planned for "
            "2 May, was called off.",
            ("Kenji Mori", "PE", "2022-05-02", "cancelled"),
        ),
        (
            "Prime Minister Kenji Mori of Japan paid an official visit to Peru on 2 May, as "
            "planned for months.",
            ("Kenji Mori", "PE", "2022-05-02", "happened"),
        ),
    ],
)
def test_visit_cue_days_first_plans_kept_when_the_plan_stands(
    text: str, row: tuple[str, str, str, str]
) -> None:
    assert row in _rows(text)
