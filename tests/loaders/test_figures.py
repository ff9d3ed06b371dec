"""Economic figures read from single sentences: kind, value, unit, year, period, target, range."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind, FigureMention, find_figures
from dkg.loaders.steps.read import header_date
from dkg.loaders.steps.segment import split_sentences
from tests.support import shared_folder

NO_DATE = FigureContext()
DATED_2026 = FigureContext(document_year=2026, countries=("BR", "AR"))

T = FigureKind.TRADE_TURNOVER
X = FigureKind.EXPORTS
M = FigureKind.IMPORTS
INV = FigureKind.INVESTMENT
G = FigureKind.GROWTH_PERCENT
OTHER = FigureKind.OTHER

CASES = [
    (
        "Trade between Brazil and Argentina reached $28 billion in 2024.",
        NO_DATE,
        [(T, "28e9", "USD", 2024)],
    ),
    (
        "In 2023 mutual trade rose by 12% to 9.4 billion euros (exports \u2013 5.1 billion, "
        "imports \u2013 4.3 billion).",
        NO_DATE,
        [
            (G, "12", "percent", 2023),
            (T, "9.4e9", "EUR", 2023),
            (X, "5.1e9", "EUR", 2023),
            (M, "4.3e9", "EUR", 2023),
        ],
    ),
    (
        "Commodity turnover stood at 3 billion dollars in 2022, 5% lower than in 2021 "
        "(3.2 billion).",
        NO_DATE,
        [(T, "3e9", "USD", 2022), (G, "-5", "percent", 2022), (T, "3.2e9", "USD", 2021)],
    ),
    (
        "Last year Korean companies invested $1.1 billion in Uzbekistan.",
        DATED_2026,
        [(INV, "1.1e9", "USD", 2025)],
    ),
    (
        "Last year Korean companies invested $1.1 billion in Uzbekistan.",
        NO_DATE,
        [(INV, "1.1e9", "USD", None)],
    ),
    (
        "The stock of Emirati investment in Egypt amounts to about 30 billion dollars.",
        NO_DATE,
        [(INV, "30e9", "USD", None)],
    ),
    (
        "Vietnam attracted USD 450 million from Singapore this year.",
        DATED_2026,
        [(INV, "450e6", "USD", 2026)],
    ),
    (
        "The consulate issued more than 25,000 visas to Indian citizens in 2025, "
        "18 percent more than a year earlier.",
        NO_DATE,
        [(OTHER, "25000", "count", 2025), (G, "18", "percent", 2025)],
    ),
    (
        "Over 300 companies with Turkish capital operate in Azerbaijan.",
        NO_DATE,
        [(OTHER, "300", "count", None)],
    ),
    (
        # weekly flights are a timetable, a technical quantity: no figure
        "Kenya received 40,000 tourists from Germany and twelve weekly flights link them.",
        NO_DATE,
        [(OTHER, "40000", "count", None)],
    ),
    (
        "Exports to Poland grew by 21% compared to the same period last year.",
        DATED_2026,
        [(G, "21", "percent", None)],
    ),
    (
        "Kazakh exports to China totalled 12 billion dollars, while imports were $9 billion.",
        NO_DATE,
        [(X, "12e9", "USD", None), (M, "9e9", "USD", None)],
    ),
    ("Egypt and Greece shipped $2 billion in trade.", NO_DATE, [(T, "2e9", "USD", None)]),
    (
        "Norway will give 30 million euros in humanitarian aid to Chad.",
        NO_DATE,
        [(OTHER, "30e6", "EUR", None)],
    ),
    (
        "Some 40,000 Chileans live and work in Peru.",
        NO_DATE,
        [(OTHER, "40000", "count", None)],
    ),
    (
        "Bilateral trade was worth 90 billion Kenyan shillings.",
        NO_DATE,
        [(T, "90e9", "KES", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "context", "expected"), CASES)
def test_figures_kind_value_unit_and_year(
    sentence: str,
    context: FigureContext,
    expected: list[tuple[FigureKind, str, str, int | None]],
) -> None:
    figures = find_figures(sentence, 0, context)
    assert [(f.kind, f.value, f.unit, f.year) for f in figures] == [
        (kind, Decimal(value), unit, year) for kind, value, unit, year in expected
    ]


NOT_FIGURES = [
    "The two countries signed 24 documents worth $3.5 billion.",
    "Ghana's exports made up 60% of the region's cocoa trade.",
    "Cocoa accounts for 60 percent of the total.",
    "Over the 30 years of diplomatic relations, the two nations met 12 times.",
    "Over the past decade trade oscillated between $2 billion and $4 billion.",
    "The plant of 1.2 GW opens near Tashkent.",
    "The two countries are close partners.",
    "The summit will be held on June 12, 2026 in Lima.",
    "In 2019, 300 Peruvian Navy officers visited Lima.",
    "Japan extended a loan of 9 billion yen for a bridge in Lima.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_figures_skips_agreement_prices_shares_durations_and_multi_year_ranges(
    sentence: str,
) -> None:
    assert find_figures(sentence, 0, NO_DATE) == []


def test_figures_period_of_the_year_is_kept() -> None:
    sentence = "In the first eight months of this year trade with Japan grew by 9% to $6 billion."
    figures = find_figures(sentence, 0, DATED_2026)
    assert [(f.kind, f.year, f.period) for f in figures] == [
        (G, 2026, "first eight months"),
        (T, 2026, "first eight months"),
    ]


def test_figures_targets_take_the_year_they_aim_at() -> None:
    sentence = "The leaders aim to bring bilateral trade to $10 billion by 2030."
    (figure,) = find_figures(sentence, 0, NO_DATE)
    assert (figure.kind, figure.is_target, figure.year) == (T, True, 2030)


def test_figures_ranges_are_marked_with_both_ends() -> None:
    sentence = "Trade is expected to reach $5-6 billion next year."
    (figure,) = find_figures(sentence, 0, DATED_2026)
    assert (figure.is_range, figure.value, figure.range_high) == (
        True,
        Decimal("5e9"),
        Decimal("6e9"),
    )
    assert figure.is_target


def test_figures_offsets_are_document_offsets() -> None:
    figure = find_figures("Trade hit $3 billion.", 100, NO_DATE)[0]
    assert (figure.start, figure.end) == (110, 120)
    assert figure == FigureMention(
        kind=T,
        value=Decimal("3e9"),
        unit="USD",
        year=None,
        period=None,
        description="trade turnover: $3 billion",
        is_target=False,
        is_range=False,
        start=110,
        end=120,
    )


def test_figures_on_the_shared_samples_match_the_gold() -> None:
    shared = shared_folder()
    if shared is None:
        pytest.skip("../shared (or $DKG_SHARED) with corpus/seeds.gold.json is not present")
    gold = json.loads((shared / "corpus" / "seeds.gold.json").read_text(encoding="utf-8"))
    found = wanted = hits = 0
    for document in gold["documents"]:
        text = (shared / "corpus" / document["file"]).read_text(encoding="utf-8")
        date, _ = header_date(text)
        context = FigureContext(document_year=date.year if date else None)
        figures = [
            f
            for s in split_sentences(text)
            if not s.boilerplate
            for f in find_figures(s.text, s.span.start, context)
        ]
        found += len(figures)
        wanted += len(document["figures"])
        unused = list(figures)
        for g in document["figures"]:
            match = next((f for f in unused if _fits(g, f)), None)
            if match is not None:
                hits += 1
                unused.remove(match)
    assert hits / found >= 0.95 and hits / wanted >= 0.95, (hits, found, wanted)


def _fits(gold: dict[str, object], figure: FigureMention) -> bool:
    """The shared scorer's rule: value within 1%, same kind (unless 'other'), same year if given."""
    value = float(str(gold["value"]))
    if abs(float(figure.value) - value) > 0.01 * abs(value):
        return False
    if gold["kind"] != "other" and figure.kind.value != gold["kind"]:
        return False
    return gold["year"] is None or figure.year == gold["year"]


def test_figures_a_sentence_without_a_year_continues_the_one_before() -> None:
    paragraph = [
        ("Bilateral trade with Mexico reached $40 billion in 2024.", 0),
        ("Exports totalled $25 billion, while imports were $15 billion.", 57),
        ("Next year the sides aim to lift trade to $50 billion.", 120),
    ]
    figures = find_paragraph_figures(paragraph, DATED_2026)
    assert [(f.kind, f.year) for f in figures] == [(T, 2024), (X, 2024), (M, 2024), (T, 2027)]


def test_figures_declines_are_negative_and_name_their_own_subject() -> None:
    sentence = "Exports to Armenia rose 8% in 2024, while imports declined by 3%."
    figures = find_figures(sentence, 0, NO_DATE)
    assert [(f.value, f.description) for f in figures] == [
        (Decimal("8"), "growth of exports: 8%"),
        (Decimal("-3"), "growth of imports: 3%"),
    ]


def test_figures_a_year_in_another_clause_is_not_the_counts_year() -> None:
    sentence = "Some 900 Indian firms work in Oman, and 40,000 tourists came in 2024."
    figures = find_figures(sentence, 0, NO_DATE)
    assert [(f.value, f.year) for f in figures] == [
        (Decimal("900"), None),
        (Decimal("40000"), 2024),
    ]


def test_a_paragraph_carries_its_year_to_the_next_sentence_but_not_to_the_next_paragraph() -> None:
    from dkg.loaders import Document, default_pipeline

    text = (
        "Trade between Chile and Peru reached $7 billion in 2024. Chilean exports to Peru "
        "totalled $4.1 billion.\n\nChilean investment in Peru stands at $2.3 billion.\n"
    )
    document = default_pipeline()(Document("chile-peru", "memory", text))
    assert [(f.kind.value, f.year, f.reporter, f.partner) for f in document.figures] == [
        ("trade_turnover", 2024, "CL", "PE"),
        ("exports", 2024, "CL", "PE"),
        ("investment", None, "CL", "PE"),
    ]
