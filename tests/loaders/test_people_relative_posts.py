"""Obituaries and profiles give a post in a relative clause or with "became": "X, who served as
the 64th Secretary of State", "X became the first Japanese prime minister to ..."."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _posts(text: str) -> dict[str, set[tuple[str, str | None]]]:
    document = PIPELINE(Document("t", "t", text))
    return {p.name: {(post.title, post.country) for post in p.posts} for p in document.people}


def test_people_relative_posts_who_served_as_a_capitalised_title() -> None:
    text = (
        "Helen Marsh, who served as the 61st Secretary of State, died on Monday in Boston. "
        "Marsh was 90."
    )
    assert "Helen Marsh" in _posts(text)


def test_people_relative_posts_became_the_first_with_a_demonym() -> None:
    text = "In 1999 Kenji Morita became the first Japanese prime minister to set foot in Peru."
    assert {country for _, country in _posts(text).get("Kenji Morita", set())} == {"JP"}


def test_people_relative_posts_a_plain_who_was_gives_no_post() -> None:
    text = "Lena Fischer, who was President Omar Haddad's guest, thanked the President."
    posts = _posts(text)
    assert "President" not in {title for title, _ in posts.get("Lena Fischer", set())}


def test_people_relative_posts_a_title_that_became_something_is_no_name() -> None:
    text = (
        "Prime Minister Ana Costa welcomed President Rui Mendes, and the President became the "
        "first Angolan leader to address the assembly."
    )
    assert "President" not in _posts(text)
