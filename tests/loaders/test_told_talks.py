""" "The two leaders" and "the two ministers" right after a sentence that told talks are the
people of those talks: the sentence belongs to them (a call stays a call), never to the
story's other meeting, and never makes a meeting of the story's principals."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 3, 6)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return sorted(dated_meetings(read(text, FILED)))


def test_told_talks_the_two_ministers_are_those_of_the_talks_just_told() -> None:
    text = (
        "Deputy Prime Minister Oskar Lind of Sweden arrived in Tbilisi on Wednesday on an "
        "official visit to Georgia. Foreign Minister Nino Beridze received Deputy Prime Minister "
        "Lind on Wednesday. Minister Beridze and Minister Pavel Rusu of Moldova held talks at "
        "the Foreign Ministry. The two ministers welcomed the steady growth of trade between "
        "the two countries. President Levan Gelashvili had visited Chisinau in 2019."
    )
    found = _meetings(text)
    assert (["Nino Beridze", "Oskar Lind"], "2025-03-05") in found
    assert any(people == ["Nino Beridze", "Pavel Rusu"] for people, _ in found)
    # the sentence joins the talks just told, not the guest's earlier reception
    document = read(text, FILED)
    names = {p.key: p.name for p in document.people}
    welcomed = document.text.index("The two ministers")
    joined = [
        sorted(names[k] for k in m.participants)
        for m in document.meetings
        if any(span.start == welcomed for span in m.evidence)
    ]
    assert joined == [["Nino Beridze", "Pavel Rusu"]]


def test_told_talks_the_two_leaders_after_a_call_are_the_call() -> None:
    text = (
        "Foreign Minister Kaito Hayashi of Japan arrived in Apia on 25 February on an official "
        "visit to Samoa. On 26 February, Foreign Minister Hayashi held talks with Prime "
        "Minister Tuila Fiame in Apia. On the evening of 26 February, the Prime Minister also "
        "held a telephone conversation with the Prime Minister of Tonga, Sione Fifita. The two "
        "leaders welcomed the progress of the ocean fund, and Mr Fifita reaffirmed that Tonga "
        "would support it."
    )
    document = read(text, FILED)
    names = {p.key: p.name for p in document.people}
    assert sorted(
        (sorted(names[k] for k in m.participants), m.date.lexical if m.date else None, m.mode)
        for m in document.meetings
    ) == [
        (["Kaito Hayashi", "Tuila Fiame"], "2025-02-26", "in-person"),
        (["Sione Fifita", "Tuila Fiame"], "2025-02-26", "phone"),
    ]


def test_told_talks_the_two_leaders_after_a_visit_sentence_are_the_principals() -> None:
    # near-miss: the sentence before tells no talks, so the pair is the story's two leaders
    text = (
        "President Marta Oliveira of Portugal arrived in Accra on Tuesday for a state visit "
        "to Ghana. She was received by President Kwame Asante at Jubilee House. The visit is "
        "her first to West Africa. The two leaders held talks on trade and energy."
    )
    assert [people for people, _ in _meetings(text)] == [["Kwame Asante", "Marta Oliveira"]]


def test_told_talks_a_pair_named_before_the_noun_stays_that_pair() -> None:
    # near-miss: the sentence names its own pair before "the two ministers"
    text = (
        "Foreign Minister Nino Beridze held talks with Minister Pavel Rusu of Moldova on "
        "Tuesday. On Wednesday, Minister Beridze received Minister Ilona Varga of Hungary, after "
        "which the two ministers signed a memorandum on transport."
    )
    assert [people for people, _ in _meetings(text)] == [
        ["Ilona Varga", "Nino Beridze"],
        ["Nino Beridze", "Pavel Rusu"],
    ]


def test_told_talks_the_two_leaders_after_a_call_of_someone_unnamed_add_nothing() -> None:
    # the call's first party is only "the Prime Minister": "the two leaders" are that call's,
    # so the one named beside the phrase joins no talks in person
    text = (
        "Foreign Minister Kaito Hayashi of Japan arrived in Apia on 25 February on an official "
        "visit to Samoa. On 26 February, Foreign Minister Hayashi held talks with Foreign "
        "Minister Lealofi Taua in Apia. On the evening of 26 February, the Prime Minister also "
        "held a telephone conversation with the Prime Minister of Tonga, Sione Fifita. The two "
        "leaders welcomed the progress of the ocean fund, and Mr Fifita reaffirmed that Tonga "
        "would support it."
    )
    assert _meetings(text) == [(["Kaito Hayashi", "Lealofi Taua"], "2025-02-26")]
