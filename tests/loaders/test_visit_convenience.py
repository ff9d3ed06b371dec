"""An invitation or an intention left to "a convenient time" is no visit until it is accepted;
an accepted one is announced, without a date."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_FILED = datetime.date(2025, 3, 4)


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.visitor or "", r.host_country, r.start, r.status) for r in visit_rows(text, _FILED)}


@pytest.mark.parametrize(
    "text",
    [
        "The Tanzanian President Samia Suluhu Hassan extended an invitation to His Highness the "
        "Emir to visit Tanzania at a convenient time.",
        "President Yoon Suk Yeol has been invited to visit Norway at a time convenient to both "
        "parties.",
        "The Peruvian government has invited President Gustavo Petro to visit Peru at a time "
        "convenient to both sides.",
        "Prime Minister Nikol Pashinyan reaffirmed his invitation to President Ilham Aliyev to "
        "pay a visit to Armenia at a mutually convenient time.",
        "President Emmanuel Macron expressed his intention to pay a visit to Brazil at a "
        "convenient time.",
        "Chilean President Michelle Bachelet said she would visit Ecuador 'when the agenda "
        "allows.'",
        "Chancellor Olaf Scholz invited President Cyril Ramaphosa to visit Germany at his "
        "earliest convenience.",
        "A visit to Iceland by Foreign Minister Tomas Leclerc is planned 'at a suitable date', "
        "according to the Icelandic side.",
        "Prime Minister Ida Strand intends to pay a visit to Ghana at an appropriate time.",
    ],
)
def test_visit_convenience_an_invitation_or_intention_without_a_time_is_no_visit(
    text: str,
) -> None:
    assert _visits(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "President Emmanuel Macron invited President Lula to visit France at a convenient time, "
        "and the invitation was accepted with pleasure.",
        "President Emmanuel Macron invited President Lula to visit France at a convenient time. "
        "Lula accepted the invitation.",
    ],
)
def test_visit_convenience_an_accepted_invitation_is_announced_without_a_date(text: str) -> None:
    assert _visits(text) == {("Lula", "FR", None, "announced")}


def test_visit_convenience_a_date_told_before_the_vague_words_keeps_the_visit() -> None:
    text = (
        "President Emmanuel Macron will visit Brazil in June, at a time convenient to both sides."
    )
    assert _visits(text) == {("Emmanuel Macron", "BR", "2025-06", "announced")}


def test_visit_convenience_a_convenient_venue_is_no_vague_time() -> None:
    text = (
        "Prime Minister Narendra Modi paid a visit to Kenya on Monday and called Nairobi a "
        "convenient hub for trade."
    )
    assert _visits(text) == {("Narendra Modi", "KE", "2025-03-03", "happened")}


def test_visit_convenience_a_suitable_venue_is_no_vague_time() -> None:
    text = (
        "Prime Minister Narendra Modi paid a visit to Kenya on Monday and called Nairobi a "
        "suitable place for a regional hub."
    )
    assert _visits(text) == {("Narendra Modi", "KE", "2025-03-03", "happened")}


@pytest.mark.parametrize(
    "text",
    [
        "President Rolando Ibarra expressed his desire to visit Norway in a convenient moment, "
        "without a date having been set.",
        "The Chancellor Mirta Vallejos expressed her intention to travel to Uruguay when the "
        "agendas of both ministries allow it.",
        "Prime Minister Tomas Kral, according to the programme, is expected to visit Austria when "
        "the circumstances allow.",
        "President Joseph Kalonji also expressed the wish to visit Rwanda one day.",
        "Foreign Minister Aino Virta voiced her hope to travel to Chile at a date to be agreed.",
    ],
)
def test_visit_convenience_a_wish_left_to_a_vague_time_is_no_visit(text: str) -> None:
    assert _visits(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Wen Lihua will pay a state visit to Angola at dates to be fixed.",
            {("Wen Lihua", "AO", None, "announced")},
        ),
        (
            "President Ana Duarte accepted the invitation of President Joao Lourenco to pay a "
            "state visit to Angola, at dates to be fixed.",
            {("Ana Duarte", "AO", None, "announced")},
        ),
        (
            "President Joseph Kalonji visited Rwanda on Monday and flew home one day later.",
            {("Joseph Kalonji", "RW", "2025-03-03", "happened")},
        ),
    ],
)
def test_visit_convenience_planned_or_told_days_stay_visits(
    text: str, expected: set[tuple[str, str, str | None, str]]
) -> None:
    assert _visits(text) == expected
