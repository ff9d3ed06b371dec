"""Money between two countries told as a donor's grant, a grant under their framework, goods
given by their value, a lease's yearly payments, customs duties, a sum given to a named recipient
or programme, and lines of credit to a named country: each a figure (kind ``other``, lines of
credit investment). A bank's grant, one loan, goods seized or sold, and a sum spent to build a
road stay no figure."""

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
            "Tonga received a Japanese grant of US$6 million over two years for fisheries.",
            ("other", Decimal(6_000_000), "USD"),
        ),
        (
            "The ministers announced a grant of 80 million yuan under the economic cooperation"
            " agreement.",
            ("other", Decimal(80_000_000), "CNY"),
        ),
        (
            "Brazil donated hospital supplies valued at 3 million euros.",
            ("other", Decimal(3_000_000), "EUR"),
        ),
        (
            "Spain handed over equipment worth $2 million to the coast guard.",
            ("other", Decimal(2_000_000), "USD"),
        ),
        (
            "Britain will make annual payments of £40 million for the base.",
            ("other", Decimal(40_000_000), "GBP"),
        ),
        (
            "Customs duties collected at the Chirundu post reached $90 million last year.",
            ("other", Decimal(90_000_000), "USD"),
        ),
        (
            "Norway gave last year $3 million to UNICEF.",
            ("other", Decimal(3_000_000), "USD"),
        ),
        (
            "Chile committed US$2 million to the programmes announced on Monday.",
            ("other", Decimal(2_000_000), "USD"),
        ),
        (
            "Korean lines of credit to Ghana of more than US$ 150 million have funded roads.",
            ("investment", Decimal(150_000_000), "USD"),
        ),
    ],
)
def test_figure_grants_gifts_payments_and_duties_are_figures(
    sentence: str, figure: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The development bank approved a grant of $9 million for the hospital.",
        "The bank approved a loan of $40 million for the port.",
        "A World Bank grant of $9 million paid for the clinic.",
        "Police seized equipment worth $2 million at the port.",
        "The ministers signed an exchange of notes on a loan of 500 million yen under the plan.",
        "The council committed $4 million to build the bypass.",
        "The company sold equipment worth $2 million to a hotel chain.",
    ],
)
def test_figure_grants_gifts_payments_and_duties_leave_prices_and_documents(
    sentence: str,
) -> None:
    assert _figures(sentence) == []
