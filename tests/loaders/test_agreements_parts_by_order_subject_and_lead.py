"""A package's parts named after it: one by one in order ("The first is ..., the second
concerns ..."), by subject alone after a colon ("three memoranda: on X, on Y and on Z"), as
bullets under "the signing of three instruments:", and after "The five agreements comprise"."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_TALKS = "President Mbeki held talks with President Halvorsen in Pretoria on Tuesday. "


def _agreements(text: str) -> list[tuple[int | None, str | None]]:
    return [(a.count, a.title) for a in read(_TALKS + text, datetime.date(2025, 9, 2)).agreements]


def test_agreements_parts_told_in_order() -> None:
    text = (
        "Three financing agreements were signed. The first is a Memorandum of Understanding on "
        "rural roads of 20 million euros, the second concerns a guarantee fund of 12 million "
        "euros for farmers, and the third is a Memorandum of Understanding on water supply."
    )
    assert _agreements(text) == [
        (3, None),
        (1, "Memorandum of Understanding on rural roads of 20 million euros"),
        (1, "Memorandum of Understanding on water supply"),
        (1, "agreement on a guarantee fund of 12 million euros for farmers"),
    ]


def test_agreements_first_and_second_of_other_things_name_none() -> None:
    text = (
        "Two agreements were signed. The first is a question of trust, the second concerns "
        "the budget."
    )
    assert _agreements(text) == [(2, None)]


def test_agreements_first_signed_long_ago_is_no_part() -> None:
    text = "Two agreements were signed. The first was a trade agreement concluded in 1998."
    assert _agreements(text) == [(2, None)]


def test_agreements_parts_by_subject_after_a_colon() -> None:
    text = (
        "The two Presidents witnessed the signing of three memoranda of understanding: on "
        "cooperation in mining, on cooperation in the field of tourism, and on arts and culture."
    )
    assert _agreements(text) == [
        (3, None),
        (1, "memorandum on cooperation in mining"),
        (1, "memorandum on cooperation in the field of tourism"),
        (1, "memorandum on arts and culture"),
    ]


def test_agreements_colon_then_a_day_opens_no_list() -> None:
    text = "They signed two agreements: on Wednesday the ministers met the press."
    assert _agreements(text) == [(2, None)]


def test_agreements_bullets_under_the_signing_of_instruments() -> None:
    text = (
        "The Presidents witnessed the signing of three instruments:\n"
        " - a Memorandum of Understanding on Cooperation in Mining;\n"
        " - an Agreement on the Exemption of Visas for Holders of Official Passports;\n"
        " - a Memorandum of Understanding on Arts and Culture.\n"
    )
    assert _agreements(text) == [
        (3, None),
        (1, "Memorandum of Understanding on Cooperation in Mining"),
        (1, "Agreement on the Exemption of Visas for Holders of Official Passports"),
        (1, "Memorandum of Understanding on Arts and Culture"),
    ]


def test_agreements_bullets_under_other_instruments_are_none() -> None:
    text = "The orchestra played the following instruments:\n - a drum;\n - a flute.\n"
    assert _agreements(text) == []


def test_agreements_counted_package_comprises_parts() -> None:
    text = (
        "The four agreements comprise a Reciprocal Investment Protection Agreement and a "
        "Memorandum of Understanding on Mining Cooperation."
    )
    assert _agreements(text) == [
        (1, "Reciprocal Investment Protection Agreement"),
        (1, "Memorandum of Understanding on Mining Cooperation"),
    ]


def test_agreements_documents_consist_of_parts() -> None:
    text = (
        "The instruments consist of a Reciprocal Investment Protection Agreement and a "
        "Memorandum of Understanding on Mining Cooperation."
    )
    assert len(_agreements(text)) == 2


def test_agreements_that_are_something_else_name_no_part() -> None:
    text = "The four agreements are a sign of the trust between the two countries."
    assert _agreements(text) == []
