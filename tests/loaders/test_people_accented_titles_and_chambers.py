"""Titles and chambers written with their accents ("Speaker of the Dáil", "Chairman of the
Seanad Éireann") or without the accents the tables keep ("Tanaiste", "Charge d'Affaires")
are read as the posts they are; an accented chamber named without a title makes no post."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Speaker of the Dáil Seán Byrne met President Lula in Brasília on Monday.",
            "Seán Byrne",
            ("Speaker of the Dáil", "IE"),
        ),
        (
            "The Ceann Comhairle, Speaker of the Dáil Éireann Orla Ní Bhriain, flew to Oslo.",
            "Orla Ní Bhriain",
            ("Speaker of the Dáil Éireann", "IE"),
        ),
        (
            "In Vienna, Chairman of the Seanad Éireann Pádraig Ó Súilleabháin met the envoys.",
            "Pádraig Ó Súilleabháin",
            ("Chairman of the Seanad Éireann", "IE"),
        ),
        (
            "Tanaiste Ciarán Walsh met Foreign Minister Ana Ruiz in Dublin on Monday.",
            "Ciarán Walsh",
            ("Tánaiste", "IE"),
        ),
    ],
)
def test_people_accented_titles_and_chambers_make_posts(
    text: str, name: str, post: tuple[str, str | None]
) -> None:
    assert post in people_posts(read(text)).get(name, set())


def test_people_accented_titles_and_chambers_a_chamber_alone_is_no_post() -> None:
    text = "The Dáil passed the bill on Thursday; Seán Byrne voted against it."
    posts = people_posts(read(text))
    assert not any(title.startswith("Speaker") for p in posts.values() for title, _ in p)
