"""Issue 4: "his Pakistani counterpart, X" after a titled subject makes X the holder of the
same post for the demonym's country; a possessive owner or a form of address before the word
gives no post."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Foreign Minister Lucia Mendez of Chile met her Kenyan counterpart, Peter Otieno, "
            "in Santiago on Monday.",
            "Minister of Foreign Affairs",
        ),
        (
            "President Lucia Mendez received her Kenyan counterpart Peter Otieno in Santiago.",
            "President",
        ),
    ],
)
def test_people_counterpart_holds_the_subjects_post_for_its_country(text: str, post: str) -> None:
    assert people_posts(read(text))["Peter Otieno"] == {(post, "KE")}


@pytest.mark.parametrize(
    "text",
    [
        "President Lucia Mendez's envoy met his Kenyan counterpart Peter Otieno in Santiago.",
        "Sheikh Salem Al Mansoori met his Kenyan counterpart Peter Otieno in Nairobi.",
        "The envoy of President Lucia Mendez met his Kenyan counterpart Peter Otieno in Nairobi.",
    ],
)
def test_people_counterpart_of_an_owner_or_a_form_of_address_has_no_post(text: str) -> None:
    assert people_posts(read(text))["Peter Otieno"] == set()
