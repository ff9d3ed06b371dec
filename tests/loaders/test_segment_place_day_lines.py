"""A line of nothing but a place and a day without a year ("Warsaw, 13 July") is the story's
dateline: it dates the story's weekdays ("On Thursday", "on Wednesday evening")."""

from __future__ import annotations

from dkg.loaders.steps.segment import split_sentences
from tests.loaders.reading import dated_meetings, dated_visits, read

_STORY = (
    "On Thursday, President Marta Kowal welcomed President Jonas Petraitis of Lithuania, who "
    "arrived in Poland on an official visit on Wednesday evening."
)


def test_segment_place_day_line_dates_the_story_s_weekdays() -> None:
    document = read("Krakow, 17 August\n\n" + _STORY)
    assert dated_meetings(document) == [(["Jonas Petraitis", "Marta Kowal"], "--08-17")]
    assert dated_visits(document) == {("Jonas Petraitis", "PL", "--08-16")}


def test_segment_place_day_line_is_a_dateline_of_its_own() -> None:
    sentences = split_sentences("Krakow, 17 August\n\n" + _STORY)
    assert [(s.text, s.dateline) for s in sentences[:1]] == [("Krakow, 17 August", True)]


def test_segment_place_day_line_more_words_after_the_day_is_no_dateline() -> None:
    sentences = split_sentences("Krakow, 17 August was a hot day in the city.\n\n" + _STORY)
    assert not any(s.dateline for s in sentences)
