"""A firm described as a joint venture or a subsidiary right after its name is a company ("X,
a joint venture of A and B"); a firm's kind that qualifies a person's job ("Y, a bank clerk")
names no company."""

from __future__ import annotations

import pytest

from tests.loaders.reading import company_names, read

_DATELINE = "DOHA, 4 June 2024 - "


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Talks focused on the smelter, where Sahel Metals, a joint venture of Qatar "
            "Mining and a Malian partner, plans to invest.",
            "Sahel Metals",
        ),
        (
            "Corniche Logistics, a subsidiary of Qatar Mining, will build the depot.",
            "Corniche Logistics",
        ),
    ],
)
def test_a_joint_venture_or_subsidiary_described_after_its_name_is_a_company(
    text: str, firm: str
) -> None:
    assert firm in company_names(read(_DATELINE + text))


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, a bank clerk, watched the ceremony.",
        "Kofi Mensah, a joint venture partner, watched the ceremony.",
    ],
)
def test_a_kind_of_firm_before_a_persons_job_names_no_company(text: str) -> None:
    """Counter-example: the person is described by their job, not as a firm."""
    assert company_names(read(_DATELINE + text)) == []
