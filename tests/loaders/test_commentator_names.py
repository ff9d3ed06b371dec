"""An analyst, economist or scholar the story quotes is one of its people, named by the
apposition after the name ("said X, a fellow at the Y Institute"); an author's biography, where
the person says nothing in the story, names no one."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read

_STORY = (
    "NAIROBI, 12 March 2024 - President William Ruto received President Hage Geingob of "
    "Namibia at State House on Monday.\n\n"
)


def _people(text: str) -> dict[str, set[tuple[str, str | None]]]:
    return people_posts(read(_STORY + text))


@pytest.mark.parametrize(
    "text",
    [
        '"Both sides want a steady supply," said Amara Njoroge, a senior fellow at the Horn '
        "Policy Centre.",
        "Amara Njoroge, an economist with Equity Bank, told reporters the deal was overdue.",
        "According to Amara Njoroge, a professor of international relations at Strathmore "
        "University, the accord is the first of its kind.",
    ],
)
def test_a_quoted_expert_is_a_person_without_a_post(text: str) -> None:
    assert _people(text)["Amara Njoroge"] == set()


def test_an_authors_biography_names_no_one() -> None:
    """Counter-example: a fellow who only writes on a subject says nothing in the story."""
    text = "Amara Njoroge, a senior fellow at the Horn Policy Centre, writes on East African trade."
    assert "Amara Njoroge" not in _people(text)


def test_an_institution_in_apposition_is_no_person() -> None:
    """Counter-example: an institute described as a specialist is not a commentator."""
    text = "The Horn Policy Centre, a specialist in regional trade, said the deal was good."
    assert set(_people(text)) == {"William Ruto", "Hage Geingob"}
