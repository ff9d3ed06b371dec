"""A role told with its portfolio and then the name in apposition ("the Kenyan Minister of
Energy, Dr. X") is X, not another minister of that country the story named before."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visit_statuses

_DAY = datetime.date(2025, 6, 2)


def _visits(text: str) -> set[tuple[str, str, str]]:
    return visit_statuses(read(text, _DAY))


def test_resolve_portfolio_appositions_the_named_minister_travels() -> None:
    text = (
        "LUSAKA, June 2 - Zambian Foreign Minister Mulambo Haimbe met the Malawian envoy on "
        "Monday. The visit of the Zambian Minister of Mines, Dr. Paul Kabuswe, to Lilongwe, "
        "which had been scheduled for 28 May, was cancelled.\n"
    )
    found = _visits(text)
    assert ("Paul Kabuswe", "MW", "cancelled") in found
    assert not any(name == "Mulambo Haimbe" for name, _, _ in found)


def test_resolve_portfolio_appositions_a_longer_portfolio_too() -> None:
    text = (
        "OSLO, June 2 - Norwegian Prime Minister Jonas Gahr Store spoke on Monday. The trip of "
        "the Norwegian Minister of Trade and Industry, Cecilie Myrseth, to Helsinki and Turku, "
        "which was scheduled for 9-10 June, has been postponed.\n"
    )
    found = _visits(text)
    assert ("Cecilie Myrseth", "FI", "postponed") in found
    assert not any(name == "Jonas Gahr Store" for name, _, _ in found)


def test_resolve_portfolio_appositions_a_bare_role_still_refers_back() -> None:
    """Counter-example: "the Zambian Minister of Mines" with no name after it is the one
    named before with that post."""
    text = (
        "LUSAKA, June 2 - Zambian Minister of Mines Paul Kabuswe met investors on Monday. "
        "The visit of the Zambian Minister of Mines to Lilongwe, which had been scheduled for "
        "28 May, was cancelled.\n"
    )
    assert ("Paul Kabuswe", "MW", "cancelled") in _visits(text)
