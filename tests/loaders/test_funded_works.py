"""Money one party puts into works or a programme is a figure: "finances EUR 120 million of
rail works" and a programme's means are money given (kind other), the estimated cost of works
is investment, and aid "non-reimbursable" is aid. An estimate told as a range, a sum in a signed
document, or one told with no such verb, is no figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(sentence: str) -> list[tuple[str, Decimal, str]]:
    found = find_figures(sentence, 0, FigureContext())
    return [(f.kind.value, f.value, f.unit) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Belgium finances EUR 95 million of road works on the Dutch side.",
            ("other", Decimal(95_000_000), "EUR"),
        ),
        (
            "Norway co-financed about NOK 300 million of the harbour in Mombasa.",
            ("other", Decimal(300_000_000), "NOK"),
        ),
        (
            "The previous programme (ICP IV) had EUR 64 million over four years.",
            ("other", Decimal(64_000_000), "EUR"),
        ),
        (
            "A new programme with a budget of 40 million euros starts in May.",
            ("other", Decimal(40_000_000), "EUR"),
        ),
        (
            "Japan granted 230 million yen of non-reimbursable aid to Laos.",
            ("other", Decimal(230_000_000), "JPY"),
        ),
        (
            "The upgrade of the highway to Jinja, estimated at US$ 95 million, starts soon.",
            ("investment", Decimal(95_000_000), "USD"),
        ),
        (
            "Works on the port of Lomé, valued at about $40 million, were launched.",
            ("investment", Decimal(40_000_000), "USD"),
        ),
    ],
)
def test_funded_works_and_programmes_are_figures(
    sentence: str, expected: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words with no money given
        "Public finances lost EUR 95 million to fraud last year.",
        # an estimate told as a range is no figure
        "The rehabilitation of the line is estimated between 12 and 14 billion euros.",
        "Under the memorandum, Belgium finances EUR 95 million of road works.",
        "The programme was launched in Brussels, where 40 million euros were stolen in 2019.",
        "The painting, estimated at $40 million, was sold in London.",
    ],
)
def test_funded_works_need_a_verb_of_financing_a_programme_or_works(sentence: str) -> None:
    assert _figures(sentence) == []
