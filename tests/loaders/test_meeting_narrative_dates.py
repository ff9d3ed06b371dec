"""Undated talks take the last day the story told before them, within the visit."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meeting_dates(text: str, date: datetime.date | None = None) -> list[str | None]:
    document = PIPELINE(Document("t", "t", text, date=date))
    return [m.date.lexical if m.date else None for m in document.meetings]


def test_meeting_narrative_dates_then_held_talks_is_the_day_just_told() -> None:
    text = (
        "President of Togo Faure Gnassingbé arrived in Accra on 3 March 2025 on an official "
        "visit to Ghana. Ghanaian President John Mahama welcomed his guest on 4 March "
        "at Jubilee House. "
        "The two presidents then held talks in narrow and extended formats."
    )
    assert _meeting_dates(text) == ["2025-03-04"]


def test_meeting_narrative_dates_a_day_outside_the_visit_is_not_the_talks_day() -> None:
    text = (
        "President of Togo Faure Gnassingbé arrived in Accra on 3 March 2025 on an official "
        "visit to Ghana at the invitation of Ghanaian President John Mahama. "
        "The two countries signed a treaty on 12 June 1998. "
        "The two presidents then held talks in Accra."
    )
    assert _meeting_dates(text) == ["2025-03-03"]


def test_undated_talks_on_a_tour_take_the_day_of_the_leg_just_told() -> None:
    from dkg.loaders import Document, default_pipeline

    text = (
        "Prime Minister Kiri Tane arrived in Lima on 8 May 2023 for an official visit to Peru. "
        "Prime Minister Tane arrived in Santiago on 10 May for an official visit to Chile.\n\n"
        "On 11 May, President Gabriel Boric received the Prime Minister in Santiago. "
        "The Prime Minister later met Foreign Minister Alberto van Klaveren."
    )
    document = default_pipeline()(Document("t", "t", text, date=datetime.date(2023, 5, 12)))
    names = {p.key: p.name for p in document.people}
    dates = {
        tuple(sorted(names[k] for k in m.participants)): m.date and m.date.lexical
        for m in document.meetings
    }
    assert dates[("Alberto van Klaveren", "Kiri Tane")] == "2023-05-11"


def test_meeting_narrative_dates_on_a_leap_day_belong_to_the_visit() -> None:
    # 29 February exists only in leap years: comparing the days of a visit must not fail on it.
    text = (
        "Published 29 February 2024.\n"
        "Prime Minister Christopher Luxon today welcomed Prime Minister Sitiveni Rabuka of "
        "Fiji to Parliament in Wellington. Prime Minister Rabuka is in New Zealand on an "
        "official visit from 28 February to 1 March."
    )
    assert _meeting_dates(text, datetime.date(2024, 2, 29)) == ["2024-02-29"]


def test_meeting_narrative_dates_an_arrival_in_a_relative_clause_is_a_flashback() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met several leaders in Dubai on Friday 1 December "
        "2023. Modi, who reached Dubai on Thursday night, held talks with Israeli President "
        "Isaac Herzog. He then met Swedish Prime Minister Ulf Kristersson."
    )
    assert _meeting_dates(text, datetime.date(2023, 12, 2)) == ["2023-12-01", "2023-12-01"]


def test_meeting_narrative_dates_an_arrival_in_a_main_clause_sets_the_day() -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Dubai on Thursday 30 November 2023. He "
        "then met Swedish Prime Minister Ulf Kristersson."
    )
    assert _meeting_dates(text, datetime.date(2023, 12, 2)) == ["2023-11-30"]


def test_meeting_narrative_dates_a_visit_without_a_last_day_is_under_way_on_the_day_filed() -> None:
    # Filed on Friday about a visit begun on Wednesday: Friday's lunch is Friday's.
    text = (
        "Prime Minister Ciaran Doyle arrived in Washington on Wednesday, 15 March, for a visit "
        "to the United States. This morning the Prime Minister attended a breakfast hosted by "
        "Vice President Dana Whitfield. He then joined a lunch hosted by Speaker Roy Castell "
        "at the Capitol."
    )
    assert _meeting_dates(text, datetime.date(2023, 3, 17)) == ["2023-03-17", "2023-03-17"]


def test_meeting_narrative_dates_a_day_after_the_filing_day_is_not_the_talks_day() -> None:
    # Filed on the day of arrival: a day told later in the story is past the visit known.
    text = (
        "Prime Minister Ciaran Doyle arrived in Washington on Wednesday, 15 March, for a visit "
        "to the United States. Congress votes on the budget on 29 March. He then met Speaker "
        "Roy Castell at the Capitol."
    )
    assert _meeting_dates(text, datetime.date(2023, 3, 15)) == ["2023-03-15"]


def test_meeting_narrative_dates_sideline_talks_told_next_take_the_day_just_told() -> None:
    text = (
        "On Thursday, President Mara Lindqvist held a bilateral with Premier Tomas Berg. "
        "Later in the day Lindqvist sat down with President Hugo Ferrer."
    )
    assert _meeting_dates(text, datetime.date(2023, 11, 17)) == ["2023-11-16", "2023-11-16"]


def test_meeting_narrative_dates_talks_not_told_as_the_next_step_keep_the_filing_day() -> None:
    # The day told before is another scene (an arrival): talks with no word of sequence keep
    # the document's day.
    text = (
        "Premier Tomas Berg flew to Lima on Thursday. Foreign Minister Ines Mora, who "
        "accompanied the Premier, also met Foreign Minister Hugo Ferrer."
    )
    assert _meeting_dates(text, datetime.date(2023, 11, 17)) == ["2023-11-17"]


def test_meeting_narrative_dates_the_same_night_is_the_day_just_told() -> None:
    """ "The same night" after an arrival told "the night of Monday, 14 July": that day, in a
    story whose dateline gives no year."""
    text = (
        "LIMA - The Chancellor of Ecuador, Gabriela Sommerfeld, is in Geneva for the Human "
        "Rights Council, where she arrived the night of Monday, 14 July. The same night, the "
        "Chancellor held a working meeting with the Minister of Foreign Affairs of Peru, Elmer "
        "Schialer."
    )
    assert _meeting_dates(text) == ["--07-14"]


def test_meeting_narrative_dates_that_night_as_a_day_of_the_past_is_still_its_own() -> None:
    """Counter-example: a full date in the sentence of "that night" is the talks' day."""
    text = (
        "Ecuadorian Foreign Minister Gabriela Sommerfeld arrived in Lima on 14 July 2025. On "
        "16 July 2025 she held talks with Peruvian Foreign Minister Elmer Schialer, recalling "
        "that night."
    )
    assert _meeting_dates(text) == ["2025-07-16"]


def test_meeting_narrative_dates_later_in_the_day_is_the_news_day_not_the_stays_first() -> None:
    text = (
        "President Lula, who is on a state visit to Japan from March 24 to 27, was welcomed by "
        "the Emperor at the Imperial Palace this morning.\n\n"
        "Later in the day, Lula met Prime Minister Shigeru Ishiba at his residence."
    )
    dates = _meeting_dates(text, datetime.date(2025, 3, 25))
    assert "2025-03-25" in dates and "2025-03-24" not in dates
