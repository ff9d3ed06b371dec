"""Commonwealth-style names and releases: "the Hon. X MP", "the Rt Hon X MP" as a counterpart,
and a contact line "Office of the Prime Minister, Port Moresby" that names a place."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in PIPELINE(Document("t", "t", text)).people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Prime Minister James Marape has welcomed his Australian counterpart, the Hon. "
            "Anthony Albanese MP, for a two-day visit.",
            "Anthony Albanese",
            "AU",
        ),
        (
            "President Cyril Ramaphosa received his British counterpart, the Rt Hon Keir Starmer "
            "MP, in Pretoria.",
            "Keir Starmer",
            "GB",
        ),
    ],
)
def test_people_honourable_member_counterpart(text: str, name: str, country: str) -> None:
    assert _people(text)[name] == country


def test_people_hon_does_not_end_the_sentence() -> None:
    text = "The Hon. Chris Hipkins MP arrived in Apia on Monday."
    document = PIPELINE(Document("t", "t", text))
    assert len(document.sentences) == 1
    assert [p.name for p in document.people] == ["Chris Hipkins"]


@pytest.mark.parametrize(
    "text",
    [
        "Media contact: Office of the Prime Minister, Port Moresby.",
        "Issued by the Office of the President, Nairobi.",
    ],
)
def test_people_a_title_before_a_place_names_no_one(text: str) -> None:
    assert _people(text) == {}
