"""Readouts and wire copy call talks "a bilateral" without the noun after it: "held a
bilateral with X" is a meeting, "a bilateral agreement" or "bilateral trade" is not."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2023, 11, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Thursday President Mara Lindqvist held a bilateral with Premier Tomas Berg.",
        "President Mara Lindqvist had a brief bilateral on the margins of the summit with "
        "Premier Tomas Berg on Thursday.",
        "President Mara Lindqvist and Premier Tomas Berg held a bilateral.",
    ],
)
def test_meeting_bilaterals_a_bilateral_held_is_a_meeting(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == [["Mara Lindqvist", "Tomas Berg"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mara Lindqvist said her country has a bilateral investment treaty with the "
        "country of Premier Tomas Berg.",
        "The government of President Mara Lindqvist holds a bilateral trade surplus over the "
        "country of Premier Tomas Berg.",
    ],
)
def test_meeting_bilaterals_bilateral_as_an_adjective_is_no_meeting(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == []


def test_meeting_bilaterals_a_named_dialogue_held_with_someone_is_a_meeting() -> None:
    sentence = (
        "On Thursday President Mara Lindqvist held the sixth Nordic-Baltic Foreign and "
        "Strategic Dialogue with Premier Tomas Berg."
    )
    assert meetings(read(sentence, _DAY)) == [["Mara Lindqvist", "Tomas Berg"]]


def test_meeting_bilaterals_a_dialogue_held_with_no_one_is_no_meeting() -> None:
    sentence = (
        "President Mara Lindqvist held a national dialogue on the budget, Premier Tomas Berg's "
        "office said."
    )
    assert meetings(read(sentence, _DAY)) == []


def test_meeting_bilaterals_talks_told_as_the_one_between_two_people_are_a_meeting() -> None:
    text = (
        "Minister Ines Mora held talks with Minister Hugo Ferrer on Thursday. Their meeting "
        "builds on the one between President Mara Lindqvist and Premier Tomas Berg in Oslo "
        "on 3 October."
    )
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    found = {
        (tuple(sorted(names[k] for k in m.participants)), m.date.lexical if m.date else None)
        for m in document.meetings
    }
    assert (("Mara Lindqvist", "Tomas Berg"), "2023-10-03") in found


def test_meeting_bilaterals_the_one_between_two_things_names_no_talks() -> None:
    # "the one" stands for a treaty, and no talks noun comes before it.
    sentence = (
        "The treaty replaces the one between the governments of President Mara Lindqvist and "
        "Premier Tomas Berg."
    )
    assert meetings(read(sentence, _DAY)) == []
