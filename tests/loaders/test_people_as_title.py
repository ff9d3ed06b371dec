"""A person named with "X as President of Y" and referred to as "the new Y president"."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Leaders attended the swearing-in of Peter Mutharika as President of Malawi.",
            ("Peter Mutharika", "MW"),
        ),
        (
            "The court confirmed Mohamed Ould Ghazouani as President of Mauritania.",
            ("Mohamed Ould Ghazouani", "MR"),
        ),
        ("Parliament elected Alar Karis as the new President of Estonia.", ("Alar Karis", "EE")),
    ],
)
def test_people_as_title_names_the_holder(text: str, person: tuple[str, str]) -> None:
    people = [(p.name, p.country) for p in PIPELINE(Document("t", "t", text)).people]
    assert people == [person]


def test_people_as_title_is_not_read_into_places() -> None:
    assert PIPELINE(Document("t", "t", "Voters chose Warsaw as Capital of Culture.")).people == ()


def test_people_as_title_the_new_president_refers_back() -> None:
    text = (
        "Leaders attended the swearing-in of Peter Mutharika as President of Malawi. "
        "Zambian President Hakainde Hichilema then met the new Malawian president."
    )
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    assert [sorted(names[k] for k in m.participants) for m in document.meetings] == [
        ["Hakainde Hichilema", "Peter Mutharika"]
    ]
