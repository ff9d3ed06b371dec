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
    ],
)
def test_company_names_keep_a_leading_legal_form_as_written(text: str, shown: str) -> None:
    assert list(company_names(text).values()) == [shown]


def test_company_names_in_quotes_show_the_name_alone() -> None:
    text = "The minister met the heads of JSC «KazMunayGas» in Astana."
    assert list(company_names(text).values()) == ["KazMunayGas"]
