"""A document named again by its topic before the noun ("the health memorandum") is the one
told before, never a new agreement."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def agreements(text: str) -> list[tuple[str | None, int | None]]:
    return [(a.title, a.count) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers of Ghana and Norway signed two documents: a memorandum on health and "
            "an agreement on fisheries. The health minister signed the health memorandum with "
            "her Norwegian colleague.",
            [(None, 2), ("memorandum on health", 1), ("agreement on fisheries", 1)],
        ),
        (
            "On Monday Kenya and India signed a memorandum on agriculture. The agriculture "
            "memorandum was signed by the two farm ministers.",
            [("memorandum on agriculture", 1)],
        ),
    ],
)
def test_agreement_back_reference_is_the_document_told_before(
    text: str, expected: list[tuple[str | None, int | None]]
) -> None:
    assert agreements(text) == expected


def test_agreement_a_topic_the_first_title_lacks_is_another_document() -> None:
    text = (
        "Peru and Chile signed a memorandum on mining. Officials of both sides later signed a "
        "fisheries memorandum in Lima."
    )
    assert [count for _, count in agreements(text)] == [1, 1]
