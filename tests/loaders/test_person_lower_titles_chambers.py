"""A lower-case title keeps the chamber it heads (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Rosa Mendez, the head of the Senate, travelled to Quito on Friday.",
            ("Head of the Senate", None),
        ),
        (
            "Rosa Mendez, the president of the National Assembly of Ecuador, flew to Lima.",
            ("President of the National Assembly", "EC"),
        ),
    ],
)
def test_person_lower_titles_the_chamber_stays_in_the_post(
    text: str, post: tuple[str, str | None]
) -> None:
    assert people_posts(read(text))["Rosa Mendez"] == {post}


def test_person_lower_titles_a_body_that_is_no_chamber_is_left_out() -> None:
    """Counter-example: only a legislature's name joins the title."""
    text = "Rosa Mendez, the head of the delegation, travelled to Quito on Friday."
    assert people_posts(read(text))["Rosa Mendez"] == {("Head", None)}
