"""A picture's caption tells no fact, whatever word names the picture ("Archive picture:",
"Handout photo:", "Pictures:"): a plain-text copy of a web page keeps its captions as lines
of their own, and an old picture's caption would otherwise make a visit on the picture's day."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 2, 14)
STORY = "Prime Minister Lars Dahl of Denmark spoke in Copenhagen on Thursday.\n\n"


@pytest.mark.parametrize(
    "caption",
    [
        "Archive picture: King Frederik welcomes President Alar Karis of Estonia to Copenhagen,"
        " 9 June 2019.",
        "File photo: President Alar Karis of Estonia arrives in Copenhagen, 9 June 2019.",
        "Handout image - President Alar Karis of Estonia lands in Copenhagen on 9 June 2019.",
        "Photos: President Alar Karis of Estonia visits Copenhagen, 9 June 2019.",
        "Pictured: President Alar Karis of Estonia arriving in Copenhagen in June 2019.",
    ],
)
def test_segment_captions_give_no_visit(caption: str) -> None:
    assert ("Alar Karis", "DK") not in visits(read(STORY + caption, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence about pictures, not a caption: no label and colon opening it
        "Pictures from 9 June 2019 show President Alar Karis of Estonia arriving in Copenhagen.",
        "Archive records show President Alar Karis of Estonia visited Denmark on 9 June 2019.",
        "Official talks: President Alar Karis of Estonia arrived in Copenhagen on 9 June 2019.",
    ],
)
def test_segment_captions_only_labelled_lines(sentence: str) -> None:
    assert ("Alar Karis", "DK") in visits(read(STORY + sentence, FILED))
