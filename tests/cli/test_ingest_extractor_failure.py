"""A document the extractor fails on is reported as that document's error; the run goes on.

No input known today makes the extractor fail (each one found was fixed), so the failure is
injected: the extractor is replaced, for one document, by one that raises.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dkg.cli import ingest
from dkg.loaders import Document, build_graph
from dkg.loaders.graph import DocumentError, DocumentGraph


def test_a_failing_extraction_is_the_documents_error_and_the_next_document_still_comes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(
        '{"id": "bad", "text": "Talks were held in Lima."}\n'
        '{"id": "good", "text": "President Ruto visited Lima on 3 May 2024."}\n',
        encoding="utf-8",
    )

    def fails_on_bad(document: Document) -> DocumentGraph:
        if document.name == "bad":
            raise OverflowError("date value out of range")
        return build_graph(document)

    monkeypatch.setattr(ingest, "build_graph", fails_on_bad)
    bad, good = ingest.graphs_of(path, None)

    assert isinstance(bad, DocumentError)
    assert bad.source.endswith("wire.jsonl#bad")
    assert "extraction failed (OverflowError: date value out of range)" in bad.message
    assert "please report it" in bad.message
    assert isinstance(good, DocumentGraph) and good.name == "good"
