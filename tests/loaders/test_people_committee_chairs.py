"""The chair of a committee keeps the committee in the post, as a minister keeps the ministry."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Ana Wanjiru, chairman of the Senate Foreign Relations Committee, met Chinese "
            "Ambassador Wu Lan in Nairobi.",
            "Chairman of the Senate Foreign Relations Committee",
        ),
        (
            "Ana Wanjiru, Chairman of the Senate Foreign Relations Committee, met Chinese "
            "Ambassador Wu Lan in Nairobi.",
            "Chairman of the Senate Foreign Relations Committee",
        ),
        (
            "Chairman of the Defence and Security Committee Ana Wanjiru met Chinese Ambassador "
            "Wu Lan in Nairobi.",
            "Chairman of the Defence and Security Committee",
        ),
    ],
)
def test_people_committee_chair_keeps_the_committee(text: str, post: str) -> None:
    assert {title for title, _ in people_posts(read(text))["Ana Wanjiru"]} == {post}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Ana Wanjiru, chairman of the board, met Chinese Ambassador Wu Lan in Nairobi.",
            "Chairman of the Board",
        ),
        (
            "Chairman of the Senate Ana Wanjiru met Chinese Ambassador Wu Lan in Nairobi.",
            "Chairman of the Senate",
        ),
    ],
)
def test_people_a_chair_of_no_committee_keeps_the_post_as_before(text: str, post: str) -> None:
    assert {title for title, _ in people_posts(read(text))["Ana Wanjiru"]} == {post}
