"""A document signed "on the eve of the visit" is dated the day before the visit's first day,
when the text gives that day; not the day the report was filed."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2024, 3, 15)


def _dates(text: str) -> list[str | None]:
    return [a.date.lexical if a.date else None for a in read(text, FILED).agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Lula arrived in Hanoi on 12 March for a state visit. On the eve of "
        "the visit, the two trade ministries signed a memorandum on coffee exports.",
        "Kenyan President William Ruto began a three-day visit to Tokyo on 12 March 2024. On the "
        "eve of his state visit, Kenya and Japan signed an agreement on geothermal power.",
    ],
)
def test_agreement_dates_eves_take_the_day_before_the_visit(text: str) -> None:
    assert _dates(text) == ["2024-03-11"]


@pytest.mark.parametrize(
    "text",
    [
        # the eve of a vote, not of the visit
        "Brazilian President Lula arrived in Hanoi on 12 March for a state visit. On the eve of "
        "the vote, the two trade ministries signed a memorandum on coffee exports.",
        # a day of its own
        "Brazilian President Lula arrived in Hanoi on 12 March for a state visit. On the eve of "
        "the visit, on 10 March, the two trade ministries signed a memorandum on coffee exports.",
    ],
)
def test_agreement_dates_eves_of_other_things_or_told_days_are_kept(text: str) -> None:
    """Counter-examples: the eve of something else, or the signing's own day told."""
    assert _dates(text) != ["2024-03-11"]
