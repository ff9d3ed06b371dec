"""People of one country counted by what they do in or get from the other: doctors and nurses
serving there, graduates of its universities, farmers a programme supported. A count of people
who only attend, fly or wait, an age or a distance stays no figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _counts(sentence: str) -> list[Decimal]:
    return [f.value for f in find_figures(sentence, 0, DATED_2025) if f.unit == "count"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("There are 45 Cuban doctors and nurses serving in Dominica.", Decimal(45)),
        ("Some 60 Chinese engineers are serving in Tonga.", Decimal(60)),
        ("More than 300 Fijians have graduated from Indian universities since 1990.", 300),
        ("Over 120 Saint Kitts nationals graduated from Taiwanese colleges.", 120),
        ("Some 1,500 Malawian farmers supported under the scheme grew maize.", 1500),
        ("About 900 Guyanese students were assisted through the programme.", 900),
    ],
)
def test_figure_people_served_and_graduated_are_counts(sentence: str, value: int | Decimal) -> None:
    assert _counts(sentence) == [Decimal(value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 45 Cuban delegates attended the opening ceremony.",
        "About 300 Fijian fans flew to the final in Paris.",
        "The 45-year-old Cuban doctor served in Dominica for a decade.",
        "The two capitals lie 300 kilometres apart.",
        "He graduated from the academy in 1998.",
        "Some 45 Cuban guests were welcomed at the airport.",
    ],
)
def test_figure_people_served_and_graduated_leave_attendees_ages_and_distances(
    sentence: str,
) -> None:
    assert _counts(sentence) == []
