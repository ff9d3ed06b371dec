"""Benchmark data made from the project's own samples: many documents with varied names.

Speed numbers only mean something on data shaped like the real thing, so the graphs here are
the loaders' own output on the bundled samples, copied with every minted IRI renamed per copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import RdfFormat, serialize

from dkg.loaders import build_graph, read_documents
from dkg.loaders.graph import DocumentError
from dkg.ontology import ID

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
_MINTED = re.compile(re.escape(ID) + r"([a-z-]+)/([^>]+)>")


def sample_texts() -> list[Path]:
    """The text documents among the samples (not the gold file or the README)."""
    return sorted(
        p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".jsonl", ".html"} and p.is_file()
    )


def template_graphs() -> list[tuple[str, str]]:
    """(document name, N-Triples) of every sample document, extracted once."""
    out: list[tuple[str, str]] = []
    for path in sample_texts():
        for document in read_documents(path):
            if isinstance(document, DocumentError):
                continue
            graph = build_graph(document)
            body = serialize(graph.triples, format=RdfFormat.N_TRIPLES) or b""
            out.append((graph.name, body.decode()))
    return out


def renamed(ntriples: str, copy: int) -> str:
    """The same graph with every minted IRI made unique to copy number ``copy``."""
    return _MINTED.sub(lambda m: f"{ID}{m.group(1)}/{m.group(2)}-c{copy}>", ntriples)


def copies(count: int) -> Iterator[tuple[str, str]]:
    """``count`` document graphs (name, N-Triples), cycling through the samples."""
    templates = template_graphs()
    for i in range(count):
        name, body = templates[i % len(templates)]
        yield f"{name}-c{i}", renamed(body, i)
