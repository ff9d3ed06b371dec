"""A Markdown note reads as its words: a bold figure is still a figure, a link its text."""

from __future__ import annotations

from pathlib import Path

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
