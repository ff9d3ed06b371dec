"""A company's officer named after the post and the firm ("the chief executive of Boeing, X,
signed") is a person with the company's post; an "of" phrase that names no firm makes no one a
company's officer."""

from __future__ import annotations

import datetime

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 3, 4)


def test_people_company_officers_a_known_firm_names_its_chief_executive() -> None:
    text = (
        "The Minister of Transport of Peru, Raul Quispe, and the chief executive of Boeing, "
        "Kelly Ortberg, signed the order for twelve aircraft in Lima."
    )
    posts = people_posts(read(text, _DAY))
    assert posts["Kelly Ortberg"] == {("CEO", None)}
    assert posts["Raul Quispe"] == {("Minister of Transport", "PE")}


def test_people_company_officers_a_legal_form_marks_an_unlisted_firm() -> None:
    text = "The chief executive of Harbourline Robotics Ltd, Jane Doherty, opened the plant."
    assert people_posts(read(text, _DAY)) == {"Jane Doherty": {("CEO", None)}}


def test_people_company_officers_a_chamber_is_no_firm() -> None:
    text = "The chairman of the Senate, Marcos Vidal, opened the session on Monday."
    assert ("Chairman", None) not in people_posts(read(text, _DAY)).get("Marcos Vidal", set())


def test_people_company_officers_a_description_after_the_firm_is_no_name() -> None:
    text = (
        "The chief executive of Harbourline Robotics Ltd, Northern Ireland's largest robot "
        "maker, said orders had doubled."
    )
    assert people_posts(read(text, _DAY)) == {}
