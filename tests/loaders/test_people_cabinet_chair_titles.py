"""A head of government whose title is the chair of the cabinet ("President of the Council of
Ministers", "President of the Government", "Chairman of the Government") holds that post, not
a bare "President" or "Chairman"."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "President Rosa Lagos met the President of the Council of Ministers, Mr. Marco "
            "Bellini, in Rome.",
            "Marco Bellini",
            ("President of the Council of Ministers", None),
        ),
        (
            "The King received Mr. Luis Ortega, President of the Government of the Kingdom of "
            "Spain, in Rabat.",
            "Luis Ortega",
            ("President of the Government", "ES"),
        ),
        (
            "Chairman of the Government of the Russian Federation Pavel Orlov arrived in Minsk.",
            "Pavel Orlov",
            ("Chairman of the Government", "RU"),
        ),
    ],
)
def test_people_cabinet_chair_titles(text: str, name: str, post: tuple[str, str | None]) -> None:
    assert people_posts(read(text))[name] == {post}


def test_people_cabinet_chair_titles_the_body_alone_names_no_one() -> None:
    """Counter-example: the cabinet named without a title before a name is no person."""
    assert read("The Council of Ministers met in Rome on Monday.").people == ()
