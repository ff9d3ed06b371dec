"""A counterpart introduced with a form of address ("his Chilean counterpart, Mr. X") holds
the post the sentence's subject holds, of the country the demonym names, as without one."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_people_counterpart_forms_of_address_mr_before_the_name() -> None:
    document = read(
        "LIMA, 3 April 2025 - President Rosa Quispe held talks with her Chilean counterpart, "
        "Mr. Tomas Aguirre, at the Government Palace."
    )
    assert people_posts(document)["Tomas Aguirre"] == {("President", "CL")}


def test_people_counterpart_forms_of_address_dr_before_the_name() -> None:
    document = read(
        "Foreign Minister Amina Juma met her Ugandan counterpart, Dr. Peter Okello, in Dodoma."
    )
    assert people_posts(document)["Peter Okello"] == {("Minister of Foreign Affairs", "UG")}


def test_people_counterpart_forms_of_address_no_country_without_a_demonym_of_one() -> None:
    """Counter-example: "Pacific" names no country, so the person named gets no post from it."""
    document = read(
        "Prime Minister Rosa Quispe met her Pacific counterparts, Mr. Tomas Aguirre and others, "
        "in Suva."
    )
    posts = people_posts(document).get("Tomas Aguirre", set())
    assert all(country is None for _, country in posts)
