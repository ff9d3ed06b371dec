"""A post written with "-designate" or "-elect" after its title names its holder, who is chosen
for the post and not yet in it: the title keeps the mark."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Kenya's new Finance Minister-designate, John Mbadi, also attended.",
            "John Mbadi",
            ("Minister of Finance-designate", "KE"),
        ),
        (
            "Trade Minister-designate Lea Tamm met the Latvian envoy.",
            "Lea Tamm",
            ("Minister of Trade-designate", None),
        ),
        (
            "The Prime Minister-elect of Japan, Akiko Sato, spoke.",
            "Akiko Sato",
            ("Prime Minister-elect", "JP"),
        ),
    ],
)
def test_people_chosen_posts_keep_the_mark(text: str, name: str, post: tuple[str, str]) -> None:
    assert people_posts(read(text))[name] == {post}


def test_people_chosen_posts_no_name_after() -> None:
    """Counter-example: a title with the mark before a common noun names no one."""
    posts = people_posts(read("The Minister-designate system was criticised by Senator Ana Cole."))
    assert posts == {"Ana Cole": {("Senator", None)}}
