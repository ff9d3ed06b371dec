"""A Markdown note reads as its words: a bold figure is still a figure, a link its text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.markdown_text import markdown_text
from dkg.loaders.steps.read import read_documents

PIPELINE = default_pipeline()


def test_markdown_text_marks_go_and_words_stay() -> None:
    text = "## Trade\n\n*Note:* trade reached **US$ 40 million** ([source](https://x.example/a)).\n"
    assert markdown_text(text) == "Trade\n\nNote: trade reached US$ 40 million (source).\n"


def test_markdown_text_stars_that_are_no_emphasis_stay() -> None:
    assert (
        markdown_text("Rates rose 5 * 3 times; see note*.") == "Rates rose 5 * 3 times; see note*."
    )


def test_markdown_text_a_bold_figure_in_a_note_is_read(tmp_path: Path) -> None:
    note = tmp_path / "trade-note.md"
    note.write_text(
        "# Trade note\n\n**Ministry of Trade, Lima, 4 March 2024**\n\n"
        "- Two-way trade between Peru and Brazil reached **US$ 4.1 billion in 2023**.\n",
        encoding="utf-8",
    )
    document = next(read_documents(note))
    assert isinstance(document, Document)
    figures = PIPELINE(document).figures
    assert [(f.value, f.unit, f.year) for f in figures] == [(4_100_000_000, "USD", 2023)]


def _read(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = next(read_documents(path))
    assert isinstance(document, Document), document
    return document


_TALKS = "President Umaro Embalo of Guinea-Bissau arrived on Monday for a state visit."


@pytest.mark.parametrize(
    ("note", "day"),
    [
        # A bold dateline with the story on its line, under a heading.
        (f"# Talks in Praia\n\n**Praia, 13 March 2023** \u2013 {_TALKS}\n", date(2023, 3, 13)),
        # A dateline in italics on a line of its own, under a heading and a subheading.
        (f"# Talks in Praia\n\n## Ports and fisheries\n\n*Praia, 13 March 2023*\n\n{_TALKS}\n",
         date(2023, 3, 13)),
        # No heading: the italic line alone marks the file up.
        (f"Talks in Praia\n\n*Praia, 13 March 2023*\n\n{_TALKS}\n", date(2023, 3, 13)),
    ],
)  # fmt: skip
def test_markdown_text_a_text_file_in_markdown_is_dated_by_its_dateline(
    tmp_path: Path, note: str, day: date
) -> None:
    document = _read(tmp_path, "note.txt", note)
    assert document.date == day
    assert "*" not in document.text and "#" not in document.text
    assert [v.host_country for v in PIPELINE(document).visits] == ["CV"]


def test_markdown_text_a_jsonl_record_in_markdown_is_read_as_markdown(tmp_path: Path) -> None:
    record = {
        "id": "praia",
        "text": f"# Talks in Praia\n\n**Praia, 13 March 2023** \u2013 {_TALKS}",
    }
    document = _read(tmp_path, "notes.jsonl", json.dumps(record) + "\n")
    assert document.date == date(2023, 3, 13)
    assert document.text.startswith("Talks in Praia\n\nPraia, 13 March 2023 \u2013")


@pytest.mark.parametrize(
    "text",
    [
        f"PRAIA, 13 March 2023 - {_TALKS} Rates rose 5 * 3 times.\n",
        f"PRAIA, 13 March 2023 - {_TALKS}\n\n#CaboVerde #Diplomacy\n",
        f"PRAIA, 13 March 2023 - {_TALKS}\n\n* The talks were held in private.\n",
    ],
)
def test_markdown_text_a_plain_text_file_keeps_its_stars_and_hashes(
    tmp_path: Path, text: str
) -> None:
    assert _read(tmp_path, "story.txt", text).text == text


def test_markdown_text_a_list_item_with_a_bold_number_marks_the_file_up(tmp_path: Path) -> None:
    note = (
        "VADUZ, 4 June 2025 - Liechtenstein and Switzerland are close partners.\n\n"
        "- Around **11,000** persons commute every working day from Switzerland to jobs in "
        "Liechtenstein.\n"
    )
    document = _read(tmp_path, "facts.txt", note)
    assert "*" not in document.text
    figures = PIPELINE(document).figures
    assert [(f.value, f.unit) for f in figures] == [(11_000, "count")]


@pytest.mark.parametrize(
    "text",
    [
        f"PRAIA, 13 March 2023 - {_TALKS}\n\n- Rates rose 5 ** 3 times.\n",
        f"PRAIA, 13 March 2023 - {_TALKS}\n\n- See note** and note**.\n",
    ],
)
def test_markdown_text_a_list_item_without_bold_words_keeps_its_stars(
    tmp_path: Path, text: str
) -> None:
    assert _read(tmp_path, "story.txt", text).text == text
