"""A headline writes "and" as a comma: "Ruto, Finnish president agree to ..." names two people
who act together, so Ruto is not the Finnish president."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read

BODY = (
    "\n\nHELSINKI, May 14 - President William Ruto held talks with President Alexander Stubb of "
    "Finland at the Presidential Palace in Helsinki on Tuesday."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Ruto, Finnish president agree to deepen trade ties",
        "Ruto, Finnish president sign four accords",
        "Ruto, Finnish president hold talks on green hydrogen",
    ],
)
def test_a_headline_comma_joins_two_subjects(headline: str) -> None:
    posts = people_posts(read(headline + BODY))
    assert ("President", "FI") not in posts["William Ruto"]
    assert posts["Alexander Stubb"] == {("President", "FI")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruto, Finnish president, said the talks went well.",
        "Lena Virtanen, Finnish trade minister, attended the talks.",
    ],
)
def test_a_post_in_apposition_still_names_its_holder(sentence: str) -> None:
    """Counter-examples: closed by a comma, the post is the name's own."""
    posts = people_posts(read(sentence))
    name = sentence.split(",")[0]
    assert any(country == "FI" for _, country in posts[name])
