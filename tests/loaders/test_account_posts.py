"""A leader's thread of posts: the account holder lands, holds talks and meets, on the day of
each post's stamp."""

from __future__ import annotations

from tests.loaders.reading import read

THREAD = (
    "Anthony Albanese (@AlboMP)\n\n"
    "Landed in Malaysia. Looking forward to a busy couple of days.\n"
    "9:10 PM \u00b7 Jul 1, 2025\n\n"
    "Productive talks with Prime Minister Anwar Ibrahim in Putrajaya on trade and energy.\n"
    "11:30 AM \u00b7 Jul 2, 2025\n\n"
    "Arrived in Vietnam. Met President Luong Cuong this afternoon.\n"
    "4:45 PM \u00b7 Jul 3, 2025\n"
)


def _facts() -> tuple[set[tuple[str, str, str, str]], set[tuple[frozenset[str], str]]]:
    document = read(THREAD)
    names = {p.key: p.name for p in document.people}
    visits = {
        (names[v.visitor], v.host_country, v.start.lexical, v.end.lexical)
        for v in document.visits
        if v.start and v.end
    }
    meetings = {
        (frozenset(names[k] for k in m.participants), m.date.lexical)
        for m in document.meetings
        if m.date
    }
    return visits, meetings


def test_account_posts_arrivals_are_the_holders_visits_until_the_next_one() -> None:
    visits, _ = _facts()
    assert visits == {
        ("Anthony Albanese", "MY", "2025-07-01", "2025-07-02"),
        ("Anthony Albanese", "VN", "2025-07-03", "2025-07-03"),
    }


def test_account_posts_talks_are_the_holders_meetings_on_the_post_day() -> None:
    _, meetings = _facts()
    assert meetings == {
        (frozenset({"Anthony Albanese", "Anwar Ibrahim"}), "2025-07-02"),
        (frozenset({"Anthony Albanese", "Luong Cuong"}), "2025-07-03"),
    }


def test_account_posts_need_an_account_and_stamps() -> None:
    # A news story that happens to open with an arrival has a named subject elsewhere.
    text = (
        "Landed in Malaysia, the minister said, after a long flight.\n9:10 PM \u00b7 Jul 1, 2025\n"
    )
    document = read(text)
    assert document.visits == ()
