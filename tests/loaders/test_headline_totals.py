"""A headline's count that restates the body's total ("sign five MoUs" over "signed four
memoranda ... Separately, ... a memorandum") adds no package; a headline count the body does
not break up, or one that differs from the body's sum, stays."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_LEAD = (
    "Lusaka, 3 March 2025. President Hichilema held talks with Prime Minister Frederiksen in "
    "Lusaka on Monday."
)


def _agreements(headline: str, body: str) -> list[tuple[str, int | None]]:
    document = read(f"{headline}\n\n{_LEAD} {body}\n", datetime.date(2025, 3, 3))
    return [(a.kind.value, a.count) for a in document.agreements]


def test_headline_totals_a_sum_of_a_package_and_a_separate_document_adds_no_package() -> None:
    body = (
        "The two sides signed four memoranda of understanding on mining, health, water and "
        "education. Separately, the trade ministers signed a Memorandum on Green Hydrogen."
    )
    assert _agreements("Zambia, Denmark sign five MoUs", body) == [
        ("package", 4),
        ("memorandum", 1),
    ]


def test_headline_totals_a_sum_of_two_packages_adds_no_package() -> None:
    body = (
        "The two governments signed six agreements. Companies of both countries later signed "
        "three contracts on copper supplies."
    )
    assert _agreements("Zambia, Denmark sign nine deals", body) == [("package", 6), ("package", 3)]


def test_headline_totals_the_same_count_in_the_body_is_one_package() -> None:
    body = "The two governments signed five memoranda of understanding."
    assert _agreements("Zambia, Denmark sign five MoUs", body) == [("package", 5)]


def test_headline_totals_a_count_only_the_headline_gives_stays() -> None:
    body = (
        "They signed a Memorandum on Mining, a Memorandum on Health and a Memorandum on Water. "
        "The ministers also signed a Memorandum on Education."
    )
    found = _agreements("Zambia, Denmark sign four MoUs", body)
    assert ("package", 4) in found


def test_headline_totals_a_count_other_than_the_body_sum_stays() -> None:
    body = "The two governments signed four memoranda of understanding on mining and health."
    assert _agreements("Zambia, Denmark sign seven MoUs", body) == [("package", 7), ("package", 4)]
