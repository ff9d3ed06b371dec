"""Turn English diplomatic news into one RDF graph per document, in the project's ontology.

>>> from dkg.loaders import build_graph, read_documents, Document
>>> graph = build_graph(Document(name="note", source="note.txt", text="A short note."))
>>> graph.name
'note'

``read_documents(path, default_date=...)`` yields Documents (or a DocumentError for each one
that cannot be read) from ``.txt``, ``.md``, ``.jsonl`` and ``.html`` files; ``build_graph``
runs ``default_pipeline()`` and the RDF emitter on one Document.
"""

from __future__ import annotations

import functools

from dkg.loaders.document import Document
from dkg.loaders.graph import DocumentError, DocumentGraph
from dkg.loaders.pipeline import Pipeline, Settings, default_pipeline
from dkg.loaders.steps.emit import RdfEmitter
from dkg.loaders.steps.read import read_documents

__all__ = [
    "Document",
    "DocumentError",
    "DocumentGraph",
    "Pipeline",
    "Settings",
    "build_graph",
    "default_pipeline",
    "read_documents",
]


@functools.cache
def _default() -> tuple[Pipeline, RdfEmitter]:
    """The default pipeline and emitter, built once per process (they compile patterns)."""
    return default_pipeline(), RdfEmitter()


def build_graph(document: Document) -> DocumentGraph:
    """Extract one document's facts and return its graph; same input, same triples."""
    pipeline, emitter = _default()
    return emitter(pipeline(document))
