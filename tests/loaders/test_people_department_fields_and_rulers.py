"""A department's name may list its fields after a comma ("Head of the Federal Department of
Home Affairs, Culture and Sport"): those words are the post's, never a person. "Federal
Councillor" (a Swiss federal minister) and "Ruler" ("Deputy Ruler of Abu Dhabi") are posts, and
"Advocate" ("Adv.") is a form of address before a name, as "Dr" is."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    "text",
    [
        "Federal Councillor Lena Brunner, Head of the Federal Department of Home Affairs, "
        "Culture and Sport (FDHA), is on a working visit to Norway.",
        "Lena Brunner, Head of the Federal Department of Environment, Transport, Energy and "
        "Communications, met Norwegian officials in Oslo on Monday.",
    ],
)
def test_people_fields_of_a_department_are_not_a_name(text: str) -> None:
    people = people_posts(read(text))
    assert set(people) == {"Lena Brunner"}


def test_people_federal_councillor_is_a_post() -> None:
    text = "Federal Councillor Lena Brunner met Norwegian Prime Minister Ola Berg in Oslo."
    assert people_posts(read(text))["Lena Brunner"] == {("Federal Councillor", None)}


@pytest.mark.parametrize(
    "text",
    [
        # a name after the department, alone or before another person
        "The Head of the Department of Foreign Affairs, Lena Brunner, met Norwegian Prime "
        "Minister Ola Berg in Oslo.",
        "The Head of the Department of Foreign Affairs, Lena Brunner and Norwegian Prime "
        "Minister Ola Berg met in Oslo.",
    ],
)
def test_people_name_after_a_department_stays_a_name(text: str) -> None:
    assert set(people_posts(read(text))) == {"Lena Brunner", "Ola Berg"}


def test_people_deputy_ruler_is_a_post() -> None:
    text = (
        "Sheikh Hamdan bin Saif Al Qasimi, Deputy Ruler of Sharjah, received the Prime "
        "Minister of Estonia, Kaja Tamm, on Tuesday."
    )
    people = people_posts(read(text))
    assert set(people) == {"Hamdan bin Saif Al Qasimi", "Kaja Tamm"}
    assert {title for title, _ in people["Hamdan bin Saif Al Qasimi"]} == {"Deputy Ruler"}


@pytest.mark.parametrize(
    "text",
    [
        "President Advocate Lerato Kgosi Mokoena received Namibian President Peter Amupanda.",
        "President Adv. Lerato Kgosi Mokoena received Namibian President Peter Amupanda.",
    ],
)
def test_people_advocate_is_a_form_of_address(text: str) -> None:
    assert set(people_posts(read(text))) == {"Lerato Kgosi Mokoena", "Peter Amupanda"}


def test_people_advocate_as_a_post_or_noun_names_no_one() -> None:
    text = (
        "The Advocate General said the court would rule on Monday, and a human rights "
        "advocate agreed."
    )
    assert people_posts(read(text)) == {}
