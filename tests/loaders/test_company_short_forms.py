"""A company introduced with its short form in brackets ("Andes Copper Holdings Ltd (ACH)") is
one company, also where the short form is written again later."""

from __future__ import annotations

import datetime

from tests.loaders.reading import company_names, read

_DAY = datetime.date(2026, 2, 3)


def _companies(text: str) -> set[str]:
    return set(company_names(read(text, _DAY)))


def test_company_short_forms_bracketed_short_form_is_the_same_company() -> None:
    text = (
        "Riyadh-based Saudi Arabian Mining Company (Ma'aden) agreed with Zambia's Copperbelt "
        "Energy Corporation to study a smelter."
    )
    assert len(_companies(text)) == 2


def test_company_short_forms_a_known_short_form_joins_the_full_name() -> None:
    """A short form the gazetteer knows is the company the document names in full, also
    where it is written again."""
    text = (
        "Nigerian National Petroleum Company Limited (NNPC) signed a gas supply deal with "
        "Eni. NNPC expects the first cargo in June."
    )
    assert len(_companies(text)) == 2


def test_company_short_forms_a_country_in_brackets_renames_nothing() -> None:
    """Counter-example: brackets that give a country, not a short name, leave both firms."""
    text = (
        "Copperbelt Energy Corporation (Zambia) and Andes Copper Holdings Ltd (Peru) signed a "
        "supply contract."
    )
    assert len(_companies(text)) == 2


def test_company_short_forms_two_firms_side_by_side_stay_two() -> None:
    """Counter-example: a second company named after the first, not in its brackets."""
    text = "Andes Copper Holdings Ltd and Copperbelt Energy Corporation signed a supply contract."
    assert len(_companies(text)) == 2
