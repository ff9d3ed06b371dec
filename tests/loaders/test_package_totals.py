"""A named document "together with eleven further instruments, for a total of twelve documents":
one package of twelve with the named document as its part, not packages of 11 and 12."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2024, 5, 14)


def _agreements(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(a.kind.value, a.title, a.count) for a in read(text, FILED).agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexico and Vietnam signed the Protocol on Customs Cooperation together with eleven "
            "further instruments, for a total of twelve documents, in Hanoi on Monday.",
            [("package", None, 12), ("agreement", "Protocol on Customs Cooperation", 1)],
        ),
        (
            "The presidents of Peru and Ecuador watched their ministers sign a treaty on border "
            "rivers and a further four agreements, five documents in all.",
            [("package", None, 5), ("treaty", "treaty on border rivers", 1)],
        ),
        (
            "Ghana and Morocco signed a total of nine accords: eight other documents and a "
            "memorandum on fertiliser supply.",
            [("package", None, 9), ("memorandum", "memorandum on fertiliser supply", 1)],
        ),
    ],
)
def test_package_totals_further_documents_inside_the_total(
    text: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    assert sorted(_agreements(text), key=str) == sorted(expected, key=str)


def test_package_totals_further_documents_without_a_total_stay() -> None:
    text = "Chad and Niger signed five agreements and three further memoranda in Niamey."
    assert sorted(a[2] or 0 for a in _agreements(text)) == [3, 5]


def test_package_totals_a_smaller_total_counts_something_else() -> None:
    # the two "in all" are the energy documents among the ten further ones, not their sum
    text = (
        "Oman and Jordan signed ten further agreements on Sunday, of which two documents in all "
        "concern energy."
    )
    assert [a[2] for a in _agreements(text) if a[0] == "package"].count(10) == 1


def test_package_totals_a_title_ends_before_together_with() -> None:
    text = (
        "Laos and Thailand signed the Agreement on Rail Links together with a fisheries memorandum."
    )
    assert ("agreement", "Agreement on Rail Links", 1) in _agreements(text)


def test_package_totals_a_sum_stated_without_a_noun() -> None:
    text = (
        "Nepal and Bhutan signed a memorandum on hydropower as well as 16 other documents, "
        "bringing the number of agreements signed during the visit to 17."
    )
    assert sorted(_agreements(text), key=str) == [
        ("memorandum", "memorandum on hydropower", 1),
        ("package", None, 17),
    ]


def test_package_totals_a_sum_of_something_else_is_no_count_of_documents() -> None:
    text = (
        "Nepal and Bhutan signed four other agreements, bringing the number of her trips abroad "
        "this year to 12."
    )
    assert [a[2] for a in _agreements(text)] == [4]
