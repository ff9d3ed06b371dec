"""Dotted initials that happen to spell a country's ISO code ("J.P." for Japan, "M.K." for
North Macedonia) are a person's or a firm's, not the country's: they do not end a sentence
(issue 4); the initials a country goes by ("the U.A.E.", "the D.R.C.") still may."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.segment import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Advisers from J.P. Morgan briefed the Ghanaian delegation in Accra.",
        "The late leader M.K. Stalin had visited Colombo twice.",
        "Envoy S.K. Rao handed his credentials to the King of Bhutan.",
    ],
)
def test_segment_initials_spelling_codes_stay_in_the_name(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The envoy returned to the D.R.C. Talks resume in May.",
            "The envoy returned to the D.R.C.",
        ),
        ("Troops left the U.S.S.R. Moscow protested.", "Troops left the U.S.S.R."),
    ],
)
def test_segment_initials_spelling_codes_country_initials_end_a_sentence(
    text: str, first: str
) -> None:
    """Counter-examples: the initials a country goes by may still end a sentence."""
    assert split_sentences(text)[0].text == first
