"""Datelines of Markdown releases and joint stories: two capitals joined by a slash, an office's
name before a dash, and a release form's labelled date all date the story."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from dkg.loaders import Document
from dkg.loaders.steps.read import make_document, read_documents

_BODY = "The two prime ministers met on Tuesday and agreed to open a joint border post."


@pytest.mark.parametrize(
    ("top", "day"),
    [
        # Filed from two capitals, with the agency in brackets.
        ("Border post agreed\n\nTallinn/Helsinki, 21 October 2022 (BNS)",
         datetime.date(2022, 10, 21)),
        ("Border post agreed\n\nTallinn / Helsinki, October 21, 2022 -",
         datetime.date(2022, 10, 21)),
        # An office's name, an em dash, then the place and date.
        ("Border post agreed\n\nGovernment Communication Office of Estonia \u2014 Tallinn, "
         "21 October 2022", datetime.date(2022, 10, 21)),
        # A release form's labelled date, in whatever words it labels it.
        ("Border post agreed\n\nRelease Date: 21 October 2022", datetime.date(2022, 10, 21)),
        ("Border post agreed\nPublication date: 21.10.2022\n", datetime.date(2022, 10, 21)),
        ("Border post agreed\nDate of issue: October 21, 2022\n", datetime.date(2022, 10, 21)),
    ],
)  # fmt: skip
def test_read_office_and_joined_datelines_date_the_story(top: str, day: datetime.date) -> None:
    assert make_document("t", "t", f"{top}\n\n{_BODY}\n").date == day


@pytest.mark.parametrize(
    "top",
    [
        # A headline that names two capitals and a date is a sentence, not a dateline.
        "Ministers of Tallinn/Helsinki met on 21 October 2022 to agree on a border post",
        # A dash that opens a story's sentence after a headline's words.
        "Border post agreed \u2014 Tallinn talks on 21 October 2022 open a new chapter",
        # A date that is not the release's.
        "Border post agreed\nExpected release date: 21 October 2022",
        "Border post agreed\nRelease date for the joint report: 21 October 2022",
    ],
)
def test_read_office_and_joined_datelines_lines_that_are_no_dateline(top: str) -> None:
    assert make_document("t", "t", f"{top}\n\n{_BODY}\n").date is None


def test_read_office_and_joined_datelines_a_markdown_release_form(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(
        "# Border post agreed\n\n**Ministry of Foreign Affairs**\n\n"
        f"**Release Date:** 21 October 2022\n\n**Contact:** press office\n\n{_BODY}\n",
        encoding="utf-8",
    )
    [document] = read_documents(path)
    assert isinstance(document, Document), document
    assert document.date == datetime.date(2022, 10, 21)
