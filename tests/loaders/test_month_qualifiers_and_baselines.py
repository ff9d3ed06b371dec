"""'in late September' is a month of the document's year, and the year of 'the same period of
2021' is a baseline: a period of months it is compared with belongs to the running year."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
NOV_1 = datetime.date(2022, 11, 1)


def _dates(text: str) -> list[str | None]:
    document = PIPELINE(Document("t", "t", text, date=NOV_1))
    return [d.start.lexical if d.start else None for d in document.dates]


def _figure_years(text: str) -> list[tuple[str, int | None]]:
    document = PIPELINE(Document("t", "t", text, date=NOV_1))
    return [(f.kind.value, f.year) for f in document.figures]


def test_month_with_early_mid_or_late_is_that_month() -> None:
    assert _dates("The envoy returned to Dakar in late September.") == ["2022-09"]
    assert _dates("A summit is planned for Lima in mid-December.") == ["2022-12"]
    assert _dates("Talks resumed in early March 2021.") == ["2021-03"]


def test_period_compared_with_the_same_period_of_a_year_is_the_running_year() -> None:
    text = (
        "Trade between Chile and Vietnam reached $1.4 billion in the first nine months of the "
        "year, up 18 percent on the same period of 2021."
    )
    assert _figure_years(text) == [("trade_turnover", 2022), ("growth_percent", 2022)]
    text = "Exports to Peru rose 9% in January-August compared with the same months of 2021."
    assert _figure_years(text) == [("growth_percent", 2022)]
