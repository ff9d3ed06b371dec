"""Two lower-case titles joined by "and" before one name are that person's posts, as wire
style writes a deputy head's portfolio: "Norway's deputy prime minister and finance minister
Ingrid Dahl". Losing the name handed the visit to the host."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _read(text: str) -> tuple[dict[str, tuple[str | None, tuple[str, ...]]], set[tuple[str, str]]]:
    document = read("date 2024-05-19\n" + text)
    people = {p.name: (p.country, tuple(post.title for post in p.posts)) for p in document.people}
    return people, {(v.visitor, v.host_country) for v in document.visits}


@pytest.mark.parametrize(
    ("text", "name", "country", "visitor", "host"),
    [
        (
            "Norway's deputy prime minister and finance minister Ingrid Dahl yesterday met "
            "President Paulo Reis in Brasilia on the first day of a two-day visit.",
            "Ingrid Dahl",
            "NO",
            "ingrid-dahl",
            "BR",
        ),
        (
            "Kenyan deputy president and foreign minister Grace Otieno arrived in Tokyo on "
            "Monday for a three-day visit.",
            "Grace Otieno",
            "KE",
            "grace-otieno",
            "JP",
        ),
    ],
)
def test_person_lower_titles_joined_titles_name_the_visitor(
    text: str, name: str, country: str, visitor: str, host: str
) -> None:
    people, visits = _read(text)
    assert people[name][0] == country
    assert " and " in people[name][1][0]
    assert visits == {(visitor, host)}


def test_person_lower_titles_joined_titles_a_pronoun_opens_another_persons_title() -> None:
    people, _ = _read("Norway's prime minister and his foreign minister Ingrid Dahl arrived.")
    assert all(" and " not in post for _, posts in people.values() for post in posts)


def test_person_lower_titles_joined_titles_a_named_first_title_keeps_its_own_post() -> None:
    people, _ = _read(
        "Spain's prime minister Pedro Alvarez and foreign minister Lucia Mendez spoke."
    )
    assert people["Pedro Alvarez"] == ("ES", ("Prime Minister",))
