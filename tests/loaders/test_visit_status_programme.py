"""A tour's programme told in the present ("He then travels to X") is announced; the past of
the same step ("He then travelled to X") happened."""

from __future__ import annotations

from tests.visit_rows import visit_rows


def _statuses(text: str) -> dict[str, str]:
    return {r.host_country: r.status for r in visit_rows(text)}


def test_visit_status_programme_present_next_step_is_announced() -> None:
    text = (
        "President Lula da Silva arrived in Dakar at the start of a West African tour. "
        "President Lula da Silva then travels to Bamako to meet the transitional leaders."
    )
    assert _statuses(text) == {"SN": "happened", "ML": "announced"}


def test_visit_status_programme_past_next_step_happened() -> None:
    text = (
        "President Lula da Silva arrived in Dakar at the start of a West African tour. "
        "President Lula da Silva then travelled to Bamako to meet the transitional leaders."
    )
    assert _statuses(text) == {"SN": "happened", "ML": "happened"}
