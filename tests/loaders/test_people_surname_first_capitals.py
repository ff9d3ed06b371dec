"""Parliaments and ministries of Japan and Korea write a name surname first with the surname in
capitals ("HOSODA Hiroyuki"); the name is one person, named as news writes it (a Japanese name
given name first, "Hiroyuki Hosoda", so that it meets the same person in other documents), and
the title around it stays a title, "Deputy Supreme Commander of the Armed Forces" included
(issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "MORITA Akane, Deputy Supreme Commander of the Armed Forces, attended the parade in"
            " Osaka on 2 May 2025.",
            "Akane Morita",
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
            "Mitsuru Okada",
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
            "Haruki Sato",
        ),
        (
            "President Claire DUVAL of France arrived in Hanoi on 2 May 2025.",
            "Claire Duval",
        ),
    ],
)
def test_people_surname_first_capitals_usual_case(text: str, name: str) -> None:
    """The surname in capitals is named in the case and order news writes it."""
    assert name in people_posts(read(text))


def test_people_surname_first_capitals_regnal_numbers_kept() -> None:
    """Counter-example: a regnal number is no surname in capitals."""
    text = "King Harald V of Norway received President Lina Cruz of Peru on 2 May 2025."
    assert "Harald V" in people_posts(read(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister SUZUKI Haruto held talks with President Lina Cruz of Peru in Tokyo"
            " on 2 May 2025.",
            "Haruto Suzuki",
        ),
        (
            "Foreign Minister MATSUDA Emiko welcomed Minister Tomas Berg of Sweden on 2 May 2025.",
            "Emiko Matsuda",
        ),
        (
            "On 2 May 2025 Mr. TAKEDA Shin'ichi met Minister Tomas Berg of Sweden.",
            "Shin'ichi Takeda",
        ),
    ],
)
def test_people_surname_first_capitals_japanese_names_given_name_first(
    text: str, name: str
) -> None:
    """A Japanese name written family name first in capitals is named as news writes it."""
    assert name in people_posts(read(text))


def test_people_surname_first_capitals_one_person_across_forms() -> None:
    """The surname alone, and the name written the usual way in another document, are the
    same person."""
    text = (
        "Prime Minister SUZUKI Haruto met President Lina Cruz of Peru in Tokyo on 2 May 2025."
        " Prime Minister SUZUKI said the talks went well."
    )
    document = read(text)
    usual = read("Prime Minister Haruto Suzuki met President Lina Cruz of Peru on 2 May 2025.")
    assert set(people_posts(document)) == {"Haruto Suzuki", "Lina Cruz"}
    assert {p.key for p in document.people} == {p.key for p in usual.people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Chinese and Korean names keep the family name first in news too.
        ("Premier LI Wenhua met President Lina Cruz of Peru on 2 May 2025.", "Li Wenhua"),
        ("Speaker PARK Min-jun met President Lina Cruz of Peru on 2 May 2025.", "Park Min-jun"),
        ("President CHOI Sung Min met President Lina Cruz of Peru on 2 May 2025.", "Choi Sung Min"),
        # An initial in capitals is no family name.
        ("Minister J. Haruto met President Lina Cruz of Peru on 2 May 2025.", "J. Haruto"),
    ],
)
def test_people_surname_first_capitals_other_names_keep_their_order(text: str, name: str) -> None:
    """Counter-examples: only a Japanese name is turned round."""
    assert name in people_posts(read(text))


def test_people_surname_first_capitals_acronyms_are_no_family_names() -> None:
    """Counter-example: a body's acronym before a title is no one's name."""
    text = "ASEAN Secretary-General Aiko Tanabe met NATO envoys in Jakarta on 2 May 2025."
    assert set(people_posts(read(text))) == {"Aiko Tanabe"}
