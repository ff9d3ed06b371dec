"""Talks told with "have" and a day, place or topic before the partner ("had talks on Tuesday
at the State House with X") are a meeting, as "held talks on Tuesday" and "had talks with X on
Tuesday" already were; the same words still to come or only wished for are not."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean President Gabriel Boric had talks on Tuesday at the Palacio San Martin "
            "with Argentine President Javier Milei.",
            (["Gabriel Boric", "Javier Milei"], "2025-03-11"),
        ),
        (
            "Nepali Foreign Minister Arzu Rana Deuba had talks in Dhaka on Wednesday with "
            "Bangladeshi Foreign Adviser Touhid Hossain.",
            (["Arzu Rana Deuba", "Touhid Hossain"], "2025-03-12"),
        ),
        (
            "Slovak Prime Minister Robert Fico had discussions on fisheries with Icelandic Prime "
            "Minister Kristrun Frostadottir on 10 March.",
            (["Kristrun Frostadottir", "Robert Fico"], "2025-03-10"),
        ),
        (
            # a palace whose name runs to six words after "at"
            "The President, Umaro Embalo, had talks on Wednesday at the Presidential Palace of "
            "the Republic with his Gambian counterpart, Adama Barrow, who arrived on Monday.",
            (["Adama Barrow", "Umaro Embalo"], "2025-03-12"),
        ),
    ],
)
def test_talks_cues_setting_before_with_is_a_meeting(
    text: str, expected: tuple[list[str], str]
) -> None:
    assert dated_meetings(read(text, FILED)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Still to come.
        "Chilean President Gabriel Boric will have talks on Tuesday at the Palacio San Martin "
        "with Argentine President Javier Milei.",
        # Only wished for.
        "Chilean President Gabriel Boric had hoped to have talks on Tuesday in Buenos Aires "
        "with Argentine President Javier Milei.",
        "The President, Umaro Embalo, will have talks on Thursday at the Presidential Palace of "
        "the Republic with his Gambian counterpart, Adama Barrow.",
    ],
)
def test_talks_cues_setting_before_with_not_held(text: str) -> None:
    """Counter-examples: the longer reach of "had talks ... with" reads no talks to come."""
    assert dated_meetings(read(text, FILED)) == []
