"""Visits in the many ways news phrases them, from both sides, with status and type."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

JULY_8 = datetime.date(2024, 7, 8)


def _visits(text: str, date: datetime.date | None = JULY_8) -> list[tuple[object, ...]]:
    return [
        (r.visitor, r.visitor_country, r.host_country, r.city, r.start, r.visit_type, r.status)
        for r in visit_rows(text, date)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of Ghana Nana Akufo-Addo paid a state visit to Portugal on 2-4 July.",
            ("Nana Akufo-Addo", "GH", "PT", None, "2024-07-02", "state", "happened"),
        ),
        (
            "Mongolian President Ukhnaagiin Khurelsukh arrived in Seoul on an official visit.",
            ("Ukhnaagiin Khurelsukh", "MN", "KR", "Seoul", None, "official", "happened"),
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh is on a working visit to Singapore.",
            ("Pham Minh Chinh", "VN", "SG", None, "2024-07-08", "working", "happened"),
        ),
        (
            "Italian Prime Minister Giorgia Meloni will pay an official visit to Japan next year.",
            ("Giorgia Meloni", "IT", "JP", None, "2025", "official", "announced"),
        ),
        (
            "Polish President Andrzej Duda welcomed Lithuanian President Gitanas Nauseda, who is in"
            " Poland on a state visit.",
            ("Gitanas Nauseda", "LT", "PL", None, "2024-07-08", "state", "happened"),
        ),
        (
            "Within the framework of his visit to Azerbaijan, Georgian Prime Minister Irakli "
            "Kobakhidze toured Baku.",
            ("Irakli Kobakhidze", "GE", "AZ", "Baku", None, "unspecified", "happened"),
        ),
        (
            "The state visit of Dutch King Willem-Alexander to Canada was postponed.",
            ("Willem-Alexander", "NL", "CA", None, None, "state", "postponed"),
        ),
        (
            "Argentine President Javier Milei cancelled his visit to Brazil.",
            ("Javier Milei", "AR", "BR", None, None, "unspecified", "cancelled"),
        ),
        (
            "Indian Prime Minister Narendra Modi invited Egyptian President Abdel Fattah el-Sisi to"
            " visit India, and he accepted.",
            ("Abdel Fattah el-Sisi", "EG", "IN", None, None, "unspecified", "announced"),
        ),
        (
            "The agreements were reached during the state visit of President of Kenya William Ruto"
            " to the United States in May 2024.",
            ("William Ruto", "KE", "US", None, "2024-05", "state", "happened"),
        ),
    ],
)
def test_visits_phrasing_families(text: str, expected: tuple[object, ...]) -> None:
    assert _visits(text) == [expected]


def test_visits_host_and_visitor_side_reports_agree() -> None:
    visitor_side = "Peruvian President Dina Boluarte paid an official visit to Chile on 5 June."
    host_side = (
        "Chilean President Gabriel Boric received Peruvian President Dina Boluarte, who is in"
        " Chile on an official visit, on 5 June."
    )
    assert _visits(visitor_side) == _visits(host_side)


def test_visits_distractors_are_not_visits() -> None:
    text = (
        "A monument to the poet Abai was unveiled in Moscow. The Victory Day parade took place.\n"
        "Photo: President Macron during a visit to Algeria in 2022.\n"
        "Maria Lopez is a professor of history who visited Japan in 2019.\n"
    )
    assert _visits(text) == []


def test_visits_made_by_an_untitled_person_in_the_past() -> None:
    text = (
        "The last state visit to Spain by an Irish head of state was made by Mary Robinson in 1993."
    )
    assert _visits(text) == [("Mary Robinson", None, "ES", None, "1993", "state", "happened")]


def test_visits_a_trip_that_had_been_due_and_was_called_off_is_one_cancelled_visit() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida has cancelled his planned visit to Canberra this "
        "year. Kishida had been due to travel to Australia on 12 March."
    )
    assert _visits(text) == [
        ("Fumio Kishida", "JP", "AU", "Canberra", "2024-03-12", "unspecified", "cancelled")
    ]


def test_visits_a_delegation_is_visited_by_whoever_leads_it() -> None:
    text = (
        "President of Kazakhstan Kassym-Jomart Tokayev received a delegation led by Foreign "
        "Minister of Oman Badr Albusaidi, who is in Kazakhstan on an official visit."
    )
    assert _visits(text) == [
        ("Badr Albusaidi", "OM", "KZ", None, "2024-07-08", "official", "happened")
    ]
