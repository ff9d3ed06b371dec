"""A person named with dotted initials ("J.R. Ochieng") keeps them: the name read as "J" was
no one (issue 4)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import company_names, people_posts, read

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


def test_person_names_initials_after_a_long_post_are_no_legal_form() -> None:
    """A post listing several portfolios ends in a comma before its holder, whose initials
    ("S.A.", "E.P.") read like a firm's legal form after the last portfolio or like an
    acronym of a body: the person was lost and "Tobago Affairs, E.P." became a company."""
    for initials in ("E.P.", "S.A.", "J. R."):
        text = (
            "The Minister of Foreign Affairs, Fisheries, Commerce and Tobago Affairs, "
            f"{initials} Dalton Pierre, is on a working visit to Ghana."
        )
        document = read(text, _DAY)
        assert people_posts(document) == {
            f"{initials} Dalton Pierre": {
                ("Minister of Foreign Affairs, Fisheries, Commerce and Tobago Affairs", None)
            }
        }
        assert company_names(document) == []


def test_person_names_initials_before_a_name_and_a_verb() -> None:
    text = "Trade Minister E.P. Dalton Pierre met Ghanaian President Kofi Mensah on Monday."
    assert "E.P. Dalton Pierre" in people_posts(read(text, _DAY))


def test_person_names_initials_a_legal_form_before_a_verb_stays_a_firm() -> None:
    """Counter-example: "Vinhos Serrano, S.A. said" and "Aguas Claras, E.P. and ..." are
    firms with their legal forms."""
    text = (
        "The Spanish builder Obras Lucero, S.A. signed a contract with Aguas Claras, E.P. "
        "on Monday in Maputo."
    )
    assert company_names(read(text, _DAY)) == ["Obras Lucero, S.A.", "Aguas Claras, E.P."]
