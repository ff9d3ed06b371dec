"""A host named before the trip noun ("a Peru visit", "a Kenyan visit") is where the trip
goes, not the visitor's own country; a demonym that may name the visitor's side does not."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

_FILED = datetime.date(2025, 5, 20)


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.visitor or "", r.host_country, r.start, r.status) for r in visit_rows(text, _FILED)}


def test_attributive_hosts_country_name_before_the_noun() -> None:
    text = (
        "SANTIAGO - Chilean President Rosa Vidal will travel to Lima next week. A Peru visit"
        " planned by the president's predecessor, Hugo Fuentes, for early 2024 had been called"
        " off."
    )
    found = _visits(text)
    assert ("Hugo Fuentes", "PE", "2024", "cancelled") in found
    assert not any(h == "CL" for _, h, _, _ in found)
    assert ("Rosa Vidal", "PE", "2024", "cancelled") not in found


def test_attributive_hosts_demonym_before_the_noun() -> None:
    text = (
        "Chilean President Rosa Vidal will travel to Nairobi next week. A Kenyan visit planned by"
        " her predecessor, former Chilean president Hugo Fuentes, for March 2024 had been called"
        " off."
    )
    assert ("Hugo Fuentes", "KE", "2024-03", "cancelled") in _visits(text)


def test_attributive_hosts_visitors_own_demonym_is_no_host() -> None:
    # Counter-example: "the Chilean visit" of a Chilean names the visitor's side.
    text = (
        "Chilean President Rosa Vidal will travel to Nairobi next week. The Chilean visit was"
        " prepared by the foreign ministry."
    )
    assert {(v, h) for v, h, _, _ in _visits(text)} == {("Rosa Vidal", "KE")}


def test_attributive_hosts_stated_destination_wins() -> None:
    # Counter-example: "a Gulf trip to Qatar" goes where "to" says.
    text = "Chilean President Rosa Vidal began a Peru trip to Lima on Monday 19 May."
    assert {(v, h) for v, h, _, _ in _visits(text)} == {("Rosa Vidal", "PE")}
