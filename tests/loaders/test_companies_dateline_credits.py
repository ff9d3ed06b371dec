"""The agency a wire story credits in its dateline ("Yerevan, May 3, 2024 (ENA) - ...") is
no company, even where a known company goes by the same letters; the same letters in the story
itself still name the company."""

from __future__ import annotations

import datetime

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies
from tests.loaders.reading import company_names, read

_GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [c.name for c in find_companies(sentence, 0, _GAZETTEER)]


def test_companies_dateline_credits_are_no_company() -> None:
    assert _names("Yerevan, May 3/2024 (ENA) The two ministers met this morning.") == []
    assert _names("GYUMRI, May 3, 2024 (ENA) - The two ministers met this morning.") == []


def test_companies_dateline_credits_the_same_letters_in_the_story_name_the_company() -> None:
    """Counter-example: the grid operator named in the text is the company."""
    assert _names("The grid operator ENA will build a substation near Gyumri.") == [
        "Electric Networks of Armenia"
    ]
    assert _names("Since May 2024 (ENA) The operator has built two substations.") == [
        "Electric Networks of Armenia"
    ]


def test_companies_dateline_credits_the_outlet_s_full_name_is_no_company() -> None:
    """The broadcaster credited in the opening line ("Mopti (ORTMB) -") is the publisher under
    its full name too, which had become a company of the story."""
    text = (
        "Mopti (ORTMB) \u2013 The Minister of Foreign Affairs met the Senegalese ambassador on "
        "Monday, Office de Radio et Television Malienne de Bamako reports.\n\n"
        "The two discussed trade, said Office Radio Television Mopti Broadcasting (ORTMB)."
    )
    assert company_names(read(text, datetime.date(2025, 3, 4))) == []


def test_companies_dateline_credits_other_firms_of_the_story_stay() -> None:
    """Counter-example: a firm whose words do not spell the credit stays a company."""
    text = (
        "Juba, March 3, 2025 (SSBC) \u2013 The Minister met executives of Sudan Oil "
        "Corporation and of South Sudan Broadcasting Corporation on Monday."
    )
    assert company_names(read(text, datetime.date(2025, 3, 4))) == ["Sudan Oil Corporation"]
