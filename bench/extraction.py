"""Extraction speed on >= 5,000 documents, against plain tokenization of the same text.

The documents are the bundled samples replicated with varied names and dates: each copy swaps
every country (name, demonym and capital) for another one and shifts every year, so the
extractor cannot profit from repeated identical text. The reference is spaCy's blank English
tokenizer on the same texts in the same run; both are measured on one core and on all cores.
Full ingest of the same documents (extraction + SHACL + store) is bench/full_ingest.py.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

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
        shift = i % 9 - 4
        text = _swap_countries(doc.text, i // len(base), countries)
        text = _YEAR.sub(lambda m, s=shift: str(int(m.group(1)) + s), text)
        yield Document(name=f"{doc.name}-v{i}", source=doc.source, text=text, date=doc.date)


def _extract_all(docs: list[Document]) -> int:
    return sum(len(build_graph(d).triples) for d in docs)


def _tokenize_all(texts: list[str]) -> int:
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    return sum(len(tokenizer(t)) for t in texts)


def _timed_parallel(function: object, chunks: list[list[object]]) -> float:
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=len(chunks)) as pool:
        list(pool.map(function, chunks))  # type: ignore[arg-type]
    return time.perf_counter() - started


def run() -> str:
    """Measure and return the report."""
    docs = list(varied_documents())
    texts = [d.text for d in docs]
    cores = os.cpu_count() or 1
    size = sum(map(len, texts)) / len(docs)
    lines = [f"extraction ({len(docs)} varied documents, {size:,.0f} characters on average)"]

    started = time.perf_counter()
    words = _tokenize_all(texts)
    tokenize_one = time.perf_counter() - started
    started = time.perf_counter()
    triples = _extract_all(docs)
    extract_one = time.perf_counter() - started
    lines.append(
        f"  one core:  tokenizer {len(docs) / tokenize_one:,.0f} docs/s "
        f"({words / tokenize_one:,.0f} tokens/s), "
        f"extraction {len(docs) / extract_one:,.0f} docs/s "
        f"({triples / len(docs):.0f} triples/doc), "
        f"ratio {tokenize_one / extract_one:.3f}"
    )
    doc_chunks = [docs[i::cores] for i in range(cores)]
    text_chunks = [texts[i::cores] for i in range(cores)]
    tokenize_all = _timed_parallel(_tokenize_all, text_chunks)  # type: ignore[arg-type]
    extract_all = _timed_parallel(_extract_all, doc_chunks)  # type: ignore[arg-type]
    lines.append(
        f"  {cores} cores:   tokenizer {len(docs) / tokenize_all:,.0f} docs/s, "
        f"extraction {len(docs) / extract_all:,.0f} docs/s, ratio {tokenize_all / extract_all:.3f}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
