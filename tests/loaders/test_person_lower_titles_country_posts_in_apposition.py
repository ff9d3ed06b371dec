"""Issue 4: wire copy sets a lower-case post with its portfolio and country after a name ("X,
Qatar's foreign minister, said", "X, who is also Kuwait's trade minister", "X, the foreign
minister of Kuwait"): the name is a person holding that post for that country. A comma
before a clause, a place or a firm names nobody."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hamad Al-Kindi, Qatar's foreign minister, said the talks would resume.", "QA"),
        ("Hamad Al-Kindi, the Qatari foreign minister, said the talks would resume.", "QA"),
        ("Hamad Al-Kindi, Saudi Arabia's foreign minister, spoke to reporters.", "SA"),
        ("Hamad Al-Kindi, who is also Kuwait's foreign minister, spoke to reporters.", "KW"),
        ("Hamad Al-Kindi, the foreign minister of Kuwait, spoke to reporters.", "KW"),
    ],
)
def test_person_lower_titles_portfolio_in_apposition_gives_post_and_country(
    text: str, country: str
) -> None:
    assert people_posts(read(text)) == {
        "Hamad Al-Kindi": {("Minister of Foreign Affairs", country)}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Lima, Peru's trade minister said, would host the fair.",
        "In Muscat, Oman's trade minister opened the fair.",
        "Tokyo, the Japanese foreign minister said, would host the talks.",
        "Petronas, Malaysia's state energy firm, said output rose.",
    ],
)
def test_person_lower_titles_portfolio_after_a_place_or_firm_names_nobody(text: str) -> None:
    assert people_posts(read(text)) == {}


def test_person_lower_titles_bare_comma_before_a_portfolio_opens_a_clause() -> None:
    people = people_posts(
        read("Talks moved to Lima, where trade minister Ana Torres spoke on Monday.")
    )
    assert "Lima" not in people


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Lena Virtanen, minister for trade of Finland, opened the fair.", "Minister of Trade"),
        ("Lena Virtanen, minister for defence of Finland, spoke.", "Minister of Defence"),
    ],
)
def test_person_lower_titles_portfolio_after_the_title_gives_post_and_country(
    text: str, post: str
) -> None:
    assert people_posts(read(text)) == {"Lena Virtanen": {(post, "FI")}}


def test_person_lower_titles_words_after_for_that_name_no_portfolio_stay_out_of_the_post() -> None:
    text = "Lena Virtanen, the minister for a day, opened the fair."
    assert people_posts(read(text)) == {"Lena Virtanen": {("Minister", None)}}
