"""The plural of one post before the talks verb stands for the story's two principals: "The
foreign ministers last met in Brussels in January" is an earlier meeting of the two ministers
the sentence before named, as "The two ministers last met ..." is."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 4, 9)
STORY = (
    "Riga, 9 April 2025 - Latvian Foreign Minister Baiba Braze received her Danish counterpart"
    " Lars Lokke Rasmussen in Riga on Wednesday. "
)
PAIR = ["Baiba Braze", "Lars Lokke Rasmussen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministers last met in Warsaw in February.",
        "The two ministers last met in Warsaw in February.",
    ],
)
def test_meetings_plural_posts_last_met(sentence: str) -> None:
    document = read(STORY + sentence, FILED)
    assert (PAIR, "2025-02") in dated_meetings(document)
    place = [m.place for m in document.meetings if m.date and m.date.lexical == "2025-02"]
    assert place and place[0] is not None and place[0].name == "Warsaw"


@pytest.mark.parametrize(
    "sentence",
    [
        # the ministers of a larger body, no verb of their talks
        "The foreign ministers of the Nordic and Baltic states will gather in Warsaw in February.",
        "The foreign ministers' statement of February was read out in Warsaw.",
    ],
)
def test_meetings_plural_posts_need_the_talks_verb(sentence: str) -> None:
    assert all(date != "2025-02" for _, date in dated_meetings(read(STORY + sentence, FILED)))
