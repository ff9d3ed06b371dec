"""Visit dates from news of the day: datelines with an agency, the present perfect, and the
mentions of one trip on neighbouring days."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate, Visit
from dkg.loaders.steps.merging import merge_visits
from tests.visit_rows import visit_rows

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str | None]]:
    return [(r.host_country, r.start) for r in visit_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lusaka, March 4, ZNBC. President of Malawi Lazarus Chakwera has arrived in Zambia "
            "on a working visit.",
            [("ZM", "--03-04")],
        ),
        (
            "Talks in Dodoma\n\nDodoma, 12 July, TSN. Prime Minister of Mozambique "
            "Adriano Maleiane "
            "has landed in Tanzania on an official visit.",
            [("TZ", "--07-12")],
        ),
        (
            "Tbilisi, May 9, 2023, GPB - President of Armenia Vahagn Khachaturyan has arrived in "
            "Georgia on a state visit.",
            [("GE", "2023-05-09")],
        ),
    ],
)
def test_visit_dates_dateline_with_agency_dates_news_of_the_day(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _visits(text) == expected


def test_visit_dates_past_arrival_without_a_date_stays_undated() -> None:
    text = "Years ago, President of Malawi Lazarus Chakwera arrived in Zambia on a working visit."
    assert _visits(text) == [("ZM", None)]


def _visit(day: int, month: int = 3) -> Visit:
    return Visit(
        visitor="lazarus-chakwera",
        visitor_country="MW",
        host_country="ZM",
        place=None,
        start=PartialDate(None, month, day),
        end=None,
        visit_type="unspecified",
        status="happened",
        evidence=(),
    )


@pytest.mark.parametrize(
    ("days", "merged_starts"),
    [
        ([(4, 3), (3, 3)], ["--03-03"]),
        ([(4, 3), (9, 3)], ["--03-04"]),
        ([(4, 3), (20, 3)], ["--03-04", "--03-20"]),
        ([(30, 3), (2, 4)], ["--03-30"]),
    ],
)
def test_visit_dates_neighbouring_days_are_one_trip(
    days: list[tuple[int, int]], merged_starts: list[str]
) -> None:
    merged = merge_visits([_visit(d, m) for d, m in days])
    assert [v.start.lexical for v in merged if v.start] == merged_starts


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The trip is to Chile, and President Luis Arce arrived in Santiago in May 2023.",
            "happened",
        ),
        ("President Luis Arce is to visit Chile in May 2025.", "announced"),
        ("President Luis Arce is to travel to Chile in May 2025.", "announced"),
    ],
)
def test_visit_dates_is_to_a_place_is_not_a_plan(text: str, status: str) -> None:
    assert [v.status for v in PIPELINE(Document("t", "t", text)).visits] == [status]


def test_visit_dates_a_weekday_with_its_date_fixes_the_weekdays_after_it() -> None:
    text = (
        "SANTIAGO - President Gabriel Boric received Uruguayan President Luis Lacalle Pou on "
        "Thursday, March 7, at the start of a two-day official visit to Chile.\n\n"
        "On Friday, the two presidents visited a port.\n\n"
        "In the evening, Lacalle Pou flew to Argentina for talks in Buenos Aires."
    )
    document = PIPELINE(Document("t", "t", text))
    assert sorted({d.start.lexical for d in document.dates}) == ["--03-07", "--03-08"]
    assert ("AR", "--03-08") in {
        (v.host_country, v.start.lexical if v.start else None) for v in document.visits
    }


def test_visit_dates_a_clause_about_where_the_visitor_came_from_does_not_date_the_visit() -> None:
    text = (
        "Egyptian President Amr Fathy arrived in Amman from Baghdad, where he had held talks "
        "with the Iraqi premier on Monday, and began his visit to Jordan on Tuesday."
    )
    rows = visit_rows(text, datetime.date(2024, 5, 8))
    assert [(r.host_country, r.start) for r in rows if r.host_country == "JO"] == [
        ("JO", "2024-05-07")
    ]


def test_visit_dates_a_clause_about_the_destination_still_dates_the_visit() -> None:
    text = "Egyptian President Amr Fathy arrived in Amman, where he began a visit on Tuesday."
    rows = visit_rows(text, datetime.date(2024, 5, 8))
    assert [(r.host_country, r.start) for r in rows] == [("JO", "2024-05-07")]
