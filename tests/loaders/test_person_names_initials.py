"""A person named with dotted initials ("J.R. Ochieng") keeps them: the name read as "J" was
no one (issue 4)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2025, 2, 3)


def test_person_names_initials_stay_with_the_family_name() -> None:
    text = (
        "The loan was signed by Ghanaian Finance Minister Ama Serwaa and World Bank "
        "Vice President J.R. Ochieng in Accra."
    )
    assert "J.R. Ochieng" in people_posts(read(text, _DAY))


def test_person_names_initials_of_a_country_are_no_name() -> None:
    """Counter-example: "U.A.E. President X" is X, the Emirates' president."""
    text = "Indian Prime Minister Arjun Mehta met U.A.E. President Khalid Saeed in Abu Dhabi."
    assert people_posts(read(text, _DAY))["Khalid Saeed"] == {("President", "AE")}
