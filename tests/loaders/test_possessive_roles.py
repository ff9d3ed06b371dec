"""A role opened by a country's possessive ("Kenya's president", "Armenia's top diplomat")
refers back to that country's office holder, as "the Kenyan president" does; a possessive role
followed by a name is that name's title, and another country's role finds nobody."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from tests.loaders import reading

PIPELINE = default_pipeline()
DATE = datetime.date(2025, 2, 4)


def _visits(text: str) -> set[tuple[str, str]]:
    return reading.visits(PIPELINE(Document("t", "t", text, date=DATE)))


PRESIDENT = "Ghanaian President Kofi Asante spoke on Monday."
MINISTER = "Ghanaian Foreign Minister Ama Mensah spoke on Monday."


@pytest.mark.parametrize(
    ("lead", "role", "name"),
    [
        (PRESIDENT, "Ghana's president", "Kofi Asante"),
        (PRESIDENT, "Ghana's new leader", "Kofi Asante"),
        (MINISTER, "Ghana's foreign minister", "Ama Mensah"),
        (MINISTER, "Ghana's top diplomat", "Ama Mensah"),
    ],
)
def test_possessive_roles_refer_back_to_the_office_holder(lead: str, role: str, name: str) -> None:
    text = f"{lead} {role} arrived in Lima on Tuesday, 4 February 2025."
    assert _visits(text) == {(name, "PE")}


def test_possessive_roles_of_another_country_find_nobody() -> None:
    text = (
        "Ghanaian President Kofi Asante spoke on Monday. Peru's president arrived in Accra "
        "on Tuesday, 4 February 2025."
    )
    assert _visits(text) == set()
