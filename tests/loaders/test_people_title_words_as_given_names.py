"""Issue 4: a one-word title right after a complete title is the holder's given name, since no
one is styled "Speaker Emir X" ("Knesset Speaker Amir Ohana"); a form of address there, or a
ruler's style after a title that names no office of its own, stays a title."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "posts"),
    [
        (
            "Knesset Speaker Amir Levin met the visiting envoy. Mr Levin thanked him.",
            "Amir Levin",
            {("Knesset Speaker", "IL")},
        ),
        (
            "Interior Minister Amir Hossein Karimi arrived in Baghdad on Sunday.",
            "Amir Hossein Karimi",
            {("Minister of Interior", None)},
        ),
    ],
)
def test_people_title_word_after_a_complete_title_is_a_given_name(
    text: str, name: str, posts: set[tuple[str, str | None]]
) -> None:
    assert people_posts(read(text)) == {name: posts}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Foreign Minister Prince Khalid bin Saad met the envoy.",
            "Khalid bin Saad",
            "Minister of Foreign Affairs",
        ),
        (
            "The Emir of Qatar Sheikh Tamim bin Hamad Al Thani landed in Oslo.",
            "Tamim bin Hamad Al Thani",
            "Emir",
        ),
        ("Head of State King Charles III opened the session.", "Charles III", "King"),
        (
            "The Custodian of the Two Holy Mosques King Saad bin Omar spoke.",
            "Saad bin Omar",
            "King",
        ),
        ("Opposition Leader President Oduya spoke first.", "Oduya", "President"),
    ],
)
def test_people_form_of_address_or_ruler_style_after_a_title_stays_a_title(
    text: str, name: str, title: str
) -> None:
    assert title in {t for t, _ in people_posts(read(text))[name]}
