"""A host welcoming guests of several countries at once (leaders arriving for a summit) holds
no talks with them, and the guests hold none with each other; a welcome of one guest, or of
one country's delegation, stays the meeting host-side readouts tell."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DATE = datetime.date(2025, 3, 12)


def _meetings(text: str) -> set[frozenset[str]]:
    document = PIPELINE(Document("t", "t", text, date=DATE))
    names = {p.key: p.name for p in document.people}
    return {frozenset(names[k] for k in m.participants) for m in document.meetings}


@pytest.mark.parametrize(
    "text",
    [
        "President Tarja Lindqvist welcomed Chilean President Mateo Rojas, Kenyan President "
        "Amani Otieno and Japanese Prime Minister Kenji Sato at the conference centre in "
        "Helsinki on Wednesday for the climate summit.",
        "Prime Minister Sofia Marin greeted Ghanaian President Kofi Asante and Peruvian "
        "President Lucia Quispe on the steps of the parliament in Lisbon on Wednesday.",
    ],
)
def test_group_welcomes_guests_of_several_countries_hold_no_talks(text: str) -> None:
    assert _meetings(text) == set()


def test_group_welcomes_a_single_guest_is_still_a_meeting() -> None:
    text = (
        "President Tarja Lindqvist welcomed Chilean President Mateo Rojas at the presidential "
        "palace in Helsinki on Wednesday."
    )
    assert _meetings(text) == {frozenset({"Tarja Lindqvist", "Mateo Rojas"})}


def test_group_welcomes_one_countrys_delegation_is_still_a_meeting() -> None:
    text = (
        "President Tarja Lindqvist received Chilean President Mateo Rojas and Chilean Foreign "
        "Minister Elena Soto at the presidential palace in Helsinki on Wednesday."
    )
    assert any({"Tarja Lindqvist", "Mateo Rojas"} <= meeting for meeting in _meetings(text))


def test_group_welcomes_talks_at_one_table_are_a_meeting() -> None:
    text = (
        "President Tarja Lindqvist welcomed Chilean President Mateo Rojas and Kenyan President "
        "Amani Otieno for trilateral talks in Helsinki on Wednesday."
    )
    assert _meetings(text) == {frozenset({"Tarja Lindqvist", "Mateo Rojas", "Amani Otieno"})}
