"""An ambassador received in the country of the posting lives there: the talks are a
meeting, never a visit, and the one who receives them serves that country."""

from __future__ import annotations

import pytest

from dkg.loaders import default_pipeline
from dkg.loaders.steps.read import make_document

PIPELINE = default_pipeline()


def _read(text: str) -> tuple[set[str], int, dict[str, str | None]]:
    document = PIPELINE(make_document("t", "t", "date 2024-05-19\n" + text))
    countries = {p.name: p.country for p in document.people}
    return {v.visitor for v in document.visits}, len(document.meetings), countries


@pytest.mark.parametrize(
    ("text", "host", "country"),
    [
        (
            "Deputy Minister Anna Berg received the Ambassador of Japan to Norway, Kenji "
            "Sato, in Oslo.",
            "Anna Berg",
            "NO",
        ),
        (
            "President Ali Hassan received the Japanese Ambassador Kenji Sato in Cairo on Monday.",
            "Ali Hassan",
            "EG",
        ),
        (
            "Foreign Minister Ana Lima met the High Commissioner of India, Ravi Menon, in "
            "Canberra on Tuesday.",
            "Ana Lima",
            "AU",
        ),
    ],
)
def test_talks_abroad_resident_envoys_are_met_not_visiting(
    text: str, host: str, country: str
) -> None:
    visitors, meetings, countries = _read(text)
    assert visitors == set()
    assert meetings == 1
    assert countries[host] == country


@pytest.mark.parametrize(
    "text",
    [
        "Special Envoy Kenji Sato of Japan was received by President Ali Hassan in Cairo on "
        "Monday.",
        "Prime Minister Kenji Sato of Japan was received by President Ali Hassan in Cairo on "
        "Monday.",
    ],
)
def test_talks_abroad_resident_envoys_travelling_guests_still_visit(text: str) -> None:
    visitors, _, _ = _read(text)
    assert visitors == {"kenji-sato"}
