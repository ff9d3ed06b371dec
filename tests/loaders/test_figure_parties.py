"""Reporter and partner of economic figures: whose trade, exports or investment a number is."""

from __future__ import annotations

import re

import pytest

from dkg.loaders.steps.figure_parties import CountryAt, Parties, find_parties, ranked_countries
from dkg.loaders.steps.figures import FigureContext, find_figures

# Names and demonyms the tests mark up by hand, standing in for the recognizer's output.
_FORMS = {
    "Chile": "CL",
    "Chilean": "CL",
    "Peru": "PE",
    "Peruvian": "PE",
    "Norway": "NO",
    "Norwegian": "NO",
    "Vietnam": "VN",
    "Vietnamese": "VN",
    "Ethiopia": "ET",
    "Turkish": "TR",
    "Canada": "CA",
    "Canadian": "CA",
    "Egypt": "EG",
    "Ghana": "GH",
    "Kazakh": "KZ",
    "French": "FR",
}
_FORM = re.compile(r"\b(?:" + "|".join(sorted(_FORMS, key=len, reverse=True)) + r")\b")


def _countries(sentence: str) -> list[CountryAt]:
    return [CountryAt(m.start(), m.end(), _FORMS[m[0]]) for m in _FORM.finditer(sentence)]


def _parties(sentence: str, pair: tuple[str, ...] = ()) -> list[tuple[str, str | None, str | None]]:
    context = FigureContext(document_year=2025, countries=pair)
    return [
        (f.kind.value, f.reporter, f.partner)
        for f in find_figures(sentence, 0, context, countries=_countries(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Commerce between Chile and Peru climbed to $7 billion in 2024.",
            [("trade_turnover", "CL", "PE")],
        ),
        (
            "Norway's exports to Vietnam came to 2.1 billion dollars last year.",
            [("exports", "NO", "VN")],
        ),
        (
            "Turkish investment in Ethiopia is estimated at $2.5 billion.",
            [("investment", "TR", "ET")],
        ),
        (
            "Chilean-Peruvian trade rose 9% to $7 billion.",
            [("growth_percent", "CL", "PE"), ("trade_turnover", "CL", "PE")],
        ),
        (
            "Peru's imports from Chile totalled $2 billion in 2024.",
            [("imports", "PE", "CL")],
        ),
        (
            "Vietnamese exports of $4 billion went mostly to Norway.",
            [("exports", "VN", "NO")],
        ),
        (
            "Some 450 Canadian companies now operate in Ghana.",
            [("other", "CA", "GH")],
        ),
    ],
)
def test_the_sentence_names_both_sides(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _parties(sentence) == expected


def test_imports_from_a_country_make_it_the_partner_of_the_other_main_country() -> None:
    sentence = "Imports from Egypt reached $1.3 billion in 2024."
    assert _parties(sentence, ("GH", "EG")) == [("imports", "GH", "EG")]


def test_trade_with_a_country_is_the_other_main_country_s_trade() -> None:
    sentence = "Trade with Canada amounted to $3.4 billion."
    assert _parties(sentence, ("PE", "CA")) == [("trade_turnover", "PE", "CA")]


def test_bilateral_trade_without_a_country_is_between_the_main_pair() -> None:
    sentence = "Bilateral trade grew to $850 million in 2023."
    assert _parties(sentence, ("KZ", "FR")) == [("trade_turnover", "KZ", "FR")]


def test_exports_without_a_country_stay_without_sides() -> None:
    # Either side of the pair could be the one selling: the text does not say which.
    sentence = "Exports reached $600 million in 2023."
    assert _parties(sentence, ("KZ", "FR")) == [("exports", None, None)]


def test_a_figure_takes_the_countries_of_its_own_clause() -> None:
    sentence = (
        "Chilean exports to Canada hit $1.9 billion, while bilateral trade with Peru "
        "stayed near $6 billion."
    )
    assert _parties(sentence, ("CL", "PE")) == [
        ("exports", "CL", "CA"),
        ("trade_turnover", "CL", "PE"),
    ]


def test_a_currency_named_after_a_country_is_no_party() -> None:
    sentence = "Trade between Peru and Chile reached 9 billion Canadian dollars."
    countries = _countries(sentence)
    assert any(c.iso2 == "CA" for c in countries)  # the test input does name Canada
    assert _parties(sentence) == [("trade_turnover", "PE", "CL")]


def test_the_demonym_compound_gives_reporter_then_partner() -> None:
    sentence = "Kazakh-French trade turnover reached $4.4 billion."
    assert find_parties(sentence, 37, 49, "trade_turnover", _countries(sentence), None) == Parties(
        "KZ", "FR"
    )


def test_the_main_pair_needs_two_countries_named_more_than_once() -> None:
    assert ranked_countries(["PE", "CL", "PE", "CL", "PE", "EG"]) == ("PE", "CL")
    assert ranked_countries(["PE", "PE", "CL", "EG"]) == ("PE",)
    assert FigureContext(countries=("PE",)).main_pair is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Canada bought Chilean goods worth $3.2 billion last year.", [("exports", "CL", "CA")]),
        ("Norway purchased Vietnamese products worth $900 million.", [("exports", "VN", "NO")]),
        ("Egypt buys Kazakh exports worth $150 million a year.", [("exports", "KZ", "EG")]),
    ],
)
def test_figure_parties_goods_a_partner_bought_are_the_sellers_exports(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _parties(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a company bought, not goods: a deal, no trade figure
        "Canada bought Chilean Airlines for $3.2 billion.",
        "Norway purchased a Vietnamese shipyard for $900 million.",
    ],
)
def test_figure_parties_a_company_a_partner_bought_is_no_export(sentence: str) -> None:
    assert [kind for kind, _, _ in _parties(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Imports of Chilean goods into Canada reached $3.2 billion last year.",
            [("imports", "CA", "CL")],
        ),
        (
            "Imports of Peruvian copper into Vietnam rose to $900 million in 2024.",
            [("imports", "VN", "PE")],
        ),
    ],
)
def test_figure_parties_imports_are_the_buyer_s_the_goods_the_seller_s(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """The country goods come into bought them; the demonym of the goods names the seller."""
    assert _parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports of Chilean goods into Canada reached $3.2 billion last year.",
            [("exports", "CL", "CA")],
        ),
        ("Peru's imports from Chile totalled $2 billion in 2024.", [("imports", "PE", "CL")]),
    ],
)
def test_figure_parties_exports_into_a_country_stay_the_seller_s(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Counter-examples: exports "into" a country are still the seller's, and imports named
    with their buyer and "from" keep both sides as before."""
    assert _parties(sentence) == expected
