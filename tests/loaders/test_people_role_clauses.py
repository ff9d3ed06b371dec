"""A relative clause whose verb tells an office ("X, who chairs the Y Council") makes X a
person holding it; a past office, an errand of the day or a titled name's clause do not."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The envoy also saw Miriam Okello, who heads the Independent Electoral Commission.",
            "Miriam Okello",
            "Head of the Independent Electoral Commission",
        ),
        (
            "The plan was drafted with Pedro Salas Rojas, who chairs the Council of State, "
            "in March.",
            "Pedro Salas Rojas",
            "Chair of the Council of State",
        ),
    ],
)
def test_people_role_clauses_give_the_office(text: str, name: str, post: str) -> None:
    assert {title for title, _ in people_posts(read(text, _DAY))[name]} == {post}


@pytest.mark.parametrize(
    "text",
    [
        "The letter was signed by Tomas Weber, who chaired the Senate until 2019.",
        "Dinner was hosted by Grace Mwangi, who heads the delegation this week.",
    ],
)
def test_people_role_clauses_need_a_present_office(text: str) -> None:
    assert people_posts(read(text, _DAY)) == {}


def test_people_role_clauses_leave_a_titled_name_its_title() -> None:
    document = read("Prime Minister Jonas Berg, who leads the Labour Party, spoke first.", _DAY)
    assert {title for title, _ in people_posts(document)["Jonas Berg"]} == {"Prime Minister"}
