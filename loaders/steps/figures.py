"""Find economic figures in a sentence: trade, exports, imports, investment, growth, counts.

An amount becomes a figure when the sentence says what it measures. The cue nearest before the
amount wins ("(exports - 3.3 billion, imports - 1.8 billion)"); when there is none, the sentence's
first cue does ("trade grew by 31% to $5.5 billion"). The year is the one the number is about:
years after "than", "compared to" or "from" are baselines ("7.7% higher than in 2022" is growth
in the sentence's own year), and relative years ("last year") are resolved only against a known
document year. Amounts that price agreements ("36 documents worth $2.2 billion") belong to
``agreements``; shares ("80% of exports", but not one country's share of another's supplies,
which is a figure of their relationship), capacities ("1.2 GW"), durations ("33 years") and
ranges over several years ("over the past decade, between $2bn and $6bn") are not figures.

This module decides, per amount, which reading applies and assembles the figure; what a count
counts (figure_counts), what a percentage measures (figure_percents), targets (figure_targets),
lists of sums (figure_lists) and a paragraph's running year (figure_paragraphs) live apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.amounts import Amount, AmountKind, find_amounts
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME
from dkg.loaders.steps.figure_counts import count_figure
from dkg.loaders.steps.figure_cues import FigureKind, money_kind
from dkg.loaders.steps.figure_lists import listed_after
from dkg.loaders.steps.figure_parties import CountryAt, find_parties
from dkg.loaders.steps.figure_percents import percent_figure
from dkg.loaders.steps.figure_periods import period_of
from dkg.loaders.steps.figure_shares import find_fractions, shares_between
from dkg.loaders.steps.figure_targets import TARGET, TARGET_YEAR, beyond_clause
from dkg.loaders.steps.figure_years import (
    in_one_clause,
    is_baseline_sum,
    own_year,
    period_in_own_clause,
    year_for,
    year_mentions,
)
from dkg.loaders.steps.money_restatements import converted, in_dollars, restates


@dataclass(frozen=True)
class FigureContext:
    """What a sentence cannot tell by itself: the document's year, and its countries (ISO2).

    ``countries`` come most-mentioned first: the first two are the pair the document is about,
    whose trade a "bilateral trade" figure is.
    """

    document_year: int | None = None
    countries: tuple[str, ...] = ()

    @property
    def main_pair(self) -> tuple[str, str] | None:
        """The document's two main countries, or None when it names fewer than two."""
        return (self.countries[0], self.countries[1]) if len(self.countries) > 1 else None


@dataclass(frozen=True)
class FigureMention:
    """One economic figure; ``start``/``end`` are offsets of the amount in the document.

    ``value`` is in ``unit``: units of the currency (ISO 4217 code) for money, the number for
    "percent" (negative for a decline) and "count". For ranges ``value`` is the low end.
    """

    kind: FigureKind
    value: Decimal
    unit: str
    year: int | None
    period: str | None
    description: str
    is_target: bool
    is_range: bool
    start: int
    end: int
    range_high: Decimal | None = None
    approximate: bool = False
    reporter: str | None = None
    """ISO2 of the country whose trade, exports or investment it is (the first of a pair)."""
    partner: str | None = None
    """ISO2 of the other country of the pair."""
    repeats: tuple[tuple[int, int], ...] = ()
    """Document offsets of the same figure told again (a headline's sum in the lead)."""


_I = re.I
_PERIOD = Prefiltered(
    r"\b(?:(?:the\s+)?first\s+(?:\w+|\d+)\s+months|(?:first|second|third|fourth)\s+(?:quarter|half)|"
    rf"[QH][1-4]|{FULL_MONTH_NAME}\s*[-\u2013\u2014]\s*{FULL_MONTH_NAME})"
    r"\b",
    _I,
)
_MULTI_YEAR = re.compile(
    r"\b(?:(?:over|during|in|for)\s+the\s+(?:past|last|previous)\s+(?:decade|\w+\s+years|years)|"
    r"in\s+recent\s+years|over\s+the\s+years|since\s+(?:19|20)\d\d)\b",
    _I,
)


def find_figures(
    sentence: str,
    offset: int,
    context: FigureContext,
    amounts: Sequence[Amount] | None = None,
    countries: Sequence[CountryAt] = (),
    referent: FigureKind | None = None,
) -> list[FigureMention]:
    """The economic figures one sentence states; ``offset`` is the sentence's start in the document.

    ``amounts`` are the sentence's :func:`find_amounts`, when the caller has read them already;
    ``countries`` the countries it names, at offsets into the sentence, which give each figure
    its reporter and partner; ``referent`` the kind of the last sum before the sentence in its
    paragraph (see :func:`figure_paragraphs.last_sum_kind`).

    >>> [(f.kind.value, f.value, f.year) for f in find_figures(
    ...     "In 2023 exports grew by 12% to $3 billion.", 0, FigureContext())]
    [('growth_percent', Decimal('12'), 2023), ('exports', Decimal('3000000000'), 2023)]
    """
    if amounts is None:
        amounts = find_amounts(sentence)
    fractions = find_fractions(sentence)
    if fractions:  # "a fifth of": a share in words, which no digit-reading amount covers
        taken = [a for a in amounts if not any(f.start <= a.start < f.end for f in fractions)]
        amounts = sorted([*taken, *fractions], key=lambda a: a.start)
    if not amounts:
        return []
    multi_year = any(a.is_range for a in amounts) and _MULTI_YEAR.search(sentence) is not None
    read: list[tuple[Amount, tuple[FigureKind, Decimal, str, str]]] = []
    previous_end = 0
    for before, amount, after in zip((None, *amounts), amounts, (*amounts[1:], None), strict=False):
        if amount.is_range and multi_year:
            continue  # a band a figure moved within over years is no observation
        if restates(sentence, before, amount) or converted(sentence, amount):
            continue  # "$32.7 billion, or around Rp480 trillion": the same sum in other money
        ties = amount.kind is AmountKind.PERCENT and shares_between(sentence, amount, countries)
        window = sentence[previous_end : amount.start]
        found = _classify(sentence, amount, window, referent, ties)
        if amount in fractions and not ties:
            continue  # "supplies about a third of Europe's gas": a fraction only between two
        if found is None and read:
            found = listed_after(sentence, read[-1], amount)
        if found is not None:
            dollars = in_dollars(sentence, amount, after)
            if dollars is not None:
                kind, _, _, description = found
                surface = sentence[dollars.start : dollars.end]
                found = kind, dollars.value, "USD", f"{description} ({surface})"
            elif not found[2]:
                continue  # "500 million kroner" with neither country named: no currency
            read.append((amount, found))
            previous_end = amount.end
    if not read:
        return []
    years = year_mentions(sentence, context.document_year)
    target_match = TARGET.search(sentence)
    by_year = TARGET_YEAR.search(sentence) if target_match else None
    period = _PERIOD.search(sentence)
    named = [c for c in countries if not any(a.start <= c.start < a.end for a in amounts)]
    figures: list[FigureMention] = []
    for amount, (kind, value, unit, description) in read:
        is_target = target_match is not None and target_match.start() < amount.end + 40
        own = own_year(sentence, amount.end, context.document_year)
        if (
            target_match is not None
            and is_target
            and by_year
            and own
            and own < int(by_year[1])
            and (
                is_baseline_sum(amount, sentence)
                or not in_one_clause(sentence, target_match.start(), amount.start)
            )
        ):
            # "raise trade to $15 billion by 2025 from $10.3 billion in 2023", "... by 2028,
            # while exports reached €1.1 billion in 2023": a sum of an earlier year, compared
            # with or told in a clause of its own, is where trade stands now
            is_target = False
        elif target_match is not None and is_target and by_year and own and own != int(by_year[1]):
            # "raise trade, which stood at $10.3 billion in 2023, to $15 billion by 2025": a sum
            # with a year of its own, before any word of a target, is where trade stands now
            is_target = amount.end > target_match.start()
        if target_match is not None and is_target and beyond_clause(sentence, target_match, amount):
            is_target = False
        # "to $5 billion by 2027 and to $9 billion in 2030": each target its own year
        later = TARGET_YEAR.search(sentence, amount.end) or by_year
        target_year = own if own else int(later[1]) if later else None
        year = target_year if is_target and target_year else year_for(amount, years, sentence)
        if (
            period
            and not is_target
            and period_in_own_clause(amount, years, sentence, period.span())
        ):
            year = context.document_year
        parties = find_parties(
            sentence, amount.start, amount.end, kind.value, named, context.main_pair
        )
        figures.append(
            FigureMention(
                kind=kind,
                value=value,
                unit=unit,
                year=year,
                period=period_of(amount, sentence, period),
                description=description,
                is_target=is_target,
                is_range=amount.is_range,
                start=offset + amount.start,
                end=offset + amount.end,
                range_high=amount.range_high,
                approximate=amount.approximate,
                reporter=parties.reporter,
                partner=parties.partner,
            )
        )
    return figures


_UPPER_BOUND = re.compile(r"(?:under|below|less\s+than)\s", re.IGNORECASE)
"""A sum told only as a bound it stays under ("under one million dollars", "less than $5m"):
how small a flow is, not its size; "just under $5 billion" is a size, told close."""


def _classify(
    sentence: str, amount: Amount, window: str, referent: FigureKind | None, ties: bool
) -> tuple[FigureKind, Decimal, str, str] | None:
    """Kind, value, unit and description of an amount, or None when it is not a figure.

    ``ties`` tells that the amount is a share one country holds in a flow with another, its
    trade or investment (figure_shares.py): a figure.
    """
    surface = sentence[amount.start : amount.end]
    if amount.kind is AmountKind.MONEY and _UPPER_BOUND.match(surface):
        return None  # "still small, at under one million US dollars": a bound, not a sum
    if amount.kind is AmountKind.MONEY and (amount.currency is not None or amount.candidates):
        money = money_kind(sentence, amount.start, amount.end, window, referent)
        if money is None:
            return None
        # A sign several countries use has no currency ("") unless dollars restate it.
        return money[0], amount.value, amount.currency or "", f"{money[1]}: {surface}"
    if amount.kind is AmountKind.PERCENT:
        return percent_figure(sentence, amount, window, ties)
    if amount.kind is AmountKind.COUNT:
        return count_figure(sentence, amount)
    return None
