"""In a list of titled people, each takes the country of their own title; a list of posts one
person holds still gives that person the country that closes it."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _countries(text: str) -> dict[str, set[str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 6, 27)))
    return {p.name: {post.country for post in p.posts} for p in document.people}


def test_title_offices_a_listed_title_with_its_own_name_is_not_the_first_persons() -> None:
    text = (
        "Premier Li Qiang, Prime Minister of New Zealand Chris Hipkins and President of "
        "Vietnam Vo Van Thuong attended the opening in Tianjin."
    )
    countries = _countries(text)
    assert countries["Chris Hipkins"] == {"NZ"}
    assert "NZ" not in countries["Li Qiang"]
    assert countries["Vo Van Thuong"] == {"VN"}


def test_title_offices_posts_one_person_holds_keep_their_country() -> None:
    text = (
        "Prince Faisal Al Saud, Minister and Special Envoy of the Kingdom of Saudi Arabia, "
        "arrived in Cairo on Tuesday."
    )
    assert _countries(text)["Faisal Al Saud"] == {"SA"}
