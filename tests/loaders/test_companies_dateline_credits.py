"""The agency a wire story credits in its dateline ("Yerevan, May 3, 2024 (ENA) - ...") is
no company, even where a known company goes by the same letters; the same letters in the story
itself still name the company."""

from __future__ import annotations

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

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
