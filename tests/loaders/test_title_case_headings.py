"""A headline in title case capitalises its verbs and nouns, which must not run into the names
read after a title ("Receives Emir", "Mahama Pays Working Visit"): such a name is kept only when
the text writes it again below, in any case."""

from __future__ import annotations

from tests.loaders.reading import read, visits


def test_title_case_headings_verb_after_a_royal_title_is_no_visitor() -> None:
    document = read(
        "Crown Prince Receives Emir of Qatar at Al Salam Palace\n\n"
        "Jeddah, March 4, 2023, SPA -- His Royal Highness Prince Mohammed bin Salman, Crown "
        "Prince and Prime Minister, received in audience today His Highness Sheikh Tamim bin "
        "Hamad Al Thani, Emir of the State of Qatar, who is visiting the Kingdom.\n"
    )
    assert {p.name for p in document.people} == {
        "Mohammed bin Salman",
        "Tamim bin Hamad Al Thani",
    }
    assert visits(document) == {("Tamim bin Hamad Al Thani", "SA")}


def test_title_case_headings_name_running_into_the_headline_verb_is_dropped() -> None:
    document = read(
        "Ghana, Togo Sign Four Deals as President Mahama Pays Working Visit\n\n"
        "ACCRA, 14 May 2025 - President Faure Gnassingbe received President John Dramani "
        "Mahama of Ghana in Lome today.\n"
    )
    names = {p.name for p in document.people}
    assert "John Dramani Mahama" in names
    assert not any("Pays" in name for name in names)


def test_title_case_headings_name_written_again_in_capitals_is_kept() -> None:
    document = read(
        "Remarks by President Lula and President Boric in Joint Press Statement\n\n"
        "Palacio de La Moneda, Santiago, Chile\n\n"
        "PRESIDENT BORIC: Welcome to Chile, dear friend.\n\n"
        "PRESIDENT LULA: Thank you. We signed nineteen agreements today.\n"
    )
    assert {"Lula", "Boric"} <= {p.name for p in document.people}


def test_title_case_headings_headline_in_running_case_keeps_its_names() -> None:
    document = read(
        "President Ramaphosa arrives in Maputo for talks on gas\n\n"
        "MAPUTO, Jan 10 (Agency) - South Africa's president arrived in Mozambique on Tuesday "
        "for talks on energy.\n"
    )
    assert "Ramaphosa" in {p.name for p in document.people}


def test_title_case_headings_signature_under_the_story_is_kept() -> None:
    document = read(
        "The two presidents agreed to open a new border post on the lake.\n\n"
        "Samia Suluhu Hassan, President of the United Republic of Tanzania\n"
    )
    assert "Samia Suluhu Hassan" in {p.name for p in document.people}


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
