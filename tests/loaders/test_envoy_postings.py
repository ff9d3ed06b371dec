"""An envoy named with the place of the posting between title and name ("Chile's ambassador
in Nairobi, Ana Soto,") is recognised with the country the envoy serves."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> set[tuple[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 3)))
    return {(p.name, p.country) for p in document.people}


def test_envoy_postings_possessive_ambassador_in_a_city() -> None:
    text = "Chile's ambassador in Nairobi, Ana Sotomayor, opened the trade fair on Monday."
    assert ("Ana Sotomayor", "CL") in _people(text)


def test_envoy_postings_ambassador_of_a_country_to_another() -> None:
    text = "The ambassador of Chile to Kenya, Ana Sotomayor, opened the trade fair on Monday."
    assert ("Ana Sotomayor", "CL") in _people(text)


def test_envoy_postings_posting_without_a_name_names_nobody() -> None:
    text = "Chile's ambassador in Nairobi, Kenya's capital, opened the trade fair on Monday."
    assert _people(text) == set()
