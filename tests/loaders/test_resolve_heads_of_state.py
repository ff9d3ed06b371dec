"""A head of state reference ("the Japanese head of state") means whoever of that country
holds a leader's post that heads no government: a monarch by any of the titles of
leader_posts, not only a president or a king. A crown prince leads beside the monarch but is
not the head of state: the reference means him only when no one else in the story holds a
head of state's post."""

from __future__ import annotations

from tests.loaders.reading import read


def _roles(text: str) -> list[tuple[str, str]]:
    document = read(text)
    names = {p.key: p.name for p in document.people}
    return [
        (document.text[m.span.start : m.span.end], names[m.person])
        for m in document.person_mentions
        if m.via == "role"
    ]


def test_resolve_heads_of_state_an_emperor_is_the_head_of_state() -> None:
    text = (
        "Kenyan President Samuel Otieno arrived in Tokyo on Monday for a state visit. He was "
        "received at the palace by Emperor Kenji Sato. The Japanese head of state praised "
        "the visit."
    )
    assert _roles(text) == [("The Japanese head of state", "Kenji Sato")]


def test_resolve_heads_of_state_a_prime_minister_is_no_head_of_state() -> None:
    """Counter-example: the head of government is not the one "head of state" means."""
    text = (
        "Kenyan President Samuel Otieno arrived in Tokyo on Monday for a state visit. He was "
        "received by Prime Minister Kenji Sato. The Japanese head of state was abroad."
    )
    assert ("The Japanese head of state", "Kenji Sato") not in _roles(text)


def test_resolve_heads_of_state_heirs_a_crown_prince_beside_a_president_is_not_meant() -> None:
    text = (
        "Crown Prince Faisal Nasser greeted President Amara Diallo at the airport in Muscat "
        "on Sunday. The head of state then laid a wreath."
    )
    assert _roles(text) == [("The head of state", "Amara Diallo")]


def test_resolve_heads_of_state_heirs_a_crown_prince_beside_a_king_is_not_meant() -> None:
    text = (
        "Crown Prince Erik Lindqvist and King Tomas Lindqvist welcomed the delegation in "
        "Stockholm on Friday. The head of state spoke of a long friendship."
    )
    assert _roles(text) == [("The head of state", "Tomas Lindqvist")]


def test_resolve_heads_of_state_heirs_a_crown_prince_alone_is_still_read() -> None:
    """Counter-example: with no one else holding such a post, the reference is not dropped."""
    text = (
        "Crown Prince Faisal Nasser opened the new port in Sohar on Sunday. The head of state "
        "cut the ribbon."
    )
    assert _roles(text) == [("The head of state", "Faisal Nasser")]


def test_resolve_heads_of_state_the_monarch_is_the_king_emir_or_sultan() -> None:
    text = (
        "Prime Minister Ana Ruiz of Spain spoke with Sultan Haitham bin Tarik of Oman and "
        "President Samuel Otieno of Kenya. The monarch invited her to Muscat."
    )
    assert _roles(text) == [("The monarch", "Haitham bin Tarik")]
