"""The one who invites a guest to a country serves that country ("a state visit to Ghana at the
invitation of the President, X"); an inviter named with an international body, or one whose own
country the text gives, keeps what the text says."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 1, 14)


def test_side_lists_inviters_the_inviter_serves_the_host() -> None:
    text = (
        "President Elena Rojas of Chile will pay a state visit to Ghana next week at the "
        "invitation of the Vice President, Her Excellency Ama Owusu."
    )
    assert people_posts(read(text, _DAY))["Ama Owusu"] == {("Vice President", "GH")}


@pytest.mark.parametrize(
    ("text", "name", "posts"),
    [
        (
            "President Elena Rojas of Chile will pay a state visit to Ethiopia at the invitation "
            "of the Chairperson of the African Union Commission, Moussa Faki Mahamat.",
            "Moussa Faki Mahamat",
            {("Chairperson of the African Union Commission", None)},
        ),
        (
            "President Elena Rojas of Chile will pay a state visit to Ghana at the invitation of "
            "Peruvian President Dina Vargas.",
            "Dina Vargas",
            {("President", "PE")},
        ),
        (
            "President Elena Rojas of Chile, who visited Ghana last year, met President John "
            "Mensah at the invitation of the Minister of Trade, Kwame Asante.",
            "Kwame Asante",
            {("Minister of Trade", None)},
        ),
    ],
)
def test_side_lists_inviters_other_inviters_keep_their_own_country(
    text: str, name: str, posts: set[tuple[str, str | None]]
) -> None:
    assert people_posts(read(text, _DAY))[name] == posts
