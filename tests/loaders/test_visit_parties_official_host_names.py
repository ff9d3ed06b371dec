"""'A state visit to the Republic of Kenya by X': the visitor after a host's official name."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str) -> set[tuple[str, str, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 6)))
    names = {p.key: p.name for p in document.people}
    return {(names[v.visitor], v.host_country, v.visit_type) for v in document.visits}


def test_visit_parties_official_host_names_visitor_after_by() -> None:
    text = (
        "Programme\n\nThe state visit to the Federal Republic of Germany by President "
        "Emmanuel Macron runs from 26 to 28 May 2024.\n"
    )
    assert _visits(text) == {("Emmanuel Macron", "DE", "state")}


def test_visit_parties_official_host_names_heading_in_capitals() -> None:
    text = (
        "COURT CIRCULAR\n\nSTATE VISIT TO THE KINGDOM OF THAILAND BY HIS MAJESTY KING PHILIPPE, "
        "MAY 2024\n\nThe King met the Prime Minister of Thailand.\n"
    )
    assert ("Philippe", "TH", "state") in _visits(text)


def test_visit_parties_official_host_names_not_a_passive_agent() -> None:
    text = "Report\n\nThe visit to Paris was overshadowed by President Joe Biden's remarks.\n"
    assert _visits(text) == set()
