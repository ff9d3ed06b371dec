"""Role back-references resolve to the person a careful reader would name, or to no one: a
wrong person becomes a false meeting or visit (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.role_holders import holds_role

PIPELINE = default_pipeline()
FILED = datetime.date(2024, 6, 3)


def _roles(text: str) -> dict[str, str]:
    """Each role reference's words, with the name of the person it was resolved to."""
    document = PIPELINE(Document("t", "t", text, date=FILED))
    names = {p.key: p.name for p in document.people}
    return {
        document.text[m.span.start : m.span.end]: names[m.person]
        for m in document.person_mentions
        if m.via == "role"
    }


def _countries(text: str) -> dict[str, str | None]:
    document = PIPELINE(Document("t", "t", text, date=FILED))
    return {p.name: p.country for p in document.people}


@pytest.mark.parametrize(
    ("title", "role", "held"),
    [
        ("President", "president", True),
        ("President of Ghana", "president", True),
        ("Acting President", "president", True),
        ("Vice President", "president", False),
        ("Deputy Minister", "minister", False),
        ("Former President", "president", False),
    ],
)
def test_role_holders_a_deputy_does_not_hold_the_role(title: str, role: str, held: bool) -> None:
    assert holds_role(title, role) is held


def test_role_holders_the_president_is_not_the_vice_president() -> None:
    roles = _roles(
        "Vice President Amara Osei hosted a breakfast for the Irish delegation on Monday. "
        "Later, President Kwame Boateng received the Taoiseach at his office. The President "
        "said the ties between the two nations had never been closer."
    )
    assert roles["The President"] == "Kwame Boateng"


def test_role_holders_a_role_beside_the_writer_is_not_the_writer() -> None:
    roles = _roles(
        "Trip to Norway\n\nMedia release\nLucia Fernandez, Minister for Foreign Affairs\n\n"
        "3 June 2024\n\nIn Oslo today I held talks with Ingrid Dahl on fisheries and energy."
        "\n\nThe Foreign Minister and I agreed to meet again before the end of the year.\n"
    )
    assert roles.get("The Foreign Minister") != "Lucia Fernandez"


def test_role_holders_a_demonym_role_never_takes_the_host_named_beside_it() -> None:
    countries = _countries(
        "Pierre Lambert ended a visit to Chile on Friday with talks in Santiago with "
        "President Mateo Rojas, where the French President was welcomed by President Rojas "
        "at La Moneda."
    )
    assert countries["Mateo Rojas"] != "FR"


def test_role_holders_a_demonym_role_never_takes_someone_named_long_before() -> None:
    paragraphs = [
        "Premier Zhou arrived in Hanoi on Monday and met President Tran Van Minh.",
        "The two sides signed eleven documents on trade and railways.",
        "Rail freight between the two countries doubled last year.",
        "Tourism also recovered after the pandemic.",
        "Yet ties remain uneasy, and Hanoi hosted the Brazilian president in May.",
    ]
    countries = _countries("\n\n".join(paragraphs))
    assert countries["Tran Van Minh"] != "BR"


def test_role_holders_a_demonym_role_still_finds_a_recent_president() -> None:
    countries = _countries(
        "President Julio Ferreira welcomed the visitors in Montevideo on Tuesday. The "
        "Uruguayan leader spoke of a new chapter in relations."
    )
    assert countries["Julio Ferreira"] == "UY"


def test_role_holders_a_role_whose_country_matches_nobody_stays_unresolved() -> None:
    roles = _roles(
        "Chancellor Hanna Weber met Prime Minister Jonas Berg in Stockholm on Monday. The "
        "Kenyan president was expected later in the week."
    )
    assert "The Kenyan president" not in roles


def test_role_holders_a_former_holder_is_not_the_sitting_one() -> None:
    roles = _roles(
        "President Ana Costa received Prime Minister Karl Moser in Lisbon on Monday. The "
        "former French president also attended the dinner."
    )
    assert "The former French president" not in roles
    assert "former French president" not in roles


def test_role_holders_a_role_after_a_former_holder_of_the_same_country_is_the_sitting_one() -> None:
    roles = _roles(
        "Ghanaian President Kofi Mensah arrived in Lome on Monday. Former President Yaw "
        "Boateng of Ghana joined him on Tuesday. The Ghanaian president met his Togolese host "
        "the same evening."
    )
    assert roles["The Ghanaian president"] == "Kofi Mensah"


def test_role_holders_a_role_after_two_people_of_one_country_is_the_one_with_the_post() -> None:
    roles = _roles(
        "Ghanaian President Kofi Mensah and Ghanaian Foreign Minister Ama Owusu arrived in Lome "
        "on Monday. The Ghanaian president met his Togolese host the same evening."
    )
    assert roles["The Ghanaian president"] == "Kofi Mensah"


def test_role_holders_a_role_in_quoted_words_is_the_guest_named_before() -> None:
    roles = _roles(
        "President William Otieno hosted Prime Minister Rahul Mehta at State House on Monday. "
        '"The Prime Minister has been a true friend of Kenya," Otieno said.'
    )
    assert roles["The Prime Minister"] == "Rahul Mehta"
