"""A further stop announced during a visit under way is that visit; dates that open a clause
take its tense; a role in another spelling ("the Amir") refers back like its usual one."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
MONDAY = datetime.date(2024, 3, 11)


def _dates(text: str) -> list[str]:
    return [d.start.lexical for d in PIPELINE(Document("t", "t", text, date=MONDAY)).dates]


def test_onward_stops_weekday_opening_a_future_clause_is_ahead() -> None:
    assert _dates("On Wednesday the Chancellor is to fly on to Osaka.") == ["2024-03-13"]
    assert _dates("On Wednesday, the Chancellor flew to Osaka and will stay.") == ["2024-03-06"]
    assert _dates("He said on Wednesday that he is to fly on.") == ["2024-03-06"]


def test_onward_stops_an_announced_stop_joins_the_visit_under_way() -> None:
    text = (
        "German Chancellor Olaf Scholz arrived in Tokyo on Saturday on an official visit to "
        "Japan. On Wednesday the Chancellor is to travel to Osaka, where he will visit a port."
    )
    visits = PIPELINE(Document("t", "t", text, date=MONDAY)).visits
    assert [(v.host_country, v.start and v.start.lexical, v.status) for v in visits] == [
        ("JP", "2024-03-09", "happened")
    ]


def test_onward_stops_the_amir_refers_to_the_emir() -> None:
    text = (
        "Emir of Kuwait Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah arrived in Ankara. "
        "Turkish President Recep Tayyip Erdogan then hosted the Amir at the palace."
    )
    document = PIPELINE(Document("t", "t", text, date=MONDAY))
    roles = [
        (text[m.span.start : m.span.end], m.person)
        for m in document.person_mentions
        if m.via == "role"
    ]
    assert roles == [("the Amir", "mishal-al-ahmad-al-jaber-al-sabah")]
