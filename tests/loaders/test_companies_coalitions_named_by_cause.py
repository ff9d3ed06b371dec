"""Issue 4: a "Group" whose name goes on with what it is for ("the Leadership Group for
Industry Transition (LeadIT)") is a coalition of states, no company; a business group followed
by a date or by lower-case words stays a company."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


@pytest.mark.parametrize(
    "text",
    [
        "Sweden and India lead the Leadership Group for Industry Transition (LeadIT), which "
        "the two prime ministers discussed in Stockholm on Monday.",
        "Both countries belong to the Coalition Group for Clean Shipping, the Norwegian and "
        "Chilean ministers said in Oslo.",
        "Kenya joined the Champions Group on Ocean Action (CGOA) during the visit of the "
        "Portuguese president to Nairobi.",
    ],
)
def test_companies_group_named_by_its_cause_is_no_company(text: str) -> None:
    assert read(text).companies == ()


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # Counter-examples: a date or lower-case words after the group leave the firm alone.
        (
            "The Philippine government signed a port deal with the Salim Group on Monday.",
            "Salim Group",
        ),
        (
            "The president thanked the Anand Group for its new plant near Pune, India.",
            "Anand Group",
        ),
    ],
)
def test_companies_business_group_followed_by_a_date_stays_a_company(
    text: str, company: str
) -> None:
    assert company in {c.name for c in read(text).companies}
