"""A sovereign's short name read from a title-case headline is kept without the story writing
it again, unless it holds another head's title: "King Receives Visiting President" runs the
title into the headline's verb and its guest, and names nobody."""

from __future__ import annotations

from tests.loaders.reading import read


def test_title_case_headings_royal_run_on_into_a_guest_title_is_dropped() -> None:
    document = read(
        "HM the Sultan Receives Gambian President in Muscat\n\n"
        "Muscat, May 6, 2024 (ONA) - His Majesty Sultan Haitham bin Tarik received on Monday "
        "at Al Alam Palace the President of the Republic of The Gambia, Adama Barrow, who is "
        "on an official visit to the Sultanate.\n"
    )
    names = {p.name for p in document.people}
    assert "Haitham bin Tarik" in names
    assert not any("Receives" in name or "President" in name for name in names)


def test_title_case_headings_royal_short_name_is_kept() -> None:
    """Counter-example: a sovereign's own short name in a heading is a person even when the
    story calls them only "The King"."""
    document = read(
        "STATE VISIT TO GHANA BY KING CHARLES III\n\n"
        "Accra, 6 May 2024 - The King arrived at Jubilee House on Monday and held talks with "
        "President Nana Akufo-Addo.\n"
    )
    assert "Charles III" in {p.name for p in document.people}


def test_title_case_headings_royal_name_is_cut_before_the_headline_verb() -> None:
    """Title case capitalises the verb after a sovereign's short name; the story writes it in
    lower case ("received"), which shows where the name ends."""
    document = read(
        "Sultan Haitham Receives Credentials of Four Envoys\n\n"
        "Muscat, May 6, 2024 (ONA) - His Majesty the Sultan received the letters of credence "
        "of four new ambassadors at Al Alam Palace on Monday.\n"
    )
    assert {p.name for p in document.people} == {"Haitham"}


def test_title_case_headings_royal_name_keeps_its_particle() -> None:
    """Counter-example: "bin" is part of the name, though the story writes it in lower case."""
    document = read(
        "Emir Tamim bin Hamad Receives Turkish Envoy\n\n"
        "Doha, May 6, 2024 (QNA) - The Emir received the new ambassador of Turkey on Monday; "
        "the minister bin Abdulrahman attended the audience.\n"
    )
    assert "Tamim bin Hamad" in {p.name for p in document.people}
