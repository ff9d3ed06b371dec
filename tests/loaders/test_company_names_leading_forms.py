"""A legal form written before a company's name stays in the name the graph shows, for known
and unknown companies alike ("PT Pupuk Indonesia" as "PT INKA", issue 4); a name in quotes
still shows the name alone."""

from __future__ import annotations

import pytest

from tests.loaders.test_company_names import company_names


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "State fertiliser maker PT Pupuk Indonesia signed a supply deal with a Moroccan firm.",
            "PT Pupuk Indonesia",
        ),
        ("Rail car maker PT INKA will deliver 20 coaches to Bangladesh.", "PT INKA"),
        ("PT Telkom Indonesia Tbk opened an office in Dili.", "PT Telkom Indonesia Tbk"),
        (
            "The deal was signed by PT Bank Mandiri (Persero) Tbk and a Saudi lender.",
            "PT Bank Mandiri (Persero) Tbk",
        ),
    ],
)
def test_company_names_keep_a_leading_legal_form_as_written(text: str, shown: str) -> None:
    assert list(company_names(text).values()) == [shown]


def test_company_names_in_quotes_show_the_name_alone() -> None:
    text = "The minister met the heads of JSC «KazMunayGas» in Astana."
    assert list(company_names(text).values()) == ["KazMunayGas"]


def test_company_names_a_bracket_after_a_name_that_is_no_legal_form_is_left_out() -> None:
    text = "PT Sinar Jaya (Indonesia) will supply buses to Timor-Leste."
    assert list(company_names(text).values()) == ["PT Sinar Jaya"]
