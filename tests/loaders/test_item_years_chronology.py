"""A chronology prints each item's year once, at its head ("2015 - ... in October"): the months
and days the item then gives lie in that year, so every background visit of a timeline keeps
its own year instead of taking the page's year or none."""

from __future__ import annotations

import datetime

from dkg.loaders.steps.item_years import item_year
from tests.loaders.reading import read
from tests.visit_rows import visit_rows

PAGE = datetime.date(2025, 3, 1)


def _trips(text: str, date: datetime.date | None = PAGE) -> set[tuple[str | None, str, str | None]]:
    return {(r.visitor, r.host_country, r.start) for r in visit_rows(text, date)}


def test_item_years_month_of_a_bulleted_year_lies_in_that_year() -> None:
    text = (
        "Milestones in Japanese-Mexican relations\n\n"
        "- 2015 - Prime Minister Shinzo Abe pays an official visit to Mexico in October.\n"
        "- 2019 - President Andres Manuel Lopez Obrador receives a Japanese delegation."
    )
    assert ("Shinzo Abe", "MX", "2015-10") in _trips(text)


def test_item_years_day_and_month_of_a_colon_item_lie_in_its_year() -> None:
    text = "2018: Chancellor Olaf Scholz travels to Madrid on 12 March for talks with the king."
    assert ("Olaf Scholz", "ES", "2018-03-12") in _trips(text, None)


def test_item_years_sentence_opening_with_in_a_year_dates_its_month() -> None:
    text = "In 2017, President Emmanuel Macron paid a state visit to Morocco in June."
    assert ("Emmanuel Macron", "MA", "2017-06") in _trips(text)


def test_item_years_story_without_a_leading_year_keeps_the_page_year() -> None:
    text = "President Emmanuel Macron paid a state visit to Morocco in February."
    assert ("Emmanuel Macron", "MA", "2025-02") in _trips(text)


def test_item_years_numbers_and_spans_of_years_are_not_items() -> None:
    assert item_year("2,016 delegates came in June.") is None
    assert item_year("2016-17 was a record fiscal year.") is None
    assert item_year("2016 was the year of the first visit.") is None
    assert item_year("\u2022 2021 \u2013 talks resume") == 2021


def test_item_years_full_date_at_the_head_of_an_item_dates_its_days() -> None:
    text = (
        "Key dates\n\n"
        "12-13 May 2019: Prime Minister Tom Reid of Australia visits Vietnam for talks on "
        "12 May with Prime Minister Pham Van Long."
    )
    document = read(text, PAGE)
    assert [m.start.lexical for m in document.dates] == ["2019-05-12", "2019-05-12"]


def test_item_years_a_dated_sentence_without_a_separator_is_no_item() -> None:
    assert item_year("May 2019 saw the first visit by a Vietnamese leader.") is None
    assert item_year("On 12 May 2019 - a Sunday - the talks began.") is None
