"""After dotted initials, any word that is no part of a name (person_names.NOT_NAME_WORDS)
opens the next sentence: a sentence adverb ("However"), a day word ("Yesterday") or a weekday,
as well as an article or a pronoun; a name after the initials keeps the sentence whole."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The summit took place in Washington, D.C. However, no accord was signed.",
            "The summit took place in Washington, D.C.",
        ),
        (
            "The envoys flew to Washington, D.C. Yesterday they met the trade representative.",
            "The envoys flew to Washington, D.C.",
        ),
        (
            "The board gathered in Washington, D.C. Its chair then spoke to reporters.",
            "The board gathered in Washington, D.C.",
        ),
    ],
)
def test_segment_sentence_openers_after_initials_end_the_sentence(text: str, first: str) -> None:
    assert split_sentences(text)[0].text == first


@pytest.mark.parametrize(
    "text",
    [
        "The accord names the lawyer A.B. Holloway as its arbiter.",
        "Officials of the shipper R.T. Lindqvist Lines met the minister on Friday.",
    ],
)
def test_segment_sentence_openers_names_after_initials_keep_one_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]
