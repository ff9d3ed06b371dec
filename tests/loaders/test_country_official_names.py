"""Countries named by their official name in its usual English spelling, as government releases
write them ("a State Visit to the Socialist Republic of Vietnam")."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Silva concluded a two-day State Visit to the Socialist Republic of "
        "Vietnam on Tuesday.",
        "President Ana Silva paid a state visit to the Socialist Republic of Viet Nam.",
        "President Ana Silva arrived in the Socialist Republic of Vietnam on a state visit.",
    ],
)
def test_visits_official_name_of_vietnam_is_the_host(text: str) -> None:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 1, 31)))
    assert [(v.visitor, v.host_country) for v in document.visits] == [("ana-silva", "VN")]


def test_visits_a_party_named_after_the_country_is_no_other_host() -> None:
    text = "President Ana Silva met leaders of the Communist Party of Vietnam in Lima."
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 1, 31)))
    assert all(v.host_country != "VN" for v in document.visits)
