"""A leader a feature names without a title ("When Narendra Modi stood before Congress") is a
person once the text has them hold talks with someone it introduced ("Biden and Modi held
talks"), and their visits and meetings are read."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.talks_partners import _PAIR, _SECOND_SIDE

PIPELINE = default_pipeline()


def _run(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2023, 6, 26)))


@pytest.mark.parametrize(
    "talks",
    [
        "Biden and Silva then held talks in the Oval Office on 22 June.",
        "Silva and Biden met in the Oval Office on 22 June.",
        "On 22 June Biden and Silva held talks in the Oval Office.",
    ],
)
def test_talks_partners_an_untitled_leader_in_talks_is_a_person(talks: str) -> None:
    text = (
        "When Ana Silva stood before Congress, lawmakers cheered. President Joe Biden hosted "
        f"the visit. {talks}"
    )
    document = _run(text)
    assert {p.name for p in document.people} == {"Joe Biden", "Ana Silva"}
    assert [
        (set(m.participants), m.date.lexical if m.date else None) for m in document.meetings
    ] == [({"joe-biden", "ana-silva"}, "2023-06-22")]


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden met the press. Biden and Congress met on Monday.",
        "President Joe Biden welcomed the delegation. Japan and Biden held talks on Monday.",
        "Boeing and Airbus held talks on Monday.",
    ],
)
def test_talks_partners_a_body_or_a_country_is_no_person(text: str) -> None:
    assert {p.name for p in _run(text).people} <= {"Joe Biden"}


def test_talks_partners_a_portfolio_before_the_name_is_no_person() -> None:
    text = "Minister of Foreign Affairs and Trade Anna Kovacs met the envoy on Monday."
    assert {p.name for p in _run(text).people} == {"Anna Kovacs"}


def test_talks_partners_a_family_name_written_first_is_the_known_person() -> None:
    text = (
        "Chinese President Xi Jinping arrived in Moscow on Monday. Russian President Vladimir "
        "Putin and Xi held talks in the Kremlin."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 3, 21)))
    assert sorted(p.name for p in document.people) == ["Vladimir Putin", "Xi Jinping"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Emil Sandor, who is in Hungary on a state visit, held talks with President Ilona Varga.",
        "Emil Sandor held talks with President Ilona Varga in Budapest.",
        "Emil Sandor met with President Ilona Varga in Budapest.",
    ],
)
def test_talks_partners_an_untitled_subject_of_talks_with_a_known_person_is_a_person(
    sentence: str,
) -> None:
    # Sites that name their own head of state write the name alone ("Vladimir Putin held
    # talks with President X").
    document = _run(sentence)
    names = {p.key: p.name for p in document.people}
    assert [sorted(names[k] for k in m.participants) for m in document.meetings] == [
        ["Emil Sandor", "Ilona Varga"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # A body, not a person, opens the sentence.
        "Foreign Affairs Committee held talks with President Ilona Varga in Budapest.",
        # Talks with no one the text knows: nothing tells the name is a person's.
        "Emil Sandor held talks with officials in Budapest.",
    ],
)
def test_talks_partners_a_subject_that_is_no_person_or_has_no_known_partner_is_left(
    sentence: str,
) -> None:
    names = {p.name for p in _run(sentence).people}
    assert "Emil Sandor" not in names
    assert "Foreign Affairs Committee" not in names


@pytest.mark.parametrize(
    "sentence",
    [
        "Biden and Modi then held talks.",
        "On Monday, Biden and al-Sisi met in Cairo.",
        "Biden and Lula da Silva spoke by phone.",
        "Biden and J. Modi conferred on trade.",
    ],
)
def test_talks_partners_every_pair_holds_the_second_side_its_scan_is_gated_on(
    sentence: str,
) -> None:
    pair = _PAIR.search(sentence)
    assert pair is not None
    assert _SECOND_SIDE.match(sentence, pair.end("a")) is not None


def test_talks_partners_a_sentence_without_and_and_a_name_before_the_verb_has_no_pair() -> None:
    sentence = "Biden met Modi, and the two held talks."
    assert _SECOND_SIDE.search(sentence) is None
    assert _PAIR.search(sentence) is None
