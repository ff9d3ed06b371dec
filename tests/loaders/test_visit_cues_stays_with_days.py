"""A stay told with "is in" and its days ("is in Chile from 3 to 5 May 2025 for the annual
dialogue") is a visit with its first and last day; "is in" with anything else is not a trip."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2025, 4, 20)


def _spans(text: str) -> set[tuple[str, str, str | None, str | None]]:
    document = read(text, FILED)
    names = {p.key: p.name for p in document.people}
    return {
        (
            names[v.visitor],
            v.host_country,
            v.start.lexical if v.start else None,
            v.end.lexical if v.end else None,
        )
        for v in document.visits
    }


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian President Tomas Varga is in Colombia from 3 to 5 May 2025 for the annual "
        "Leaders' Dialogue with President Jorge Diaz.",
        "President Tomas Varga of Hungary is in Colombia from 3 to 5 May 2025 for talks with "
        "President Jorge Diaz.",
        "President Tomas Varga of Hungary will be in Colombia from 3 to 5 May 2025 for talks "
        "with President Jorge Diaz.",
    ],
)
def test_visit_cues_stay_with_its_days(text: str) -> None:
    assert ("Tomas Varga", "CO", "2025-05-03", "2025-05-05") in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian President Tomas Varga is in talks from Monday with President Jorge Diaz of "
        "Colombia.",
        "Hungarian President Tomas Varga is in charge from 1 May of the talks with Colombia.",
        "Hungarian President Tomas Varga is in favour of a deal with Colombia from 2026.",
        "Hungarian President Tomas Varga is in the region from time to time, Colombia said.",
        "Hungarian President Tomas Varga is in Colombia.",  # no days: where he is, not a trip
    ],
)
def test_visit_cues_is_in_without_a_stay(text: str) -> None:
    assert not any(name == "Tomas Varga" for name, *_ in _spans(text))
