"""A head of state reference ("the Japanese head of state") means whoever of that country
holds a leader's post that heads no government: a monarch by any of the titles of
leader_posts, not only a president or a king."""

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
