"""A counterpart named without a demonym ("his counterpart James Marape") is a person too."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> set[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 7, 2)))
    return {p.name for p in document.people}


def test_people_untitled_counterparts_are_people() -> None:
    text = "President Ilham Aliyev was met at the airport by his counterpart Vahagn Khachaturyan."
    assert _names(text) == {"Ilham Aliyev", "Vahagn Khachaturyan"}


@pytest.mark.parametrize(
    "text",
    [
        "President Ilham Aliyev later met his counterpart in Tbilisi.",
        "President Ilham Aliyev thanked his Pacific counterparts Monday.",
    ],
)
def test_people_untitled_counterparts_need_a_full_name(text: str) -> None:
    assert _names(text) == {"Ilham Aliyev"}
