"""A plural title written in a title's capitals ("The Foreign Ministers of India and Japan, A
and B") names its holders as the lower-case one does, and an office two people share ("the
co-presidents of Nicaragua, A and B") gives both of them the post, also after a form of
address ("Compañera B")."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read

_DATELINE = "MANAGUA, 20 April 2023 - "


def test_capitalised_plural_title_gives_each_holder_the_post_of_their_country() -> None:
    text = (
        "The Foreign Ministers of Kenya and Ghana, Wanjiru Otieno and Kofi Mensah-Bonsu, "
        "signed the accord in Nairobi."
    )
    posts = people_posts(read(_DATELINE + text))
    assert posts["Wanjiru Otieno"] == {("Minister of Foreign Affairs", "KE")}
    assert posts["Kofi Mensah-Bonsu"] == {("Minister of Foreign Affairs", "GH")}


def test_two_holders_of_one_countrys_shared_office_both_hold_it() -> None:
    text = (
        "The Co-Presidents of the Republic of Nicaragua, Commander Julio Arana and "
        "Compañera Marta Solís, received the visiting minister on Wednesday."
    )
    posts = people_posts(read(_DATELINE + text))
    assert ("Co-president", "NI") in posts["Julio Arana"]
    assert posts["Marta Solís"] == {("Co-president", "NI")}


def test_a_second_name_with_a_country_of_its_own_is_not_a_co_holder() -> None:
    """Counter-example: "B of Peru" is no second president of Chile."""
    text = "The presidents of Chile, Rosa Soto and Juan Quispe of Peru, met on Friday."
    posts = people_posts(read(_DATELINE + text))
    assert posts["Rosa Soto"] == {("President", "CL")}
    assert ("President", "CL") not in posts.get("Juan Quispe", set())


def test_a_capitalised_list_of_countries_alone_names_no_one() -> None:
    """Counter-example: countries in a title's capitals are still no one's name."""
    text = "The Presidents of Chile, Costa Rica and El Salvador met on Friday."
    assert people_posts(read(_DATELINE + text)) == {}
