"""Issue 4: a monarch's style joined to the title by "and" ("Custodian of the Two Holy Mosques
and King X") is the style's country, and the post is the title alone; two offices joined by
"and" stay one post held together."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_people_style_joined_by_and_gives_the_king_of_its_country() -> None:
    text = "Custodian of the Two Holy Mosques and King Fahd bin Nayef received the envoy."
    assert people_posts(read(text)) == {"Fahd bin Nayef": {("King", "SA")}}


def test_people_two_offices_joined_by_and_stay_one_post() -> None:
    text = "Saudi Crown Prince and Prime Minister Fahd bin Nayef received the envoy."
    assert people_posts(read(text)) == {
        "Fahd bin Nayef": {("Crown Prince and Prime Minister", "SA")}
    }
