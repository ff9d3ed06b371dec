"""Ingest: read documents, turn them into graphs, validate each, store each atomically.

This is the composition root's one write path, used by ``dkg ingest``, by ``dkg serve`` when it
loads the bundled samples, and (handed over as a function) by the service's document upload.
A bad document is reported and skipped; what is already stored never changes because of it.

Reading, extraction and validation need no store, so with several files they run in worker
processes (one per core). The main process only writes: it hands the workers' N-Triples to the
store unparsed, several documents per transaction, in input order. If the store refuses a
batch, its documents are stored one by one, so each document is still stored whole or not at
all and a refusal names the document at fault.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, QuerySolutions, RdfFormat, parse
from tqdm import tqdm

from dkg.cli.worker_lifetime import end_with
from dkg.loaders import Document, build_graph, read_documents
from dkg.loaders.graph import DocumentError, DocumentGraph
from dkg.loaders.rdf_input import RDF_EXTENSIONS, is_rdf_file, read_rdf_documents
from dkg.ontology.document_names import graph_name_for
from dkg.ontology.validation import validate
from dkg.service.store.base import Store

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".jsonl", ".html", ".htm"})
DOCUMENT_EXTENSIONS = TEXT_EXTENSIONS | frozenset(RDF_EXTENSIONS)
PARALLEL_FROM = 16
"""Fewer files than this are not worth starting worker processes for."""
BATCH_DOCUMENTS = 64
BATCH_BYTES = 4 << 20
BATCH_SECONDS = 1.0
"""One store transaction takes at most this many documents, bytes of N-Triples or seconds of
waiting. Sharing a transaction saves the per-call work (existence checks, commit); most of a
write's cost is per quad (RocksDB's memtable inserts), which batching does not change. The caps
bound the writer's memory and keep the progress bar moving."""
IN_FLIGHT_PER_WORKER = 16
"""Chunks of files submitted per worker ahead of the writer. With 4 (128 documents on two
cores, under a second of the workers' time) a memtable flush or a slow transaction in the writer
can leave the workers with nothing to do; 16 covers a few seconds for ~18 MB more N-Triples
waiting (~35 kB a document). Measured on a shared machine (bench full_ingest, docs/ingest.md):
one pair of runs showed 60.0 -> 88.4 docs/s, a repeat showed no difference (57.3 / 57.4), so
the gain is not established; peak memory did not grow (484-487 -> 477-478 MiB)."""


@dataclass(frozen=True)
class Stored:
    """A document graph that was validated and stored."""

    name: str
    source: str
    triples: int
    links: bool = False
    """True for the Wikidata links of an export, which join the store's links graph: they are
    no document, so the counts a user reads leave them out."""


@dataclass(frozen=True)
class Prepared:
    """A document graph that was read and validated, serialized for the trip to the writer."""

    name: str
    source: str
    ntriples: bytes
    triples: int
    problems: tuple[str, ...]
    seconds: dict[str, float]
    graph: str | None = None
    """The named graph when it is not the document's own: Wikidata links from an export."""


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
            yield item if isinstance(item, DocumentError) else _extracted(item)
    except DocumentError as error:
        yield error


def _extracted(document: Document) -> DocumentGraph | DocumentError:
    """The document's graph, or the error that stopped its extraction. A failure is a bug of
    the extractor, but it must cost only that document: the others of the run are still
    stored, and the user learns which document to send with the report."""
    try:
        return build_graph(document)
    except Exception as error:  # any failure is reported as this document's
        return DocumentError(
            document.source,
            f"extraction failed ({type(error).__name__}: {error}); this is a bug in dkg, "
            "please report it with this document",
        )


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
        report = validate(item.statements)
        validated = time.perf_counter()
        body = item.to_ntriples()
        serialized = time.perf_counter()
        out.append(
            Prepared(
                name=item.name,
                source=item.source,
                ntriples=body,
                triples=len(item.statements),
                problems=tuple(report.messages) if not report.conforms else (),
                seconds={
                    "read and extract": read_done - started,
                    "validate": validated - read_done,
                    "serialize": serialized - validated,
                },
                graph=item.graph.value if item.graph is not None else None,
            )
        )
        started = serialized
    return out


def _prepare_chunk(
    items: list[Path | DocumentError], default_date: dt.date | None
) -> list[list[Prepared | DocumentError]]:
    return [[i] if isinstance(i, DocumentError) else prepare_file(i, default_date) for i in items]


def _rejection(prepared: Prepared) -> DocumentError:
    shown = "; ".join(prepared.problems[:5])
    more = len(prepared.problems) - 5
    detail = shown + (f"; and {more} more" if more > 0 else "")
    return DocumentError(prepared.source, f"does not conform to the SHACL shapes: {detail}")


def store_batch(store: Store, batch: Sequence[Prepared]) -> list[Stored | DocumentError]:
    """Store validated documents in one transaction; if the store refuses it, store them one
    by one, so that only the document at fault is rejected and the message names it."""
    if not batch:
        return []
    try:
        store.replace_graphs([_graph_and_body(store, p) for p in batch])
    except (SyntaxError, ValueError) as error:
        if len(batch) > 1:
            return [outcome for p in batch for outcome in store_batch(store, [p])]
        return [DocumentError(batch[0].source, f"the store refused its graph: {error}")]
    return [
        Stored(name=p.name, source=p.source, triples=p.triples, links=p.graph is not None)
        for p in batch
    ]


def _graph_and_body(store: Store, prepared: Prepared) -> tuple[NamedNode, bytes]:
    """Where a prepared graph goes, and what it holds once stored.

    A document replaces its own graph. Links read from an export join the store's links graph
    instead of replacing it: each entity they link gets its link from the export, and every
    other entity keeps the one the store has (a store linked by ``dkg link`` keeps its own
    links when another store's export is ingested into it).
    """
    if prepared.graph is None:
        return graph_name_for(prepared.name), prepared.ntriples
    graph = NamedNode(prepared.graph)
    incoming = parse(prepared.ntriples, format=RdfFormat.N_TRIPLES)
    described = {quad.subject for quad in incoming}
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    if not isinstance(rows, QuerySolutions):
        raise TypeError("a SELECT query answered something other than solutions")
    kept = "".join(f"{r['s']} {r['p']} {r['o']} .\n" for r in rows if r["s"] not in described)
    return graph, prepared.ntriples + kept.encode()


def _prepared_files(
    items: list[Path | DocumentError], default_date: dt.date | None, jobs: int
) -> Iterator[list[Prepared | DocumentError]]:
    """Each file's prepared documents, in input order, from worker processes when worthwhile.

    Workers start from a forkserver that has imported the extraction code and built what it
    needs once (dkg.cli.worker_warmup), and at most a few chunks wait finished for the writer,
    so a slow store cannot fill the memory.
    """
    if jobs <= 1 or len(items) < PARALLEL_FROM:
        for item in items:
            yield from _prepare_chunk([item], default_date)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, "dkg.cli.worker_warmup"])
    size = max(1, min(16, len(items) // (jobs * 8)))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=end_with, initargs=(os.getpid(),)
    ) as pool:
        waiting: deque[Future[list[list[Prepared | DocumentError]]]] = deque()
        for chunk in chunks:
            waiting.append(pool.submit(_prepare_chunk, chunk, default_date))
            if len(waiting) > jobs * IN_FLIGHT_PER_WORKER:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


class _BatchWriter:
    """Stores validated documents several per transaction and reports every outcome in input
    order once it is final, so the progress bar and ``on_result`` only count what is stored."""

    def __init__(
        self,
        store: Store,
        report: IngestReport,
        files_done: Callable[[int], object],
        on_result: Callable[[Stored | DocumentError], None] | None,
    ) -> None:
        self._store = store
        self._report = report
        self._files_done = files_done
        self._on_result = on_result
        self._pending: list[Prepared | DocumentError] = []
        self._names: set[str] = set()
        self._bytes = 0
        self._files = 0
        self._last_flush = time.monotonic()

    def add_file(self, results: list[Prepared | DocumentError]) -> None:
        """Queue one file's documents; store the queue when it is full or has waited long."""
        for result in results:
            if isinstance(result, Prepared):
                for phase, spent in result.seconds.items():
                    self._report.seconds[phase] += spent
                if result.name in self._names:  # a later document of the same name wins
                    self.flush()
                if not result.problems:
                    self._names.add(result.name)
                    self._bytes += len(result.ntriples)
            self._pending.append(result)
        self._files += 1
        if (
            len(self._names) >= BATCH_DOCUMENTS
            or self._bytes >= BATCH_BYTES
            or time.monotonic() - self._last_flush >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Store what is queued in one transaction and report it."""
        good = [p for p in self._pending if isinstance(p, Prepared) and not p.problems]
        started = time.perf_counter()
        stored = iter(store_batch(self._store, good))
        self._report.seconds["store"] += time.perf_counter() - started
        for item in self._pending:
            if isinstance(item, DocumentError):
                outcome: Stored | DocumentError = item
            elif item.problems:
                outcome = _rejection(item)
            else:
                outcome = next(stored)
            if isinstance(outcome, DocumentError):
                self._report.rejected.append(outcome)
            else:
                self._report.stored.append(outcome)
            if self._on_result is not None:
                self._on_result(outcome)
        self._files_done(self._files)
        self._pending, self._names, self._bytes, self._files = [], set(), 0, 0
        self._last_flush = time.monotonic()


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
        writer = _BatchWriter(store, report, bar.update, on_result)
        for results in _prepared_files(items, default_date, workers):
            writer.add_file(results)
        writer.flush()
    return report
