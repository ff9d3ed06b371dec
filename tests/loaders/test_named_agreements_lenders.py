"""A lower-case document told with its lender ("a loan agreement from the development agency
for the metro line") is one named document of a package, titled as written."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2025, 3, 12)
_OPENING = "President Ana Ruiz, who arrived in Seoul on Monday, held talks on Tuesday. "


def _titles(text: str) -> set[str | None]:
    return {a.title for a in read(_OPENING + text, _DAY).agreements}


def test_a_loan_agreement_from_a_lender_is_named_with_its_lender() -> None:
    text = (
        "The two sides signed six documents, including a loan agreement from the Korea "
        "Eximbank for the Lima ring road."
    )
    assert "loan agreement from the Korea Eximbank for the Lima ring road" in _titles(text)


def test_from_which_opens_a_clause_not_a_title() -> None:
    """Counter-example: "from which" starts a relative clause, not the document's name."""
    text = "The ministers signed an agreement from which both sides benefit."
    assert not any(t and "which" in t for t in _titles(text))
