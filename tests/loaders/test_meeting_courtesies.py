"""Talks and the courtesies around them: a welcome at the airport, talks counted in hours, talks
planned for a trip that was called off, and the visit that talks held abroad tell."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from tests.loaders import reading

PIPELINE = default_pipeline()
DAY = datetime.date(2023, 10, 29)


def _document(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=DAY))


def _meetings(text: str) -> list[list[str]]:
    return reading.meetings(_document(text))


def test_airport_welcome_before_the_talks_is_not_a_meeting_of_its_own() -> None:
    text = (
        "German Chancellor Olaf Scholz landed in Abuja, where he was welcomed at the airport by "
        "Vice President Kashim Shettima, and held talks with President Bola Ahmed Tinubu."
    )
    meetings = _meetings(text)
    assert len(meetings) == 1
    assert {"Olaf Scholz", "Bola Ahmed Tinubu"} <= set(meetings[0])


def test_airport_welcome_alone_is_not_a_meeting() -> None:
    received = (
        "Crown Prince Mohammed bin Salman was received at the airport by President Abdel "
        "Fattah al-Sisi."
    )
    greeted_after = (
        "On landing at Entebbe International Airport the Chancellor, Karl Brandt, was greeted "
        "by Vice President Jessica Alupo."
    )
    welcomed = "Prime Minister Rui Costa welcomed President Ana Lima at the city's airport."
    on_arrival = "On arrival in Lisbon, President Ana Lima was greeted by Minister Rui Costa."
    air_base = "President Ana Lima was received at the Figo Maduro air base by Minister Rui Costa."
    assert _meetings(received) == _meetings(greeted_after) == _meetings(welcomed) == []
    assert _meetings(on_arrival) == _meetings(air_base) == []


def test_a_welcome_at_the_palace_is_still_a_meeting() -> None:
    text = "President Ana Lima was received at the presidential palace by President Rui Costa."
    assert _meetings(text) == [["Ana Lima", "Rui Costa"]]


def test_talks_counted_in_hours_are_a_meeting() -> None:
    text = (
        "Greek Foreign Minister Nikos Dendias and his Egyptian counterpart Sameh Shoukry signed "
        "the accord after more than an hour of talks."
    )
    assert _meetings(text) == [["Nikos Dendias", "Sameh Shoukry"]]


def test_talks_planned_for_a_trip_that_was_called_off_are_not_a_meeting() -> None:
    text = (
        "President Moon Jae-in had been scheduled to hold a summit with Chilean President "
        "Sebastián Piñera in Santiago on Nov. 16."
    )
    assert _meetings(text) == []


def test_talks_abroad_tell_a_visit_by_the_foreign_participant() -> None:
    text = (
        "On Monday, Japanese Prime Minister Fumio Kishida was received in Abu Dhabi by "
        "President of the United Arab Emirates Mohamed bin Zayed Al Nahyan."
    )
    document = _document(text)
    [visit] = document.visits
    assert (visit.visitor, visit.host_country, visit.status) == ("fumio-kishida", "AE", "happened")
    assert document.meetings[0].during_visit == 0


def test_the_host_at_home_makes_no_visit_whatever_the_venue() -> None:
    text = (
        "German Chancellor Olaf Scholz arrived in Warsaw on an official visit. Polish Prime "
        "Minister Donald Tusk welcomed Scholz at the Chancellery in Berlin."
    )
    visits = [(v.visitor, v.host_country) for v in _document(text).visits]
    assert visits == [("olaf-scholz", "PL")]


def test_a_year_that_qualifies_a_noun_does_not_date_the_talks() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni met Chairperson Moussa Faki Mahamat and laid a "
        "wreath for the victims of the massacre of 1937."
    )
    dates = [m.date.lexical if m.date else None for m in _document(text).meetings]
    assert dates == ["2023-10-29"]


def test_ministers_who_took_part_in_the_talks_join_them() -> None:
    text = (
        "President Recep Tayyip Erdoğan held talks with Emir Tamim bin Hamad Al Thani in Doha. "
        "Foreign Minister Hakan Fidan and Foreign Minister Mohammed bin Abdulrahman Al Thani "
        "also took part in the talks. Erdoğan thanked Emir Al Thani."
    )
    document = _document(text)
    assert len(document.meetings) == 1
    assert len(document.meetings[0].participants) == 4
    assert "Al Thani" not in [p.name for p in document.people]


def test_the_day_of_a_relative_clause_about_a_participant_does_not_date_the_talks() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni held talks with Ethiopian Prime Minister Abiy "
        "Ahmed on Saturday. Meloni, who flew in on Friday evening, was greeted by Abiy at the "
        "palace, where the two leaders discussed migration."
    )
    dates = {m.date.lexical if m.date else None for m in _document(text).meetings}
    assert dates == {"2023-10-28"}


def test_the_person_a_relative_clause_names_is_not_at_the_talks() -> None:
    text = (
        "Foreign Minister Penny Wong, who accompanied Prime Minister Anthony Albanese, also met "
        "Foreign Minister Winston Peters on Sunday."
    )
    assert _meetings(text) == [["Penny Wong", "Winston Peters"]]


def test_a_counterpart_named_in_apposition_is_that_person() -> None:
    text = (
        "Foreign Minister Sameh Shoukry met President Cyril Ramaphosa on Saturday. "
        "Minister of Foreign Affairs Naledi Pandor held talks with her Egyptian counterpart, "
        "Foreign Minister Nabila Makram, on Sunday."
    )
    meetings = _meetings(text)
    assert ["Nabila Makram", "Naledi Pandor"] in meetings
    assert not any("Sameh Shoukry" in m and "Naledi Pandor" in m for m in meetings)


def test_him_after_a_second_person_is_the_one_who_travelled() -> None:
    text = (
        "Foreign Minister Ana Weber spoke with Minister Emil Lund on Monday. "
        "President Luis Abinader travelled to Madrid on Tuesday, where Prime Minister Pedro "
        "Sánchez received him."
    )
    meetings = _meetings(text)
    assert ["Luis Abinader", "Pedro Sánchez"] in meetings
    assert not any("Emil Lund" in m and "Pedro Sánchez" in m for m in meetings)


def test_the_leader_hosted_for_dinner_is_the_guest_named_before() -> None:
    text = (
        "Prime Minister Kiri Tane arrived in Lima on Sunday.\n\n"
        "That evening President Rosa Paz hosted the Prime Minister for a dinner at the palace."
    )
    assert ["Kiri Tane", "Rosa Paz"] in _meetings(text)


def test_the_same_leaders_on_two_days_are_two_meetings() -> None:
    text = (
        "President Rosa Paz met Prime Minister Kiri Tane in Lima on 3 October 2023. "
        "President Rosa Paz met Prime Minister Kiri Tane again in Cusco on 4 October 2023."
    )
    assert len(_meetings(text)) == 2


def test_calling_on_a_leader_is_a_meeting_but_calling_on_him_to_act_is_not() -> None:
    courtesy = "Prime Minister Kiri Tane called on President Rosa Paz in Lima on Monday."
    assert _meetings(courtesy) == [["Kiri Tane", "Rosa Paz"]]
    appeal = "Prime Minister Kiri Tane called on President Rosa Paz to release the prisoners."
    assert _meetings(appeal) == []


def test_leaders_who_had_spoken_by_telephone_met_by_phone() -> None:
    text = "President Rosa Paz and Prime Minister Kiri Tane had spoken by telephone on Friday."
    assert _meetings(text) == [["Kiri Tane", "Rosa Paz"]]


def test_talks_after_an_airport_welcome_are_the_meeting() -> None:
    text = (
        "Chilean President Ana Lima arrived in Lisbon on Monday and was received at the airport "
        "by Portuguese President Rui Costa. The two men then held talks at the palace."
    )
    assert _meetings(text) == [["Ana Lima", "Rui Costa"]]


def test_a_roundtable_held_with_a_leader_is_a_meeting_but_one_addressed_is_not() -> None:
    held = (
        "Prime Minister Kiri Tane held a roundtable with ministers led by Prime Minister Rosa Paz."
    )
    assert _meetings(held) == [["Kiri Tane", "Rosa Paz"]]
    addressed = (
        "Prime Minister Kiri Tane and President Rosa Paz addressed a business round table in Lima."
    )
    assert _meetings(addressed) == []
