"""Extraction speed on >= 5,000 documents, against plain tokenization of the same text.

The documents are the bundled samples replicated with varied names and dates: each copy swaps
every country (name, demonym and capital) for another one and shifts every year, so the
extractor cannot profit from repeated identical text. The reference is spaCy's blank English
tokenizer on the same texts in the same run; both are measured on one core and on all cores.
Full ingest of the same documents (extraction + SHACL + store) is bench/full_ingest.py.

Each worker also reports the CPU seconds it spent: on a machine other work loads, a worker waits
for a core and the wall-clock rate falls although the extractor did not change, so the one-core
rate is also given per CPU second.

Every measurement runs in fresh worker processes that build their own share of the documents,
so the peak memory reported is that of one worker (documents, spaCy or the pipeline), and the
bench process itself holds neither documents nor models.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import queue
import re
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Literal

from bench.corpus import sample_texts
from dkg.loaders import Document, build_graph, read_documents
from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.gazetteer.entities import Country

DOCUMENTS = 5000
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def _base_documents() -> list[Document]:
    docs: list[Document] = []
    for path in sample_texts():
        docs += [d for d in read_documents(path) if isinstance(d, Document)]
    return docs


def _swap_countries(text: str, copy: int, countries: tuple[Country, ...]) -> str:
    words: dict[str, str] = {}
    count = len(countries)
    for index, country in enumerate(countries):
        if country.name not in text:
            continue
        other = countries[(index + 1 + copy * 7) % count]
        words[country.name] = other.name
        if country.demonyms and other.demonyms:
            words[country.demonyms[0]] = other.demonyms[0]
        words[country.capital.name] = other.capital.name
    if not words:
        return text
    pattern = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b"
    )
    return pattern.sub(lambda m: words[m.group(1)], text)


def varied_documents(count: int = DOCUMENTS) -> Iterator[Document]:
    """``count`` documents made from the samples, each with other countries and years."""
    base = _base_documents()
    countries = load_gazetteer().countries
    for i in range(count):
        doc = base[i % len(base)]
        # Whole leap cycles, so a sample's 29 February stays a real day in every copy.
        shift = 4 * (i % 5 - 2)
        text = _swap_countries(doc.text, i // len(base), countries)
        text = _YEAR.sub(functools.partial(_shifted_year, shift=shift), text)
        date = doc.date.replace(year=doc.date.year + shift) if doc.date else None
        yield Document(name=f"{doc.name}-v{i}", source=doc.source, text=text, date=date)


def _shifted_year(match: re.Match[str], shift: int) -> str:
    return str(int(match.group(1)) + shift)


Work = Literal["tokenize", "extract"]


def _work(kind: Work, docs: list[Document]) -> int:
    """Tokenize or extract ``docs``; returns the tokens or triples, so no work is skipped."""
    if kind == "tokenize":
        from spacy.lang.en import English

        tokenizer = English().tokenizer
        return sum(len(tokenizer(d.text)) for d in docs)
    return sum(len(build_graph(d).statements) for d in docs)


def _warm_up(kind: Work) -> None:
    """Load what ``kind`` needs (spaCy, gazetteer, compiled patterns) before the clock starts.

    The extractor warms up as ingest's workers do (dkg.cli.worker_warmup: build the pipeline,
    then freeze what is alive out of the collector's reach), so this bench times extraction as
    the product runs it, not the collector re-scanning the gazetteer.
    """
    if kind == "tokenize":
        from spacy.lang.en import English

        English().tokenizer("warm up")
    else:
        import dkg.cli.worker_warmup  # noqa: F401  (importing it warms up and freezes)


@dataclass(frozen=True)
class Timing:
    """What one worker process measured: when it started and finished, the CPU seconds it
    spent working, and its peak memory."""

    started: float
    finished: float
    cpu_seconds: float
    documents: int
    units: int
    peak_mb: float


def _worker(kind: Work, part: int, parts: int, barrier: Barrier, results: Queue[Timing]) -> None:
    """Warm up, build this worker's share of the documents, wait for the others, then time the
    work.

    Each worker makes its own documents, so no process ever holds all of them, and the clock
    covers the work alone (not process start, imports or the hand-over of the texts).
    """
    _warm_up(kind)
    docs = list(itertools.islice(varied_documents(), part, None, parts))
    barrier.wait()
    started, cpu_started = time.perf_counter(), time.process_time()
    units = _work(kind, docs)
    finished, cpu_seconds = time.perf_counter(), time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.put(Timing(started, finished, cpu_seconds, len(docs), units, peak))


def measure(kind: Work, workers: int) -> tuple[float, list[Timing]]:
    """Seconds from the first worker's start to the last one's end, and each worker's timing."""
    context = multiprocessing.get_context("forkserver")
    barrier = context.Barrier(workers)
    results: Queue[Timing] = context.Queue()
    processes = [
        context.Process(target=_worker, args=(kind, part, workers, barrier, results))
        for part in range(workers)
    ]
    for process in processes:
        process.start()
    timings: list[Timing] = []
    while len(timings) < workers:
        try:
            timings.append(results.get(timeout=1))
        except queue.Empty:
            failed = [p.exitcode for p in processes if p.exitcode not in (None, 0)]
            if failed:
                for process in processes:
                    process.kill()  # the others would wait at the barrier for ever
                raise RuntimeError(
                    f"a {kind} worker failed (exit code {failed[0]}); its traceback is above"
                ) from None
    for process in processes:
        process.join()
    seconds = max(t.finished for t in timings) - min(t.started for t in timings)
    return seconds, timings


def run() -> str:
    """Measure and return the report."""
    cores = os.cpu_count() or 1
    sizes = [len(d.text) for d in varied_documents()]
    count = len(sizes)
    lines = [
        f"extraction ({count} varied documents, {sum(sizes) / count:,.0f} characters on average)"
    ]

    tokenize_one, (tokenized,) = measure("tokenize", 1)
    extract_one, (extracted,) = measure("extract", 1)
    lines.append(
        f"  one core:  tokenizer {tokenized.documents / tokenize_one:,.0f} docs/s "
        f"({tokenized.units / tokenize_one:,.0f} tokens/s), "
        f"extraction {extracted.documents / extract_one:,.0f} docs/s "
        f"({extracted.units / extracted.documents:.0f} triples/doc), "
        f"ratio {tokenize_one / extract_one:.3f}"
    )
    lines.append(
        f"  one core, CPU time: tokenizer {tokenized.documents / tokenized.cpu_seconds:,.0f} "
        f"docs/s, extraction {extracted.documents / extracted.cpu_seconds:,.0f} docs/s, "
        f"ratio {tokenized.cpu_seconds / extracted.cpu_seconds:.3f}"
    )
    tokenize_all, tokenizers = measure("tokenize", cores)
    extract_all, extractors = measure("extract", cores)
    lines.append(
        f"  {cores} cores:   tokenizer {count / tokenize_all:,.0f} docs/s, "
        f"extraction {count / extract_all:,.0f} docs/s, ratio {tokenize_all / extract_all:.3f}"
    )
    lines.append(
        f"  peak memory per process: tokenizer "
        f"{max(t.peak_mb for t in [tokenized, *tokenizers]):,.0f} MB, extraction "
        f"{max(t.peak_mb for t in [extracted, *extractors]):,.0f} MB, this bench "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
