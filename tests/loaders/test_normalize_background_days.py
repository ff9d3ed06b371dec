"""A day told in a background clause (", who arrived ... on Sunday evening", "had arrived on
the evening of 3 May") does not become the day "later in the day" or "the same day" go on
with: those keep to the day the narrative is on. Counting days from it still works, and so
does a day told in the main clause."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

TUESDAY = datetime.date(2024, 10, 15)
FILED = datetime.date(2024, 5, 6)


def _days(text: str, filed: datetime.date | None) -> list[str]:
    return [m.start.lexical for m in read(text, filed).dates]


def test_normalize_background_days_relative_clause_does_not_anchor_later_in_the_day() -> None:
    text = (
        "Slovak Foreign Minister Juraj Blanar and his Slovenian counterpart Tanja Fajon agreed "
        "Tuesday to open a joint consulate in Skopje.\n\n"
        "Blanar, who arrived in Ljubljana on Monday evening on his first official visit, also "
        "met President Natasa Pirc Musar later in the day."
    )
    assert _days(text, TUESDAY) == ["2024-10-15", "2024-10-14", "2024-10-15"]
    assert (["Juraj Blanar", "Natasa Pirc Musar"], "2024-10-15") in dated_meetings(
        read(text, TUESDAY)
    )


def test_normalize_background_days_later_that_day_after_a_relative_clause() -> None:
    text = (
        "Slovak Foreign Minister Juraj Blanar held talks with Slovenian Foreign Minister Tanja "
        "Fajon on Tuesday in Ljubljana.\n\n"
        "Blanar, who had flown in on Monday night, met Prime Minister Robert Golob later that "
        "day."
    )
    assert _days(text, TUESDAY)[-1] == "2024-10-15"


def test_normalize_background_days_past_perfect_does_not_anchor_the_same_day() -> None:
    text = (
        "On the morning of 4 May, Speaker Ana Brnabic chaired the welcome ceremony for the "
        "Speaker of the Parliament of Montenegro, Andrija Mandic, who is on an official visit "
        "to Serbia. Right after the ceremony, the two Speakers held talks.\n\n"
        "The Montenegrin delegation had arrived in Belgrade on the evening of 3 May.\n\n"
        "On the afternoon of the same day, President Aleksandar Vucic received Andrija Mandic."
    )
    assert _days(text, FILED) == ["2024-05-04", "2024-05-03", "2024-05-04"]
    assert (["Aleksandar Vucic", "Andrija Mandic"], "2024-05-04") in dated_meetings(
        read(text, FILED)
    )


def test_normalize_background_days_the_next_day_still_counts_from_the_arrival() -> None:
    text = (
        "The Montenegrin delegation had arrived in Belgrade on the evening of 3 May.\n\n"
        "The next day, President Aleksandar Vucic received Andrija Mandic."
    )
    assert _days(text, FILED) == ["2024-05-03", "2024-05-04"]


def test_normalize_background_days_simple_past_had_talks_is_the_narrative() -> None:
    text = (
        "The two speakers met on 2 May in Podgorica.\n\n"
        "Mandic had talks with Brnabic on 4 May in Belgrade. Later in the day, Mandic met "
        "President Aleksandar Vucic."
    )
    assert _days(text, FILED) == ["2024-05-02", "2024-05-04", "2024-05-04"]


def test_normalize_background_days_without_a_narrative_day_the_clause_day_serves() -> None:
    text = (
        "Mandic, who had arrived in Belgrade on 3 May, met President Aleksandar Vucic the same day."
    )
    assert _days(text, FILED) == ["2024-05-03", "2024-05-03"]


def test_normalize_background_days_main_clause_day_anchors_a_where_clause() -> None:
    text = (
        "Blanar landed in Ljubljana late on Monday after a stop in Zagreb, where he had met "
        "Croatia's prime minister earlier in the day."
    )
    assert _days(text, TUESDAY) == ["2024-10-14", "2024-10-14"]
