"""A company's name keeps an elided French particle ("Orange Cote d'Ivoire", "Banque de
l'Habitat") and initials written without a space ("A.P. Moller - Maersk"): cut there it was a
different company, "Orange Cote" (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2024, 4, 17)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The operator Orange Cote d'Ivoire signed a roaming deal with Safaricom on Friday.",
            ["Orange Cote d'Ivoire", "Safaricom"],
        ),
        (
            "Lenders such as Banque de l'Habitat and Attijari Bank joined the scheme.",
            ["Banque de l'Habitat", "Attijari Bank"],
        ),
        (
            "The shipping group A.P. Moller - Maersk will run the new terminal in Tema.",
            ["A.P. Moller - Maersk"],
        ),
    ],
)
def test_company_names_elisions_keep_the_whole_name(text: str, names: list[str]) -> None:
    assert [c.text for c in read(text, _DAY).companies] == names


def test_company_names_elisions_a_lower_case_word_after_the_mark_ends_the_name() -> None:
    """Counter-example: "d'" before a lower-case word is no particle of the name."""
    text = "The operator Orange said it would invest in Senegal, d'apres its chief."
    assert [c.text for c in read(text, _DAY).companies] == ["Orange"]
