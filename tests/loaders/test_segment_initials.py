"""Dotted initials inside a name ("A.P. Moller - Maersk", "J.K. Tan") do not end a sentence: a
sentence cut there loses the facts on either side of the cut (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.segment import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "The port operator A.P. Moller - Maersk opened a terminal in Tema on Monday.",
        "The accord was signed by Chairman J.K. Tan of the Penang Port Commission.",
        "Executives of H.C. Andersen Holdings met the minister in Lima.",
        # An accented letter in the word after the initials: still a name going on
        "The shipping group A.P. M\u00f8ller \u2013 Maersk opened a depot in Walvis Bay.",
    ],
)
def test_segment_initials_inside_a_name_keep_one_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Counter-examples: a country's initials or a place's may end a sentence, and so may
        # any initials before a word that opens one.
        ("Talks were held in the U.A.E. Trade rose after them.", "Talks were held in the U.A.E."),
        ("He flew to Washington, D.C. The talks began on Monday.", "He flew to Washington, D.C."),
        ("The talks ended at 10 a.m. President Ruto left.", "The talks ended at 10 a.m."),
        # A post or a country after the initials opens the next sentence: no name goes on.
        (
            "The envoys met in Washington, D.C. Prime Minister Lee flew home that night.",
            "The envoys met in Washington, D.C.",
        ),
        (
            "The forum closed in Washington, D.C. Ghana will host the next one.",
            "The forum closed in Washington, D.C.",
        ),
    ],
)
def test_segment_initials_at_a_sentence_end_still_end_it(text: str, first: str) -> None:
    assert split_sentences(text)[0].text == first
