"""The weekday of the filing day, told without "next", is the filing day itself: news names
the report's own day and the days just before it bare ("arrives on Tuesday" in a Tuesday
story), and a weekday the story told just before is counted from that day too, so it does
not carry a later weekday a week ahead."""

from __future__ import annotations

from tests.loaders.reading import dated_visits, read

# 24 November 2026 is a Tuesday.
_DATELINE = "MAPUTO, Tuesday 24 November 2026 - "


def test_normalize_filing_weekday_after_a_future_weekday_stays_the_filing_day() -> None:
    text = (
        f"{_DATELINE}Portuguese President Marcelo Rebelo de Sousa will meet President Daniel "
        "Chapo on Wednesday, officials said. Rebelo de Sousa, who will also speak to students, "
        "arrives in Maputo on Tuesday for a state visit to Mozambique.\n"
    )
    assert dated_visits(read(text)) == {("Marcelo Rebelo de Sousa", "MZ", "2026-11-24")}


def test_normalize_filing_weekday_told_in_the_past_is_the_filing_day() -> None:
    text = (
        "OSLO, Tuesday 24 November 2026 - Canadian Prime Minister Mark Carney, who is due in "
        "Stockholm on Thursday, arrived in Oslo on Tuesday for an official visit to Norway.\n"
    )
    assert ("Mark Carney", "NO", "2026-11-24") in dated_visits(read(text))


def test_normalize_filing_weekday_next_weekday_is_a_week_later() -> None:
    """Counter-example: "next Tuesday" in a Tuesday story is a week ahead."""
    text = (
        f"{_DATELINE}Portuguese President Marcelo Rebelo de Sousa will arrive in Maputo next "
        "Tuesday for a state visit to Mozambique, officials said.\n"
    )
    assert dated_visits(read(text)) == {("Marcelo Rebelo de Sousa", "MZ", "2026-12-01")}


def test_normalize_filing_weekday_after_a_written_date_follows_the_programme() -> None:
    """Counter-example: after a day told with its number, a programme's weekday follows it."""
    text = (
        f"{_DATELINE}Portuguese President Marcelo Rebelo de Sousa will hold talks in Maputo "
        "on Monday, 30 November. On Tuesday he will fly on to Luanda for a visit to Angola.\n"
    )
    document = read(text)
    dates = {document.text[d.span.start : d.span.end]: d.start.lexical for d in document.dates}
    assert dates["On Tuesday"] == "2026-12-01"
