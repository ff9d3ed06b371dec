"""A leader's spouse is introduced by a consort title ("First Gentleman", "First Spouse") that
is no part of their name, just as "First Lady" is not."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[str]:
    return sorted(p.name for p in PIPELINE(Document("t", "t", text)).people)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("First Gentleman Joachim Sauer toured a museum in Lima.", ["Joachim Sauer"]),
        ("The Queen met First Spouse Marta Ruiz in Quito on Tuesday.", ["Marta Ruiz"]),
        ("Second Gentleman Tomas Berg opened the fair in Oslo.", ["Tomas Berg"]),
        (
            "President Okoro and First Gentleman Daniel Mensah arrived in Accra.",
            ["Daniel Mensah", "Okoro"],
        ),
    ],
)
def test_people_consort_titles_stay_out_of_the_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The First Gentleman toured a museum in Lima on Monday.",
        "A gentleman named Joachim Sauer spoke to the crowd.",
        "The first spouse of the republic opened a school.",
    ],
)
def test_people_consort_titles_without_a_name_are_no_person(text: str) -> None:
    assert _people(text) == []
