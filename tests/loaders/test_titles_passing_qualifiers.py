"""A word telling when someone holds a post is no part of its title (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from tests.loaders.reading import people_posts, read

_TITLES = load_gazetteer().titles


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Brazil's new trade minister, Lucas Prado, flew to Lisbon on Monday.",
            "Lucas Prado",
            ("Minister of Trade", "BR"),
        ),
        (
            "Kenya's outgoing foreign minister, Amos Kibet, visited Uganda on Monday.",
            "Amos Kibet",
            ("Minister of Foreign Affairs", "KE"),
        ),
    ],
)
def test_titles_a_passing_qualifier_is_left_out(
    text: str, name: str, post: tuple[str, str]
) -> None:
    assert people_posts(read(text))[name] == {post}


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("newly appointed prime minister", "Prime Minister"),
        ("incoming president", "President"),
        # Counter-examples: a capitalised "New" opens a name, and a later "new" is the
        # portfolio's own word.
        ("New Zealand High Commissioner", "New Zealand High Commissioner"),
        ("Minister of New Industries", "Minister of New Industries"),
    ],
)
def test_titles_only_a_leading_lower_case_qualifier_goes(title: str, post: str) -> None:
    assert _TITLES.normalize_post(title) == post
