"""A later mention whose words end a full name with a particle ("President Ferreira da Costa",
"da Costa" after "Joao Carlos Ferreira da Costa") is that person, even when a spouse who shares
the family name and holds no post stands beside him."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Joao Carlos Ferreira da Costa arrived in Lisbon on Monday, "
        "accompanied by Mrs. Helena Ferreira da Costa. President Ferreira da Costa met "
        "Portuguese Prime Minister Rui Tavares.",
        "Brazilian President Joao Carlos Ferreira da Costa arrived in Lisbon on Monday. "
        "President Ferreira da Costa met Portuguese Prime Minister Rui Tavares.",
    ],
)
def test_people_titled_end_of_a_full_name_is_that_person(text: str) -> None:
    people = read(text).people
    presidents = [p for p in people if any(post.title == "President" for post in p.posts)]
    assert len(presidents) == 1
    assert len(presidents[0].mentions) == 2


def test_people_particle_surname_refers_to_the_post_holder_not_the_spouse() -> None:
    text = (
        "Brazilian President Joao Carlos Ferreira da Costa arrived in Lisbon on Monday, "
        "accompanied by Mrs. Helena Ferreira da Costa. Da Costa told reporters trade would grow."
    )
    document = read(text)
    owner = next(
        m.person
        for m in document.person_mentions
        if document.text[m.span.start : m.span.end] == "Da Costa"
    )
    president = next(p for p in document.people if p.posts)
    assert owner == president.key


def test_people_spouse_with_the_same_family_name_stays_her_own_person() -> None:
    text = (
        "Mrs. Helena Ferreira da Costa opened the exhibition, and Brazilian President Joao "
        "Carlos Ferreira da Costa met Portuguese Prime Minister Rui Tavares."
    )
    names = set(people_posts(read(text)))
    assert "Helena Ferreira da Costa" in names
    assert len(names) == 3


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Portuguese Minister of State and Foreign Affairs, Nuno Matos, had to call off "
            "a planned trip to Angola.",
            ("Minister of State and Foreign Affairs", "PT"),
        ),
        (
            "Minister of State and Deputy Prime Minister Nuno Matos met Angolan President "
            "Carlos Neto on Monday.",
            ("Minister of State and Deputy Prime Minister", None),
        ),
    ],
)
def test_people_minister_of_state_and_a_portfolio_is_one_post(
    text: str, post: tuple[str, str | None]
) -> None:
    assert post in people_posts(read(text))["Nuno Matos"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "EU foreign policy chief Ingrid Solberg met Chilean President Carlos Neto.",
            "Foreign Policy Chief",
        ),
        ("US trade chief Mary Dalton met Chilean President Carlos Neto.", "Trade Chief"),
        (
            "Ukraine's intelligence chief Petro Savchuk met Chilean President Carlos Neto.",
            "Intelligence Chief",
        ),
        (
            "Ingrid Solberg, the EU foreign policy chief, met Chilean President Carlos Neto.",
            "Foreign Policy Chief",
        ),
    ],
)
def test_people_lower_case_field_chief_before_a_name_is_a_post(text: str, post: str) -> None:
    people = people_posts(read(text))
    assert len(people) == 2
    assert any(title == post for posts in people.values() for title, _ in posts)


def test_people_field_chief_without_a_name_names_nobody() -> None:
    text = "The EU foreign policy chief met Chilean President Carlos Neto on Monday."
    assert set(people_posts(read(text))) == {"Carlos Neto"}
