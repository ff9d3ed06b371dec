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


RESOLVED = [
    pytest.param(
        "Vice President Amara Osei hosted a breakfast for the Irish delegation on Monday. "
        "Later, President Kwame Boateng received the Taoiseach at his office. The President "
        "said the ties between the two nations had never been closer.",
        "The President",
        "Kwame Boateng",
        id="the-president-is-not-the-vice-president",
    ),
    pytest.param(
        "Ghanaian President Kofi Mensah arrived in Lome on Monday. Former President Yaw "
        "Boateng of Ghana joined him on Tuesday. The Ghanaian president met his Togolese host "
        "the same evening.",
        "The Ghanaian president",
        "Kofi Mensah",
        id="after-a-former-holder-of-the-same-country-the-sitting-one",
    ),
    pytest.param(
        "Ghanaian President Kofi Mensah and Ghanaian Foreign Minister Ama Owusu arrived in Lome "
        "on Monday. The Ghanaian president met his Togolese host the same evening.",
        "The Ghanaian president",
        "Kofi Mensah",
        id="after-two-people-of-one-country-the-one-with-the-post",
    ),
    pytest.param(
        "President William Otieno hosted Prime Minister Rahul Mehta at State House on Monday. "
        '"The Prime Minister has been a true friend of Kenya," Otieno said.',
        "The Prime Minister",
        "Rahul Mehta",
        id="in-quoted-words-the-guest-named-before",
    ),
    pytest.param(
        "Mensah opened a trade forum in Delhi on Sunday. President Anil Verma of India hosted "
        "a banquet for him on Monday. President Kofi Mensah later toured a pharmaceutical "
        "plant. The President returns home today.",
        "The President",
        "Kofi Mensah",
        id="the-protagonist-is-the-first-named-in-reading-order",
    ),
    pytest.param(
        "Verma and Mensah sign rail deal in Delhi\n\nNEW DELHI, June 3: President Kofi Mensah "
        "of Ghana and Indian President Anil Verma held talks on Monday, the second day of the "
        "visit.\n\nThe President returns home on Wednesday.",
        "The President",
        "Kofi Mensah",
        id="a-surname-in-the-headline-makes-no-protagonist",
    ),
    pytest.param(
        "Keir Walton arrived in Kyiv on Thursday. The British prime minister travelled by "
        "train. Walton met soldiers.",
        "The British prime minister",
        "Keir Walton",
        id="a-leader-named-without-a-title",
    ),
    pytest.param(
        "Ivan Petrov, who is in Vietnam on a state visit, held talks with President of Viet Nam "
        "Tran Van Minh on Monday. The President of Russia arrived in Hanoi from Minsk early "
        "that morning.",
        "The President",
        "Ivan Petrov",
        id="the-president-of-a-country-named-without-a-title",
    ),
    pytest.param(
        "President Alain Morel flew to Berlin on Monday. The President of the Republic met the "
        "Chancellor in the afternoon.",
        "The President",
        "Alain Morel",
        id="the-president-of-the-republic-is-the-texts-own",
    ),
]


@pytest.mark.parametrize(("text", "role", "person"), RESOLVED)
def test_role_holders_a_role_means_the_person_a_reader_names(
    text: str, role: str, person: str
) -> None:
    assert _roles(text)[role] == person


UNRESOLVED = [
    pytest.param(
        "Trip to Norway\n\nMedia release\nLucia Fernandez, Minister for Foreign Affairs\n\n"
        "3 June 2024\n\nIn Oslo today I held talks with Ingrid Dahl on fisheries and energy."
        "\n\nThe Foreign Minister and I agreed to meet again before the end of the year.\n",
        "The Foreign Minister",
        "Lucia Fernandez",
        id="a-role-beside-the-writer-is-not-the-writer",
    ),
    pytest.param(
        "Chancellor Hanna Weber met Prime Minister Jonas Berg in Stockholm on Monday. The "
        "Kenyan president was expected later in the week.",
        "The Kenyan president",
        None,
        id="a-role-whose-country-matches-nobody",
    ),
    pytest.param(
        "President Ana Costa received Prime Minister Karl Moser in Lisbon on Monday. The "
        "former French president also attended the dinner.",
        "former French president",
        None,
        id="a-former-holder-named-by-role",
    ),
    pytest.param(
        "Ivan Petrov met Carlos Ruiz in Lima on Monday. Petrov praised the visit. Ruiz agreed. "
        "The Russian president said trade had doubled.",
        "The Russian president",
        None,
        id="two-people-named-without-a-title",
    ),
    pytest.param(
        "Louis Girard received Tran Minh at the Elysee Palace on Monday. Girard praised the "
        "talks. The Vietnamese leader had arrived in Paris on Sunday. For the French president, "
        "the deal opens Asia.",
        "The Vietnamese leader",
        None,
        id="a-leader-named-bare-while-another-country-has-an-unnamed-leader",
    ),
    pytest.param(
        "Keir Walton arrived in Kyiv on Thursday. The British minister travelled by train. "
        "Walton met soldiers.",
        "The British minister",
        None,
        id="a-minister-is-no-leader-named-bare",
    ),
    pytest.param(
        "President Alain Morel flew to Bogota on Monday, where he was received by the President "
        "of the Republic, Diego Herrera, at the palace.",
        "the President",
        "Alain Morel",
        id="the-president-of-the-republic-before-the-name-is-that-name",
    ),
    pytest.param(
        "President Alain Morel flew to Moscow on Monday. The President of the State Duma did "
        "not attend.",
        "The President",
        None,
        id="the-president-of-a-body-of-the-state",
    ),
]


@pytest.mark.parametrize(("text", "role", "wrong"), UNRESOLVED)
def test_role_holders_a_role_never_means_the_wrong_person(
    text: str, role: str, wrong: str | None
) -> None:
    roles = _roles(text)
    if wrong is None:
        assert not any(role in words for words in roles)
    else:
        assert roles.get(role) != wrong


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
