"""Reading files into Documents: formats, document dates, errors that name the line."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from dkg.loaders import Document, DocumentError, read_documents


def _read(path: Path, **kwargs: object) -> list[Document | DocumentError]:
    return list(read_documents(path, **kwargs))  # type: ignore[arg-type]


def test_read_text_file_is_one_document_named_by_its_stem(tmp_path: Path) -> None:
    path = tmp_path / "press-note.txt"
    path.write_text("Talks were held in Lima.", encoding="utf-8")
    [document] = _read(path)
    assert isinstance(document, Document)
    assert document.name == "press-note"
    assert document.date is None


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (" date 2024-09-03 Talks were held.", datetime.date(2024, 9, 3)),
        ("date 2024-09-03 14:05 Talks were held.", datetime.date(2024, 9, 3)),
        ("date: 2024-09-03T08:00:00Z\nTalks were held.", datetime.date(2024, 9, 3)),
        ("LIMA, Sep 2, 2024 (Andina) - Talks were held.", datetime.date(2024, 9, 2)),
        ("Lima, September - Talks were held.", None),
        ("Talks were held on Tuesday.", None),
        (
            "Leaders meet\n\nQUITO, Feb. 3, 2021 (Wire) - Talks were held.",
            datetime.date(2021, 2, 3),
        ),
        ("Leaders meet\n\nTalks were held.\n\nQUITO, Feb. 3, 2021 - later.", None),
        # A dateline's year no calendar sum can start from is a slip: the date stays unknown.
        ("QUITO, Feb. 3, 0021 (Wire) - Talks were held yesterday.", None),
    ],
)
def test_read_document_date_from_header_or_dated_dateline(
    tmp_path: Path, first_line: str, expected: datetime.date | None
) -> None:
    path = tmp_path / "note.md"
    path.write_text(first_line, encoding="utf-8")
    [document] = _read(path)
    assert isinstance(document, Document)
    assert document.date == expected


def test_read_default_date_is_used_only_without_a_header(tmp_path: Path) -> None:
    default = datetime.date(2020, 1, 1)
    dated = tmp_path / "a.txt"
    dated.write_text(" date 2024-09-03 Talks.", encoding="utf-8")
    undated = tmp_path / "b.txt"
    undated.write_text("Talks.", encoding="utf-8")
    assert [d.date for d in _read(dated, default_date=default)] == [datetime.date(2024, 9, 3)]  # type: ignore[union-attr]
    assert [d.date for d in _read(undated, default_date=default)] == [default]  # type: ignore[union-attr]


def test_read_a_given_date_outside_the_years_of_documents_is_a_document_error(
    tmp_path: Path,
) -> None:
    slip = tmp_path / "slip.txt"
    slip.write_text("date 9999-12-30\nTalks end tomorrow.", encoding="utf-8")
    records = tmp_path / "wire.jsonl"
    records.write_text(
        json.dumps({"id": "old", "text": "Talks end tomorrow.", "date": "0002-03-04"}),
        encoding="utf-8",
    )
    [header] = _read(slip)
    [record] = _read(records)
    assert isinstance(header, DocumentError) and "9999-12-30 is outside" in header.message
    assert isinstance(record, DocumentError) and record.source.endswith("wire.jsonl:1")
    assert "0002-03-04 is outside" in record.message


def test_read_jsonl_bad_line_is_reported_and_the_others_still_come(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps(
            {
                "id": "one",
                "text": "Talks in Quito.",
                "date": "2023-02-01",
                "url": "https://x.example/1",
            }
        ),
        "{not json",
        json.dumps({"id": "three", "text": "Talks in Bogota."}),
        json.dumps({"text": "no id"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read(path)
    assert [type(i).__name__ for i in items] == [
        "Document",
        "DocumentError",
        "Document",
        "DocumentError",
    ]
    first = items[0]
    assert isinstance(first, Document)
    assert first.date == datetime.date(2023, 2, 1)
    assert first.url == "https://x.example/1"
    assert first.source.endswith("wire.jsonl#one")
    error = items[1]
    assert isinstance(error, DocumentError)
    assert error.source.endswith("wire.jsonl:2")


def test_read_html_page_gives_its_main_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = (
        "<p>"
        + "The ministers of Peru and Chile held talks in Lima on trade and fisheries. " * 5
        + "</p>"
    )
    path.write_text(
        "<html><head><title>Peru and Chile</title></head>"
        f"<body><nav>Menu</nav><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    [document] = _read(path)
    assert isinstance(document, Document)
    assert "held talks in Lima" in document.text
    assert "Menu" not in document.text


def test_read_missing_or_empty_file_is_a_document_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(" date 2024-01-01 \n", encoding="utf-8")
    for path in (tmp_path / "missing.txt", empty):
        [error] = _read(path)
        assert isinstance(error, DocumentError)
