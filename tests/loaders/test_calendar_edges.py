"""Extraction never fails on the calendar's edge days: every sample, filed on a leap day, on the
last day of a year or on the first of a month, and with a byline carrying that day, still gives
a graph that passes the shapes. A crash here loses a researcher's whole document."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest

from dkg.loaders import Document, build_graph, read_documents
from dkg.ontology.validation import validate

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
EDGE_DAYS = [
    datetime.date(2024, 2, 29),
    datetime.date(2023, 12, 31),
    datetime.date(2025, 1, 1),
    datetime.date(2024, 4, 30),
]


def _samples() -> list[Document]:
    documents: list[Document] = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in {".txt", ".md", ".jsonl", ".html"}:
            documents += [d for d in read_documents(path) if isinstance(d, Document)]
    return documents


@pytest.mark.parametrize("day", EDGE_DAYS, ids=str)
def test_calendar_edges_every_sample_extracts_on_an_edge_day(day: datetime.date) -> None:
    byline = f"Published {day.day} {day:%B} {day.year}.\n"
    checked = 0
    for document in _samples():
        for variant in (
            dataclasses.replace(document, date=day),
            dataclasses.replace(document, date=None, text=byline + document.text),
        ):
            report = validate(build_graph(variant).triples)
            assert report.conforms, (document.name, day, report.messages[:3])
            checked += 1
    assert checked >= 100


def test_calendar_edges_a_leap_day_without_a_year_is_read() -> None:
    text = (
        "President of Ghana John Mahama arrived in Lomé on 29 February for a two-day working "
        "visit to Togo. He met President Faure Gnassingbé on 29 February and again on 1 March. "
        "The next day Mahama flew on to Cotonou."
    )
    graph = build_graph(Document("leap", "memory", text, date=None))
    assert validate(graph.triples).conforms
    dates = {
        (t.predicate.value.rpartition("#")[2], str(t.object.value))
        for t in graph.triples
        if t.predicate.value.lower().endswith("date")
    }
    assert {("startDate", "--02-29"), ("endDate", "--03-01"), ("date", "--02-29")} <= dates
