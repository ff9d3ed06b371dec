"""Ministers named with a bare post beside a leader serve the leader's country when the text
says they travel with the leader: "travelled with", "at the head of a delegation that included",
"led a delegation including". A delegation received is the guest's, not the host's."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "President Omar Haddad of Jordan arrived in Rome at the head of a delegation that"
            " included Deputy Prime Minister Karim Saleh.",
            "Karim Saleh",
            "JO",
        ),
        (
            "Japanese Prime Minister Akiko Kato visited Hanoi. Ms Kato travelled with Trade"
            " Minister Ren Ito.",
            "Ren Ito",
            "JP",
        ),
        (
            "Kenyan President Daniel Oloo led a large business delegation including Trade"
            " Minister Rose Wanjiru to Seoul.",
            "Rose Wanjiru",
            "KE",
        ),
    ],
)
def test_companion_countries_travel_and_delegations_lend_the_leader_country(
    text: str, name: str, country: str
) -> None:
    assert {c for _, c in people_posts(read(text))[name]} == {country}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Sara Lind of Sweden received a delegation that included Trade Minister"
            " Ken Abe.",
            "Ken Abe",
        ),
        (
            "Chilean President Ana Ruiz hosted a delegation which included Foreign Minister Hiro"
            " Sato.",
            "Hiro Sato",
        ),
        ("President Omar Haddad of Jordan met Foreign Minister Lina Bakr on Monday.", "Lina Bakr"),
    ],
)
def test_companion_countries_travel_and_delegations_not_the_host(text: str, name: str) -> None:
    """Counter-examples: a delegation received or hosted, and a minister met, are not the
    leader's own."""
    assert {c for _, c in people_posts(read(text))[name]} == {None}
