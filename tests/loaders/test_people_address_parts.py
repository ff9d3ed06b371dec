"""Parts of an office's address after a title are no people."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> list[str]:
    return [p.name for p in PIPELINE(Document("t", "t", text)).people]


@pytest.mark.parametrize(
    "text",
    [
        "For enquiries: Media Unit, Office of the Prime Minister, Level 4, Harbour House, Apia.",
        "Media contact: Office of the President, Floor 12, Tower B, Quezon City.",
        "Contact: Office of the Deputy Prime Minister, Suite 300, Parliament House.",
    ],
)
def test_people_address_part_after_an_office_is_no_one(text: str) -> None:
    assert _names(text) == []


def test_people_name_after_a_title_and_comma_still_read() -> None:
    assert _names("The Prime Minister, Tuilaepa Sailele, spoke on 4 May.") == ["Tuilaepa Sailele"]
