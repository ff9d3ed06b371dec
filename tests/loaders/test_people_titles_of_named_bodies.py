"""Issue 4: a long title that heads a named body ("Chairman of the Presidium of the Supreme
Assembly X", "General Secretary of the Party Central Committee X") introduces the name after
the body: the body's name stops at its last head noun, and the title runs to it. A body that
ends a sentence or is followed by a title of its own keeps its words."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _posts(text: str) -> dict[str, set[str]]:
    return {p.name: {post.title for post in p.posts} for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Chairman of the Presidium of the Supreme Assembly Ri Chol Ho met the guests.",
            "Ri Chol Ho",
            "Chairman of the Presidium of the Supreme Assembly",
        ),
        (
            "General Secretary of the Workers' Party of Laos Central Committee Somsak Vong "
            "received the envoy on Monday.",
            "Somsak Vong",
            "General Secretary of the Workers' Party of Laos Central Committee",
        ),
        (
            "Chairman of the Standing Committee of the National Assembly Tran Van Minh "
            "welcomed the delegation.",
            "Tran Van Minh",
            "Chairman of the Standing Committee of the National Assembly",  # the body it heads
        ),
    ],
)
def test_people_title_of_a_named_body_introduces_the_name_after_it(
    text: str, name: str, post: str
) -> None:
    assert _posts(text) == {name: {post}}


@pytest.mark.parametrize(
    "text",
    [
        "The Chairman of the Presidium of the Supreme Assembly met the guests.",
        "Delegates gathered at the Supreme Assembly Hall on Monday.",
        "The Chairman of the Committee spoke on Monday.",
    ],
)
def test_people_title_of_a_named_body_without_a_name_names_nobody(text: str) -> None:
    assert _posts(text) == {}


def test_people_body_followed_by_its_own_title_keeps_its_words() -> None:
    document = read("World Bank Group President Ana Torres met the guests on Monday.")
    spans = {document.text[o.span.start : o.span.end] for o in document.organizations}
    assert "World Bank Group" in spans
    assert {p.name for p in document.people} == {"Ana Torres"}


def test_people_title_of_a_named_body_takes_the_country_its_of_phrase_names() -> None:
    text = (
        "General Secretary of the Workers' Party of Laos Central Committee Somsak Vong "
        "received the envoy on Monday."
    )
    assert {p.name: p.country for p in read(text).people} == {"Somsak Vong": "LA"}
