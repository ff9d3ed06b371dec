"""A capitalised title may join two countries with a dash, often an en dash ("the Peru-Japan
Investment Agreement"), and may be followed by the day it was signed, which is not part of it."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Peru and Japan signed the Peru\u2013Japan Investment Agreement on 5 June 2020.",
            "Peru\u2013Japan Investment Agreement",
        ),
        (
            "Ghana and Togo signed the Ghana-Togo Border Treaty on the 3rd of May.",
            "Ghana-Togo Border Treaty",
        ),
        (
            "Oman and Kenya signed the Oman\u2013Kenya Air Agreement on March 9 in Muscat.",
            "Oman\u2013Kenya Air Agreement",
        ),
    ],
)
def test_named_agreements_country_pairs_keep_both_countries_and_drop_the_day(
    sentence: str, title: str
) -> None:
    assert _titles(sentence) == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # a pair of countries before other words is no part of a later title
        (
            "After the Brazil\u2013Chile talks the two signed the Fisheries Agreement on Monday.",
            "Fisheries Agreement",
        ),
        # a subject that only looks like a number stays in the title
        (
            "Brazil and Chile signed an agreement on 5G networks on Monday.",
            "agreement on 5G networks",
        ),
    ],
)
def test_named_agreements_country_pairs_counter_examples(sentence: str, title: str) -> None:
    assert _titles(sentence) == [title]
