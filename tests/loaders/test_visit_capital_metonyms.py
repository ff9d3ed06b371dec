"""A capital that stands for its government ("ties with Beijing") is no destination; a capital
a visit is set in ("arrived at Astana airport") is."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)


def _hosts(text: str) -> set[str]:
    return {r.host_country for r in visit_rows(text, FRIDAY)}


def test_visit_capital_metonyms_a_government_named_by_its_capital_is_no_host() -> None:
    text = (
        "Prime Minister Keir Starmer, who arrived on Sunday, said Britain wanted steady ties "
        "with Beijing and a frank dialogue."
    )
    assert "CN" not in _hosts(text)


def test_visit_capital_metonyms_a_capital_the_arrival_is_set_in_is_the_host() -> None:
    text = "Prime Minister Keir Starmer arrived on Sunday at Beijing airport for talks."
    assert _hosts(text) == {"CN"}
