"""A title in the possessive is another person's ("the President's envoy"), and a clause after
an apposition still tells the post ("X, the president's brother, who chairs the Senate")."""

from __future__ import annotations

import pytest

from tests.loaders.reading import meetings, people_posts, read


def test_people_a_role_clause_after_an_apposition_tells_the_post() -> None:
    text = (
        "Carlos Diaz, the president's brother, who chairs the Senate, met Spanish Foreign "
        "Minister Juan Ortiz in Madrid."
    )
    document = read(text)
    assert people_posts(document)["Carlos Diaz"] == {("Chairman of the Senate", None)}
    assert meetings(document) == [["Carlos Diaz", "Juan Ortiz"]]


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Carlos Diaz, the President's special envoy, met Spanish Foreign Minister Juan "
            "Ortiz in Madrid.",
            "Carlos Diaz",
            "Special Envoy",
        ),
        (
            "Amina Yusuf, the Prime Minister's adviser on trade, met Ghanaian Foreign Minister "
            "Kofi Mensah in Abuja.",
            "Amina Yusuf",
            None,
        ),
    ],
)
def test_people_a_title_in_the_possessive_is_not_the_name_befores(
    text: str, person: str, post: str | None
) -> None:
    titles = {title for title, _ in people_posts(read(text)).get(person, set())}
    assert "President" not in titles and "Prime Minister" not in titles
    if post is not None:
        assert post in titles


def test_people_a_role_clause_tells_no_post_of_a_past_office() -> None:
    text = (
        "Carlos Diaz, the president's brother, who chaired the Senate until 2019, met Spanish "
        "Foreign Minister Juan Ortiz in Madrid."
    )
    assert ("Chairman of the Senate", None) not in people_posts(read(text)).get(
        "Carlos Diaz", set()
    )
