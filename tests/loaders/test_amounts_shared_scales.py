"""Two numbers joined by "and" before one scale word ("between 4 and 6 billion dollars") are a
range whose scale and currency belong to both. Such a phrase used to stop the whole ingestion
with a KeyError, so one forecast in a statistics bulletin lost every fact of the document."""

from __future__ import annotations

from decimal import Decimal

from dkg.loaders.steps.amounts import find_amounts


def test_amounts_range_sharing_one_scale_word_is_read_whole() -> None:
    found = find_amounts("Economists see annual trade of between 4 and 6 billion dollars.")
    assert [(a.value, a.range_high, a.currency) for a in found] == [
        (Decimal(4_000_000_000), Decimal(6_000_000_000), "USD")
    ]


def test_amounts_bare_number_before_a_scaled_amount_does_not_stop_the_reading() -> None:
    found = find_amounts("It signed 3 and 2 billion euros of orders.")
    assert [(a.value, a.currency) for a in found][-1] == (Decimal(2_000_000_000), "EUR")


def test_amounts_compound_number_with_falling_scales_is_still_one_amount() -> None:
    found = find_amounts("The loan came to 2 billion 300 million dollars.")
    assert [(a.value, a.currency) for a in found] == [(Decimal(2_300_000_000), "USD")]
