"""Issue 4: a form of address inside a run of capitalised names ("Hassan Sheikh Mohamud",
"Omar Sultan Haji") is part of the name: the person is not cut at it when the story writes the
short form too, and it is no post. Before a name it stays a form of address."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Somali President Hassan Sheikh Mohamud landed in Ankara on Monday. Turkish "
            "President Recep Tayyip Erdogan welcomed Hassan Sheikh at the palace.",
            {
                "Hassan Sheikh Mohamud": {("President", "SO")},
                "Recep Tayyip Erdogan": {("President", "TR")},
            },
        ),
        (
            "Djibouti's foreign minister, Omar Sultan Haji, travelled to Addis Ababa on Tuesday "
            "to see Ethiopian Prime Minister Abiy Ahmed.",
            {
                "Omar Sultan Haji": {("Minister of Foreign Affairs", "DJ")},
                "Abiy Ahmed": {("Prime Minister", "ET")},
            },
        ),
        (
            "Hassan Emir Farah, Somalia's finance minister, met Kenyan Treasury officials "
            "in Nairobi.",
            {"Hassan Emir Farah": {("Minister of Finance", "SO")}},
        ),
    ],
)
def test_people_form_of_address_inside_a_name_is_part_of_it(
    text: str, people: dict[str, set[tuple[str, str | None]]]
) -> None:
    assert people_posts(read(text)) == people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Counter-examples: before the name the word is still a ruler's title or an address.
        (
            "Emir Tamim bin Hamad Al Thani received the Rwandan envoy in Doha on Sunday.",
            "Tamim bin Hamad Al Thani",
            "Emir",
        ),
        (
            "Sultan Haitham bin Tarik welcomed the Indian delegation to Muscat, Oman.",
            "Haitham bin Tarik",
            "Sultan",
        ),
    ],
)
def test_people_form_of_address_before_a_name_stays_a_title(
    text: str, name: str, title: str
) -> None:
    assert title in {t for t, _ in people_posts(read(text))[name]}
