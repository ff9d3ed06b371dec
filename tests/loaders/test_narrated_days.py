"""Days a text tells by leaning on what it said before: "the next day", "a day later", "the
day before", and a day and month after a full date in a text whose own date is unknown."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import Narration, find_dates

PIPELINE = default_pipeline()


def _told(sentences: list[str], today: datetime.date | None) -> list[list[str]]:
    """The dates of each sentence, read in order as one text."""
    narration = Narration()
    told: list[list[str]] = []
    offset = 0
    for text in sentences:
        sentence = Sentence(TextSpan(offset, offset + len(text)), text, 0)
        offset += len(text) + 1
        dates = find_dates(sentence, today, None, False, narration)
        told.append([d.start.lexical for d in dates])
    return told


def test_the_next_day_and_a_day_later_count_from_the_day_just_told() -> None:
    told = _told(
        [
            "The minister landed in Lusaka on 14 June.",
            "The following day she opened a clinic.",
            "A day later she flew on to Harare.",
        ],
        datetime.date(2022, 6, 20),
    )
    assert told == [["2022-06-14"], ["2022-06-15"], ["2022-06-16"]]


def test_the_day_before_counts_back_from_a_weekday() -> None:
    told = _told(
        ["The premiers signed the accord on Friday.", "Their envoys had met the day before."],
        datetime.date(2021, 3, 12),
    )
    assert told == [["2021-03-12"], ["2021-03-11"]]


def test_the_next_day_without_any_day_told_stays_undated() -> None:
    assert _told(["The next day the delegation toured the port."], None) == [[]]


def test_an_undated_text_carries_the_year_of_its_last_full_date() -> None:
    told = _told(
        ["Talks opened in Quito on 2 March 2019.", "On 4 March the ministers signed a memo."],
        None,
    )
    assert told == [["2019-03-02"], ["2019-03-04"]]


def test_a_dated_text_keeps_its_own_year_for_day_and_month() -> None:
    told = _told(
        ["He first came on 2 March 2019.", "On 4 March he returns."], datetime.date(2024, 2, 1)
    )
    assert told == [["2019-03-02"], ["2024-03-04"]]


def test_a_weekday_still_to_come_does_not_fix_the_dateline_weekday() -> None:
    text = (
        "OSLO, June 3 (Wire) - The two premiers held talks on Monday during a visit that "
        "runs until Wednesday.\nThe guest had arrived on Sunday."
    )
    document = PIPELINE(Document("t", "t", text))
    # Wednesday itself is still to come: the visit's last day, after the dateline.
    assert [d.start.lexical for d in document.dates] == ["--06-03", "--06-05", "--06-02"]


def test_from_a_weekday_in_the_future_is_that_coming_day() -> None:
    told = _told(["The envoy will travel to Accra from Thursday."], datetime.date(2024, 4, 2))
    assert told == [["2024-04-04"]]
