"""First-person statements signed at the end: "I", "me" and "my" are the signer."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()

RELEASE = (
    "Statement: my visit to Fiji\n\n"
    "This morning I am in Suva on my first visit to the Pacific as leader. "
    "I first came to Fiji in March 2019 as a minister.\n\n"
    "Prime Minister Sitiveni Rabuka welcomed me at Government House, and we held talks.\n\n"
    "I thanked the Prime Minister for his warm hospitality and invited him to visit New Zealand. "
    "Prime Minister Rabuka accepted my invitation.\n\n"
    "Christopher Luxon, Prime Minister of New Zealand\n"
)


def _run(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 9, 3)))


def test_first_person_visits_of_the_signer_and_of_the_invited_host() -> None:
    document = _run(RELEASE)
    names = {p.key: p.name for p in document.people}
    visits = {
        (names[v.visitor], v.host_country, v.start.lexical if v.start else None, v.status)
        for v in document.visits
    }
    assert visits == {
        ("Christopher Luxon", "FJ", "2024-09-03", "happened"),
        ("Christopher Luxon", "FJ", "2019-03", "happened"),
        ("Sitiveni Rabuka", "NZ", None, "announced"),
    }


def test_first_person_meeting_with_the_signer() -> None:
    document = _run(RELEASE)
    names = {p.key: p.name for p in document.people}
    assert [sorted(names[k] for k in m.participants) for m in document.meetings] == [
        ["Christopher Luxon", "Sitiveni Rabuka"]
    ]


def test_first_person_without_a_signature_refers_to_no_one() -> None:
    text = "I am in Suva on my first visit. Prime Minister Sitiveni Rabuka welcomed me.\n"
    document = _run(text)
    assert [p.name for p in document.people] == ["Sitiveni Rabuka"]
    assert document.visits == ()


def test_first_person_quoted_words_are_the_speaker_s() -> None:
    text = (
        'President William Ruto told reporters: "I am glad to be here."\n\n'
        "Yoweri Museveni, President of Uganda\n"
    )
    document = _run(text)
    museveni = next(p for p in document.people if p.name == "Yoweri Museveni")
    quoted = [m for m in document.person_mentions if m.person == museveni.key and m.via != "name"]
    assert quoted == []
