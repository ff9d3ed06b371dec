"""A sentence opened by a lower-case title of several words names the person after it; the
opening word alone tells whether such a title can open it."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Press secretary Dana White confirmed it.", {"Dana White"}),
        ("Deputy prime minister Ana Ruiz said so.", {"Ana Ruiz"}),
        ("Pressing secretary Dana White confirmed it.", set()),  # no title's first word
        ("Presidential Oleg Markin said so.", set()),  # a title's first word, no title
    ],
)
def test_person_lower_titles_openings_by_first_word(text: str, people: set[str]) -> None:
    document = PIPELINE(Document("t", "t", text))
    assert {p.name for p in document.people} == people
