"""Aid told as loans, grants or pledges is a figure of the relationship; one loan that prices
a project, or loans and grants inside a signed document, are not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _figures(sentence: str) -> list[tuple[str, Decimal, str]]:
    return [(f.kind.value, f.value, f.unit) for f in find_figures(sentence, 0, DATED_2025)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Seoul has extended loans and grants of about $3 billion to Hanoi since 1993.",
            ("other", Decimal(3_000_000_000), "USD"),
        ),
        (
            "Over two decades Germany gave grants worth some 200 million euros to Namibia.",
            ("other", Decimal(200_000_000), "EUR"),
        ),
        (
            "The relief fund has collected only 40 million dollars in pledges so far.",
            ("other", Decimal(40_000_000), "USD"),
        ),
        # the word that says what aid is for does not hide it
        (
            "Japan gave Kenya $5 million in food aid last year.",
            ("other", Decimal(5_000_000), "USD"),
        ),
        (
            "Canada sent Haiti CAD 20 million in disaster relief assistance.",
            ("other", Decimal(20_000_000), "CAD"),
        ),
        (
            "Australia pledged A$40 million in reconstruction aid to Ukraine.",
            ("other", Decimal(40_000_000), "AUD"),
        ),
    ],
)
def test_figure_aid_told_as_loans_grants_or_pledges_is_a_figure(
    sentence: str, figure: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers exchanged notes on a loan of 25 billion yen for the new bridge.",
        "Under the memorandum, grants of up to $50 million will go to rural clinics.",
        "Tokyo extended a loan of 12 billion yen for the harbour road.",
    ],
)
def test_figure_aid_priced_or_inside_a_document_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Japan pledged $500 million in loans to Vietnam.",
            ("other", Decimal(500_000_000), "USD"),
        ),
        (
            "Brussels promised 80 million euros in new grants to Chad.",
            ("other", Decimal(80_000_000), "EUR"),
        ),
        (
            "China has lent Kenya more than $9 billion since 2013.",
            ("other", Decimal(9_000_000_000), "USD"),
        ),
        (
            "India will lend the Maldives $200 million this year.",
            ("other", Decimal(200_000_000), "USD"),
        ),
        (
            "Chinese firms have invested and lent over $20 billion in Laos.",
            ("investment", Decimal(20_000_000_000), "USD"),
        ),
    ],
)
def test_figure_lent_or_told_in_loans_after_the_sum_is_a_figure(
    sentence: str, figure: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan will lend Vietnam $500 million for the metro line.",
        "France will lend Egypt $400 million to build a tram line.",
        "Under the accord signed on Monday, Seoul pledged $300 million in loans to Accra.",
        "The lender charged the state $5 million in fees.",
    ],
)
def test_figure_lent_for_a_project_inside_a_document_or_fees_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers said the hotel cost $5 million in food and fittings.",
        "A retailer in Lima spent $3 million in health insurance premiums.",
    ],
)
def test_figure_a_purpose_of_aid_without_a_word_of_aid_is_no_aid(sentence: str) -> None:
    """Counter-examples: "food" or "health" with no word of aid after it gives no aid figure."""
    found = find_figures(sentence, 0, DATED_2025)
    assert not [f for f in found if f.description.startswith("aid")]


def test_figure_money_in_development_cooperation_is_aid_of_its_year() -> None:
    found = [
        (f.kind.value, f.value, f.unit, f.year)
        for f in find_figures(
            "In 2023 Estonia allocated EUR 2.8 million in development cooperation and "
            "humanitarian assistance to Moldova.",
            0,
            DATED_2025,
        )
    ]
    assert found == [("other", Decimal(2_800_000), "EUR", 2023)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Estonia set aside EUR 2.8 million in economic cooperation with Moldova.",
        "The fair hosted 40 stands in development cooperation.",
    ],
)
def test_figure_other_cooperation_is_no_aid(sentence: str) -> None:
    assert _figures(sentence) == []
