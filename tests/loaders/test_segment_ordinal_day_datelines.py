"""A dateline that gives its day an ordinal ending ("STATE HOUSE, LILONGWE, 11th April -") is
the day filed, so that "this afternoon" talks are that day, not the day the visit began."""

from __future__ import annotations

import pytest

from tests.loaders.reading import dated_meetings, read


@pytest.mark.parametrize(
    "dateline",
    ["STATE HOUSE, LILONGWE, 11th April \u2014", "LILONGWE, April 11th \u2014"],
)
def test_segment_ordinal_day_datelines_date_the_story(dateline: str) -> None:
    text = (
        f"{dateline}\nZambian President Hakainde Hichilema arrived in Malawi on Thursday, "
        "10 April, for a two-day state visit. President Peter Mutharika this afternoon hosted "
        "President Hakainde Hichilema at State House."
    )
    document = read(text)
    assert document.filed is not None and document.filed.lexical == "--04-11"
    assert dated_meetings(document) == [(["Hakainde Hichilema", "Peter Mutharika"], "--04-11")]


def test_segment_ordinal_day_datelines_an_ordinal_in_the_story_is_no_dateline() -> None:
    """Counter-example: an ordinal day opening a sentence of the story is not the day filed."""
    text = (
        "On 11th April, Zambian President Hakainde Hichilema arrived in Malawi for a state "
        "visit. President Peter Mutharika hosted him at State House."
    )
    assert read(text).filed is None
