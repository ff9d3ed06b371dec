"""Initials written without dots ("A H Mahmood Ali", "S M Rahman"), as South Asian names often
are, belong to the name; a lone capital "A" that opens a sentence is still the article."""

from __future__ import annotations

from tests.loaders.reading import meetings, people_posts, read


def test_bare_initials_open_the_name() -> None:
    document = read(
        "Foreign Minister Mauro Vieira of Brazil held talks with his Bangladeshi counterpart "
        "Dr A H Mahmood Ali in Dhaka on Monday."
    )
    assert "A H Mahmood Ali" in people_posts(document)
    assert meetings(document) == [["A H Mahmood Ali", "Mauro Vieira"]]


def test_a_lone_capital_letter_is_no_initial() -> None:
    """Counter-example: one letter alone is the article, not an initial."""
    document = read(
        "A Brazilian delegation met Foreign Minister Shafiuddin Ahmed in Dhaka on Monday."
    )
    assert list(people_posts(document)) == ["Shafiuddin Ahmed"]
