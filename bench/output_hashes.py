"""A hash of every extracted graph, to show that a speed change left the output as it was.

``python -m bench.output_hashes record FILE`` extracts the samples and the extraction bench's
5,000 varied documents and writes one line per document: its name and the SHA-256 of its
graph as sorted N-Triples. ``python -m bench.output_hashes compare FILE`` extracts them again
and lists the documents whose graphs differ, so a change meant to be invisible can be proved so
before it is committed. Both print the CPU seconds the extraction took on this one core.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench.corpus import sample_texts
from bench.extraction import varied_documents
from dkg.loaders import Document, build_graph, read_documents


def _documents() -> Iterator[Document]:
    for path in sample_texts():
        yield from (d for d in read_documents(path) if isinstance(d, Document))
    yield from varied_documents()


def graph_hashes() -> tuple[dict[str, str], float]:
    """Each document's graph hash, and the CPU seconds spent extracting (not hashing)."""
    documents = list(_documents())
    build_graph(Document(name="warm-up", source="warm-up", text="A short note."))
    hashes: dict[str, str] = {}
    cpu = 0.0
    for document in documents:
        started = time.process_time()
        graph = build_graph(document)
        cpu += time.process_time() - started
        lines = sorted(f"{t} ." for t in graph.triples)
        hashes[document.name] = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return hashes, cpu


def main(arguments: list[str]) -> int:
    """Record or compare the hashes; returns 1 when a graph changed."""
    if len(arguments) != 2 or arguments[0] not in {"record", "compare"}:
        print("usage: python -m bench.output_hashes record|compare FILE", file=sys.stderr)
        return 2
    command, file = arguments[0], Path(arguments[1])
    hashes, cpu = graph_hashes()
    print(f"{len(hashes)} documents extracted in {cpu:.2f} s of CPU ({len(hashes) / cpu:.0f}/s)")
    if command == "record":
        file.write_text("".join(f"{name}\t{digest}\n" for name, digest in hashes.items()))
        return 0
    recorded = dict(line.split("\t") for line in file.read_text().splitlines())
    changed = sorted(n for n in recorded.keys() | hashes.keys() if recorded.get(n) != hashes.get(n))
    for name in changed[:20]:
        print(f"changed: {name}")
    print(f"{len(changed)} of {len(recorded)} graphs differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
