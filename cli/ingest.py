"""Ingest: read documents, turn them into graphs, validate each, store each atomically.

This is the composition root's one write path, used by ``dkg ingest``, by ``dkg serve`` when it
loads the bundled samples, and (handed over as a function) by the service's document upload.
A bad document is reported and skipped; what is already stored never changes because of it.

Reading, extraction and validation need no store, so with several files they run in worker
processes (one per core); the main process only parses the workers' N-Triples and writes, one
document graph per transaction, in input order.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import RdfFormat, parse, serialize
from tqdm import tqdm

from dkg.loaders import build_graph, read_documents
from dkg.loaders.graph import DocumentError, DocumentGraph, graph_name_for
from dkg.loaders.rdf_input import RDF_EXTENSIONS, is_rdf_file, read_rdf_documents
from dkg.ontology.validation import validate
from dkg.service.store.base import Store

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".jsonl", ".html", ".htm"})
DOCUMENT_EXTENSIONS = TEXT_EXTENSIONS | frozenset(RDF_EXTENSIONS)
PARALLEL_FROM = 16
"""Fewer files than this are not worth starting worker processes for."""


@dataclass(frozen=True)
class Stored:
    """A document graph that was validated and stored."""

    name: str
    source: str
    triples: int


@dataclass(frozen=True)
class Prepared:
    """A document graph that was read and validated, serialized for the trip to the writer."""

    name: str
    source: str
    ntriples: bytes
    problems: tuple[str, ...]
    seconds: dict[str, float]


@dataclass
class IngestReport:
    """What one ingest run stored and rejected (in input order), and where the time went."""

    stored: list[Stored] = field(default_factory=list)
    rejected: list[DocumentError] = field(default_factory=list)
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))

    @property
    def ok(self) -> bool:
        """True when every document was stored."""
        return not self.rejected


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | DocumentError]:
    """Files named directly, and every document file below named folders (sorted, recursive).

    A path that does not exist comes back as a DocumentError, so it is reported like any other
    bad document instead of stopping the run. Inside folders, hidden files and folders and
    README files (which describe a collection rather than belong to it) are skipped; a file
    named on the command line is always read.
    """
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_EXTENSIONS
                and p.stem.lower() != "readme"
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


def prepare_file(path: Path, default_date: dt.date | None) -> list[Prepared | DocumentError]:
    """Read or extract one file's document graphs and validate each (no store needed)."""
    out: list[Prepared | DocumentError] = []
    started = time.perf_counter()
    for item in graphs_of(path, default_date):
        read_done = time.perf_counter()
        if isinstance(item, DocumentError):
            out.append(item)
            started = read_done
            continue
        report = validate(item.triples)
        validated = time.perf_counter()
        out.append(
            Prepared(
                name=item.name,
                source=item.source,
                ntriples=serialize(item.triples, format=RdfFormat.N_TRIPLES) or b"",
                problems=tuple(report.messages) if not report.conforms else (),
                seconds={
                    "read and extract": read_done - started,
                    "validate": validated - read_done,
                },
            )
        )
        started = time.perf_counter()
    return out


def _prepare_item(
    item: Path | DocumentError, default_date: dt.date | None
) -> list[Prepared | DocumentError]:
    return [item] if isinstance(item, DocumentError) else prepare_file(item, default_date)


def store_prepared(store: Store, prepared: Prepared) -> Stored | DocumentError:
    """Store a validated graph, or turn its SHACL violations into a rejection."""
    if prepared.problems:
        shown = "; ".join(prepared.problems[:5])
        more = len(prepared.problems) - 5
        detail = shown + (f"; and {more} more" if more > 0 else "")
        return DocumentError(prepared.source, f"does not conform to the SHACL shapes: {detail}")
    triples = list(parse(prepared.ntriples, format=RdfFormat.N_TRIPLES))
    count = store.replace_graph(graph_name_for(prepared.name), triples)
    return Stored(name=prepared.name, source=prepared.source, triples=count)


def _prepared_batches(
    items: list[Path | DocumentError], default_date: dt.date | None, jobs: int
) -> Iterator[list[Prepared | DocumentError]]:
    if jobs <= 1 or len(items) < PARALLEL_FROM:
        for item in items:
            yield _prepare_item(item, default_date)
        return
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        chunk = max(1, min(64, len(items) // (jobs * 8)))
        yield from pool.map(_prepare_item, items, [default_date] * len(items), chunksize=chunk)


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    default_date: dt.date | None = None,
    progress: bool = False,
    jobs: int | None = None,
    on_result: Callable[[Stored | DocumentError], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into ``store``; see the module docstring for the guarantees.

    ``jobs`` is the number of worker processes (default: one per core).
    """
    report = IngestReport()
    items = list(expand_paths(paths))
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    bar = tqdm(total=len(items), unit="file", disable=not progress, file=sys.stderr)
    with bar:
        for batch in _prepared_batches(items, default_date, workers):
            for result in batch:
                if isinstance(result, DocumentError):
                    outcome: Stored | DocumentError = result
                else:
                    for phase, spent in result.seconds.items():
                        report.seconds[phase] += spent
                    started = time.perf_counter()
                    outcome = store_prepared(store, result)
                    report.seconds["store"] += time.perf_counter() - started
                if isinstance(outcome, DocumentError):
                    report.rejected.append(outcome)
                else:
                    report.stored.append(outcome)
                if on_result is not None:
                    on_result(outcome)
            bar.update(1)
    return report
