"""Datelines that name the country after the city and the weekday before the date
("CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (Agency) --"), plain, in bold or in italics,
date the story, so its weekdays resolve; a headline that merely lists names before a date
does not."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from dkg.loaders.steps.read import make_document, read_documents
from tests.loaders.reading import dated_meetings, dated_visits, read

_BODY = (
    "The Foreign Minister of Dominica, Vince Henderson, held talks with Prime Minister "
    "Philip Pierre on Monday. Henderson, who arrived in Castries on Sunday evening, also met "
    "Foreign Minister Alva Baptiste."
)
MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    "dateline",
    [
        "CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (GIS) --",
        "CASTRIES, SAINT LUCIA, Monday, March 4, 2024 (GIS) -",
        "Castries, Saint Lucia, Monday, 4 March 2024 \u2013",
        "CASTRIES, SAINT LUCIA, 4 March 2024 (GIS) --",
        "Roseau, Commonwealth of Dominica, Mon. 4 March 2024 -",
        "Kingstown, Saint Vincent and the Grenadines, Monday, 4 March 2024 -",
        "ST. GEORGE'S, GRENADA, Monday, 4 March 2024 (GIS) --",
        "CASTRIES, SAINT LUCIA, Monday, 4 March, 2024 (GIS) --",
        "CASTRIES, 4th March, 2024 (GIS) --",
        "Castries (Saint Lucia), March 4, 2024, GIS -",
        "Castries, March 4th, 2024 (GIS) -",
    ],
)
def test_read_country_datelines_date_the_story(dateline: str) -> None:
    assert make_document("t", "t", f"{dateline} {_BODY}\n").date == MONDAY


@pytest.mark.parametrize(
    ("name", "top"),
    [
        ("story.md", "*CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (GIS)* --"),
        ("story.txt", "*CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (GIS)* --"),
        ("story.txt", "**CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (GIS)** --"),
        ("story.txt", "CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (GIS) --"),
    ],
)
def test_read_country_datelines_in_emphasis(tmp_path: Path, name: str, top: str) -> None:
    path = tmp_path / name
    path.write_text(f"Dominica and Saint Lucia talk trade\n\n{top} {_BODY}\n", encoding="utf-8")
    (document,) = read_documents(path)
    assert not isinstance(document, Exception)
    assert document.date == MONDAY
    assert not document.text.startswith("*")


def test_read_country_datelines_resolve_the_arrival_to_the_day_before() -> None:
    document = read(f"CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (GIS) -- {_BODY}\n")
    assert ("Vince Henderson", "LC", "2024-03-03") in dated_visits(document)
    assert (["Philip Pierre", "Vince Henderson"], "2024-03-04") in dated_meetings(document)


@pytest.mark.parametrize(
    "dateline",
    [
        "CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (GIS) --",
        "ST. GEORGE'S, GRENADA, Monday, 4 March 2024 (GIS) --",
        "Castries, St Lucia, Monday 4th March 2024 (GIS) --",
        "CASTRIES, SAINT LUCIA, Monday, 4 March, 2024 (GIS) --",
        "CASTRIES, 4th March, 2024 (GIS) --",
        "Castries (Saint Lucia), March 4, 2024, GIS -",
        "Castries, March 4th, 2024 (GIS) -",
    ],
)
def test_read_country_datelines_the_dateline_is_no_sentence_of_the_story(dateline: str) -> None:
    document = read(f"{dateline} {_BODY}\n")
    assert document.sentences[0].dateline
    assert document.sentences[1].text.startswith("The Foreign Minister of Dominica")


@pytest.mark.parametrize(
    "top",
    [
        # A headline that lists names before a date is no place.
        "Dominica, Saint Lucia agree on ferry link, 4 March 2024",
        "Henderson, Pierre and the ferry link, 4 March 2024",
        # An italic line that is not a dateline, in a plain text file.
        "*Trade Notes* is a weekly column.",
    ],
)
def test_read_country_datelines_lines_that_are_no_dateline(tmp_path: Path, top: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{top}\n\n{_BODY}\n", encoding="utf-8")
    (document,) = read_documents(path)
    assert not isinstance(document, Exception)
    assert document.date is None


@pytest.mark.parametrize(
    "dateline", ["Lima, Oct 3 (Andina)", "Lima, Oct 3 (Andina):", "LIMA. Oct 3 (Andina) -"]
)
def test_read_country_datelines_an_agency_in_brackets_may_run_into_the_story(
    dateline: str,
) -> None:
    text = (
        f"{dateline} The Foreign Minister of Chile, Rosa Vidal, held talks with her "
        "Peruvian counterpart this Thursday. Vidal, who arrived in Lima on Wednesday, also met "
        "the trade minister."
    )
    visits = dated_visits(read(text))
    # The dateline is its own sentence, so the lead's weekdays read against October 3.
    assert visits == {("Rosa Vidal", "PE", "--10-02")}
