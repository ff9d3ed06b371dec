"""Ingest: read documents, turn them into graphs, validate each, store each atomically.

This is the composition root's one write path, used by ``dkg ingest``, by ``dkg serve`` when it
loads the bundled samples, and (handed over as a function) by the service's document upload.
A bad document is reported and skipped; what is already stored never changes because of it.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from dkg.loaders import build_graph, read_documents
from dkg.loaders.graph import DocumentError, DocumentGraph
from dkg.loaders.rdf_input import RDF_EXTENSIONS, is_rdf_file, read_rdf_documents
from dkg.ontology.validation import validate
from dkg.service.store.base import Store

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".jsonl", ".html", ".htm"})
DOCUMENT_EXTENSIONS = TEXT_EXTENSIONS | frozenset(RDF_EXTENSIONS)


@dataclass(frozen=True)
class Stored:
    """A document graph that was validated and stored."""

    name: str
    source: str
    triples: int


@dataclass
class IngestReport:
    """What one ingest run stored and what it rejected, in input order."""

    stored: list[Stored] = field(default_factory=list)
    rejected: list[DocumentError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every document was stored."""
        return not self.rejected


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | DocumentError]:
    """Files named directly, and every document file below named folders (sorted, recursive).

    A path that does not exist comes back as a DocumentError, so it is reported like any other
    bad document instead of stopping the run.
    """
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_EXTENSIONS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield DocumentError(str(path), "the folder holds no document files")
            yield from found
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield DocumentError(str(path), "no such file or folder")


def graphs_of(path: Path, default_date: dt.date | None) -> Iterator[DocumentGraph | DocumentError]:
    """The document graphs one file yields: RDF files are read as they are, others extracted."""
    if is_rdf_file(path):
        try:
            yield from read_rdf_documents(path)
        except DocumentError as error:
            yield error
        return
    if path.suffix.lower() not in TEXT_EXTENSIONS:
        known = ", ".join(sorted(DOCUMENT_EXTENSIONS))
        yield DocumentError(str(path), f"unknown kind of document (known extensions: {known})")
        return
    try:
        for item in read_documents(path, default_date=default_date):
            yield item if isinstance(item, DocumentError) else build_graph(item)
    except DocumentError as error:
        yield error


def store_graph(store: Store, graph: DocumentGraph) -> Stored | DocumentError:
    """Validate one document graph with the SHACL shapes and, if it conforms, store it."""
    report = validate(graph.triples)
    if not report.conforms:
        shown = report.messages[:5]
        more = len(report.messages) - len(shown)
        detail = "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
        return DocumentError(graph.source, f"does not conform to the SHACL shapes: {detail}")
    count = store.replace_graph(graph.graph_name, graph.triples)
    return Stored(name=graph.name, source=graph.source, triples=count)


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    default_date: dt.date | None = None,
    progress: bool = False,
    on_result: Callable[[Stored | DocumentError], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into ``store``; see the module docstring for the guarantees."""
    report = IngestReport()
    files = list(expand_paths(paths))
    bar = tqdm(total=len(files), unit="file", disable=not progress, file=sys.stderr)
    with bar:
        for item in files:
            results: Iterable[DocumentGraph | DocumentError]
            results = [item] if isinstance(item, DocumentError) else graphs_of(item, default_date)
            for result in results:
                outcome = (
                    result if isinstance(result, DocumentError) else store_graph(store, result)
                )
                if isinstance(outcome, DocumentError):
                    report.rejected.append(outcome)
                else:
                    report.stored.append(outcome)
                if on_result is not None:
                    on_result(outcome)
            bar.update(1)
    return report
