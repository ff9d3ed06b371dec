"""A counterpart named after several joined posts is the name, not a post (issue 4)."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_person_slots_a_counterparts_joined_posts_make_no_person() -> None:
    text = (
        "Foreign Minister Ines Duarte met her Peruvian counterpart, First Vice President and "
        "Minister of Energy Carlos Rojas, in Lima on Monday."
    )
    posts = people_posts(read(text))
    assert set(posts) == {"Ines Duarte", "Carlos Rojas"}
    assert {country for _, country in posts["Carlos Rojas"]} == {"PE"}


def test_person_slots_a_counterpart_with_one_post_still_reads() -> None:
    """Counter-example: a single post before the name keeps its usual reading."""
    text = "Trade Minister Ines Duarte met her Kenyan counterpart, Deputy President Amos Kibet."
    assert people_posts(read(text))["Amos Kibet"] == {("Deputy President", "KE")}


def test_person_slots_an_untitled_counterpart_and_another_titled_person() -> None:
    """Counter-example: "and" after a counterpart's name starts another person, not a post."""
    text = (
        "Trade Minister Ines Duarte met her Kenyan counterpart Amos Kibet and Prime Minister "
        "Ruth Wanjiru in Nairobi."
    )
    posts = people_posts(read(text))
    assert posts["Amos Kibet"] == {("Minister of Trade", "KE")}
    assert "Ruth Wanjiru" in posts
