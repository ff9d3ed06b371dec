"""Parliaments and ministries of Japan and Korea write a name surname first with the surname in
capitals ("HOSODA Hiroyuki"); the name is one person, named in the case news writes it
("Hosoda Hiroyuki", in the written order, as the users' gold writes "Kishida Fumio"), and the
title around it stays a title, "Deputy Supreme Commander of the Armed Forces" included (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "MORITA Akane, Deputy Supreme Commander of the Armed Forces, attended the parade in"
            " Osaka on 2 May 2025.",
            "Morita Akane",
            "Deputy Supreme Commander of the Armed Forces",
        ),
        (
            "On 2 May 2025 the minister called on the Supreme Commander of the Armed Forces,"
            " General Nils Ek, in Stockholm.",
            "Nils Ek",
            "Supreme Commander of the Armed Forces",
        ),
        (
            "On 2 May 2025 the envoy called on the Speaker of the House of Councillors,"
            " OKADA Mitsuru, in Tokyo.",
            "Okada Mitsuru",
            "Speaker of the House of Councillors",
        ),
    ],
)
def test_people_surname_first_capitals_one_titled_person(text: str, name: str, title: str) -> None:
    posts = people_posts(read(text))
    assert set(posts) == {name}
    assert {t for t, _ in posts[name]} == {title}


def test_people_surname_first_capitals_title_words_are_no_person() -> None:
    """Counter-example: the words of a military title named without a holder are nobody."""
    text = "The Supreme Commander of the Armed Forces of Norway visited Riga on 2 May 2025."
    assert people_posts(read(text)) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister SATO Haruki met President Lina Cruz of Peru in Lima on 2 May 2025."
            " Prime Minister SATO said the talks went well.",
            "Sato Haruki",
        ),
        (
            "President Claire DUVAL of France arrived in Hanoi on 2 May 2025.",
            "Claire Duval",
        ),
    ],
)
def test_people_surname_first_capitals_usual_case(text: str, name: str) -> None:
    """The surname in capitals is named in the case news writes it, in the written order."""
    assert name in people_posts(read(text))


def test_people_surname_first_capitals_regnal_numbers_kept() -> None:
    """Counter-example: a regnal number is no surname in capitals."""
    text = "King Harald V of Norway received President Lina Cruz of Peru on 2 May 2025."
    assert "Harald V" in people_posts(read(text))
