"""Issue 4: a name set off by commas after "the" and a lower-case title, as British papers
write it ("the premier, X, said"), names the title's holder; a comma that ends a clause does
not."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The premier, Mark Holloway, spoke to the sultan on Tuesday.",
            "Mark Holloway",
            "Prime Minister",
        ),
        (
            "The foreign minister, Ana Ruiz, said the talks were useful.",
            "Ana Ruiz",
            "Minister of Foreign Affairs",
        ),
        (
            "Talks in Seoul were led by the nation's trade minister, Tomas Novak, on Monday.",
            "Tomas Novak",
            "Minister of Trade",
        ),
        ("The visit was announced by the president, Joana Mbeki.", "Joana Mbeki", "President"),
    ],
)
def test_person_lower_titles_name_in_commas_after_the_title_is_its_holder(
    text: str, name: str, title: str
) -> None:
    assert {t for t, _ in people_posts(read(text)).get(name, set())} == {title}


@pytest.mark.parametrize(
    "text",
    [
        "After meeting the president, Ana Ruiz flew home to Quito.",
        "Besides the foreign minister, Ana Ruiz and Li Wei attended the dinner.",
        "The premier, Moscow said, would come in the spring.",
        # the name is the one tied to the holder, not the holder
        "He recalled the widow of the president, Ana Ruiz, who lived in Lima until 1990.",
    ],
)
def test_person_lower_titles_comma_after_the_title_that_ends_a_clause_names_no_holder(
    text: str,
) -> None:
    assert not any(p for p in people_posts(read(text)).values())
