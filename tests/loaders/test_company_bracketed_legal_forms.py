"""A legal form written in brackets before the last one ("(Pvt) Ltd", "(Pty) Ltd") belongs to
the company's name, which the bracket cut off before (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2025, 8, 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Card payments will clear through CeyCard (Pvt) Ltd from June.", "CeyCard (Pvt) Ltd"),
        ("The mine was sold to Kalahari Copper (Pty) Ltd on Friday.", "Kalahari Copper (Pty) Ltd"),
    ],
)
def test_company_bracketed_legal_forms_belong_to_the_name(text: str, name: str) -> None:
    assert [c.text for c in read(text, _DAY).companies] == [name]


def test_company_bracketed_legal_forms_a_bracketed_word_is_no_form() -> None:
    """Counter-example: a short form in brackets is not a legal form."""
    text = "The Kenya Ports Authority (KPA) said on Monday that traffic rose."
    assert [c.text for c in read(text, _DAY).companies] == []
