"""Meetings and talks: participants, date, place, mode; collective reports of one meeting."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 10, 2)


def _meetings(text: str, date: datetime.date | None = DAY) -> list[tuple[object, ...]]:
    document = PIPELINE(Document("t", "t", text, date=date))
    names = {p.key: p.name for p in document.people}
    return [
        (
            sorted(names[k] for k in m.participants),
            m.date.lexical if m.date else None,
            m.place.name if m.place else None,
            m.mode,
            m.formats,
        )
        for m in document.meetings
    ]


def test_meetings_talks_with_place_date_and_formats() -> None:
    text = (
        "Uzbek President Shavkat Mirziyoyev held talks in narrow and extended formats with "
        "Turkmen President Serdar Berdimuhamedov in Ashgabat on 1 October."
    )
    assert _meetings(text) == [
        (
            ["Serdar Berdimuhamedov", "Shavkat Mirziyoyev"],
            "2024-10-01",
            "Ashgabat",
            "in-person",
            ("narrow", "extended"),
        )
    ]


def test_meetings_phone_call_with_a_named_counterpart() -> None:
    text = (
        "Kenyan President William Ruto spoke by phone with his Ugandan counterpart Yoweri Museveni."
    )
    assert _meetings(text) == [
        (["William Ruto", "Yoweri Museveni"], "2024-10-02", None, "phone", ())
    ]


def test_meetings_collective_report_takes_the_acting_people_and_document_date() -> None:
    text = (
        "The parties discussed cooperation in agriculture. Ambassador Nakamura stressed the "
        "importance of trade. Deputy Minister Osei noted the growth of tourism."
    )
    assert _meetings(text) == [(["Nakamura", "Osei"], "2024-10-02", None, "in-person", ())]


def test_meetings_repeated_mentions_are_one_meeting() -> None:
    text = (
        "Swedish Prime Minister Ulf Kristersson met with Norwegian Prime Minister Jonas Gahr "
        "Store in Oslo. After the meeting, Kristersson and Store held a press conference."
    )
    assert len(_meetings(text)) == 1


def test_meetings_future_talks_are_not_meetings() -> None:
    text = "Chilean President Gabriel Boric will meet Bolivian President Luis Arce next week."
    assert _meetings(text) == []


def test_meetings_the_two_presidents_are_the_visitor_and_the_host() -> None:
    text = (
        "Ecuadorian President Daniel Noboa arrived in Lima on an official visit at the invitation"
        " of Peruvian President Dina Boluarte. The two presidents held talks at the palace."
    )
    assert [m[0] for m in _meetings(text)] == [["Daniel Noboa", "Dina Boluarte"]]


def test_meetings_spoke_with_by_telephone_and_talks_as_a_noun() -> None:
    call = "Nigerian President Bola Tinubu spoke with Ghanaian President John Mahama by telephone."
    assert [(m[0], m[3]) for m in _meetings(call)] == [(["Bola Tinubu", "John Mahama"], "phone")]
    noun = (
        "Chilean President Gabriel Boric arrived in Quito on a state visit at the invitation of "
        "Ecuadorian President Daniel Noboa. After talks in a restricted format, the two "
        "presidents signed a trade accord."
    )
    assert [m[4] for m in _meetings(noun)] == [("narrow",)]
