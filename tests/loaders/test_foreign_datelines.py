"""A translated story keeps its agency's dateline in Spanish, Portuguese or French ("Lima, 9
de agosto de 2021 -"): the story's only date, which its weekdays are counted from."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_BODY = "Chilean President Gabriel Boric arrived in Peru on Monday for a working visit."


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("LIMA, 11 de agosto de 2021 -", datetime.date(2021, 8, 11)),
        ("Lima, 11 de agosto del 2021 (Agencia) -", datetime.date(2021, 8, 11)),
        ("Lima, 11 de agosto de 2021\n\n", datetime.date(2021, 8, 11)),
        ("Lima, 11 de setembro de 2021 -", datetime.date(2021, 9, 11)),
        ("Lima, le 11 août 2021 -", datetime.date(2021, 8, 11)),
        ("Lima, 11 février 2021 —", datetime.date(2021, 2, 11)),
    ],
)
def test_foreign_datelines_date_the_story(dateline: str, day: datetime.date) -> None:
    sep = "" if dateline.endswith("\n") else " "
    assert read(f"Boric in Lima\n\n{dateline}{sep}{_BODY}").date == day


def test_foreign_datelines_date_the_visits_they_head() -> None:
    text = f"Boric in Lima\n\nLIMA, 11 de agosto de 2021 (Agencia) - {_BODY}"
    assert dated_visits(read(text)) == {("Gabriel Boric", "PE", "2021-08-09")}


def test_foreign_datelines_without_a_year_give_the_day_and_month() -> None:
    text = f"Boric in Lima\n\nLIMA, 11 ago (Agencia) - {_BODY}"
    ((_, _, start),) = dated_visits(read(text))
    assert start is not None and start.startswith("--08-")


def test_foreign_datelines_month_words_in_english_text_date_nothing() -> None:
    """Counter-examples: the foreign month is read only in a dateline's form."""
    texts = [
        "Boric in Lima\n\nThe talks in Lima, 11 de agosto de 2021 - the report said - went well.",
        "Boric in Lima\n\nLima, 11 mars 2021 is a date the two ministers chose for the forum.",
        "Boric in Lima\n\nMayo, 11 de la tarde - a town near Lima - received the president.",
        "Boric in Lima\n\nLIMA, 31 de febrero de 2021 - the ministers met.",
    ]
    for text in texts:
        assert read(text).date is None
