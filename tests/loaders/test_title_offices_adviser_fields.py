"""An adviser's field written after "on" with no comma before the name ("Senior Adviser on
National Security X") belongs to the post, and the name after it is read (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The President's Senior Adviser on National Security Omar Diallo met Turkish "
            "Foreign Minister Hakan Fidan in Ankara.",
            "Senior Adviser on National Security",
        ),
        (
            "Special Adviser to the President on Economic Affairs Omar Diallo met Turkish "
            "Foreign Minister Hakan Fidan in Ankara.",
            "Special Adviser to the President on Economic Affairs",
        ),
    ],
)
def test_title_offices_adviser_fields_name_the_adviser(text: str, post: str) -> None:
    assert {t for t, _ in people_posts(read(text, _DAY))["Omar Diallo"]} == {post}


def test_title_offices_adviser_fields_an_unknown_field_names_no_one() -> None:
    """Counter-example: capitalised words the vocabulary does not know may run into the name,
    so no part of them is taken for it."""
    text = "Adviser on Gulf Relations Omar Diallo met Turkish Foreign Minister Hakan Fidan."
    assert set(people_posts(read(text, _DAY))) == {"Hakan Fidan"}
