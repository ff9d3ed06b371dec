""" "On the same day" and "the next day" count from the last single day the story told: a span
of days told after it ("a visit from 12 to 14 May") says how long the trip lasts, not which day
the story has come to."""

from __future__ import annotations

from tests.loaders.reading import read

_OPENING = (
    "LIMA, 15 May 2024 - On the morning of 13 May, President Tomas Herrera of Peru welcomed "
    "President Ines Varela of Uruguay, who is paying a state visit to Peru from 12 to 14 May. "
    "The two presidents then held talks.\n\n"
)


def _dated(text: str) -> dict[str, str | None]:
    document = read(text)
    return {
        document.text[d.span.start : d.span.end]: d.start.lexical
        for d in document.dates
        if d.end is None
    }


def test_normalize_same_day_after_spans_counts_from_the_day_before_the_span() -> None:
    text = f"{_OPENING}On the same day, President Varela also met Prime Minister Lucia Campos.\n"
    assert _dated(text)["the same day"] == "2024-05-13"


def test_normalize_same_day_after_spans_a_single_day_still_sets_the_day() -> None:
    """Counter-example: a day told alone is the story's day, which "the next day" follows."""
    text = (
        f"{_OPENING}On 14 May she toured the port. The next day, President Varela flew to Quito.\n"
    )
    assert _dated(text)["The next day"] == "2024-05-15"
