"""A title that opens a clause after an introductory phrase ("In Ballina, the President
visited ...") is the clause's subject: the capitalised word before the comma is not its holder."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> set[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 4, 14)))
    return {p.name for p in document.people}


def test_people_title_opens_a_clause_after_a_place() -> None:
    text = (
        "President Michael D Higgins hosted the visit. After a lunch in Tralee, the President "
        "visited a school. In Ennistymon, the President met local farmers."
    )
    assert _people(text) == {"Michael D Higgins"}


def test_people_title_opens_a_clause_apposition_still_names_the_holder() -> None:
    text = (
        "Talks with Alar Karis, the Estonian President, followed. Gitanas Nauseda, the "
        "Lithuanian President, met the delegation. Edgars Rinkevics, the President of Latvia, "
        "spoke last."
    )
    assert _people(text) == {"Alar Karis", "Gitanas Nauseda", "Edgars Rinkevics"}
