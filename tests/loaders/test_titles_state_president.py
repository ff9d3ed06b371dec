""" "State President", the head of state's title in Vietnamese and Lao state media, is the post
the text gives."""

from __future__ import annotations

from tests.loaders.reading import read


def _posts(text: str) -> dict[str, list[str]]:
    document = read(text)
    return {p.name: [post.title for post in p.posts] for p in document.people}


def test_titles_state_president_is_the_post() -> None:
    assert _posts(
        "HA NOI, May 8 (VNA) - State President Vo Van Thuong received Prime Minister Hun Manet "
        "of Cambodia at the Presidential Palace.\n"
    ) == {"Vo Van Thuong": ["State President"], "Hun Manet": ["Prime Minister"]}


def test_titles_state_president_palace_is_no_title() -> None:
    assert _posts(
        "VIENTIANE, May 8 (KPL) - Prime Minister Sonexay Siphandone spoke at the State "
        "Presidential Palace.\n"
    ) == {"Sonexay Siphandone": ["Prime Minister"]}
