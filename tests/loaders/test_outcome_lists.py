"""A list of signed documents is read only under a lead-in that announces it, whatever its case."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.outcome_lists import OutcomeList

_ITEM = "- Memorandum of Understanding on Cooperation in Renewable Energy"


@pytest.mark.parametrize(
    "lead",
    [
        "After the talks the two sides exchanged these documents:",
        "AFTER THE TALKS THE SIDES EXCHANGED THE FOLLOWING:",
        "List of outcomes:",
    ],
)
def test_outcome_lists_item_under_lead_in_is_a_signed_document(lead: str) -> None:
    reader = OutcomeList()
    assert reader.read(lead, 0) == []
    found = reader.read(_ITEM, 100)
    assert [(m.title, m.status.value) for m in found] == [(_ITEM[2:], "signed")]


def test_outcome_lists_item_without_lead_in_is_not_read() -> None:
    reader = OutcomeList()
    assert reader.read("The delegations toured the harbour before lunch.", 0) == []
    assert reader.read(_ITEM, 100) == []
