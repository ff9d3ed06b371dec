"""Ingest workers start ready: their forkserver imports this module before forking any.

Importing it builds the extraction pipeline (gazetteer, patterns) and compiles the SHACL shapes
once, in the forkserver, then moves every object alive at that point out of reach of the
garbage collector (``gc.freeze``). Each worker forked afterwards:

- skips that start-up work, which it did on its first document (about 0.6 s of CPU per worker,
  paid again by every ingest that starts workers);
- no longer re-scans those ~90,000 long-lived objects in the collector's full passes, a few of
  which run per thousand documents: about 0.4 ms of a worker's CPU per document;
- shares their memory pages with the forkserver and the other workers, since no collection
  writes to them any more (a page a collection touched was copied into each worker).

Only processes that go on to extract import it: ingest's forkserver (``set_forkserver_preload``
in dkg.cli.ingest) and the extraction bench's workers (bench/extraction.py), so the bench times
extraction as ingest runs it. Importing it anywhere else would pay the start-up and freeze that
process's objects for nothing.
"""

from __future__ import annotations

import gc

from dkg.loaders import Document, build_graph
from dkg.ontology.validation import validate

_SAMPLE = Document(
    name="warm-up",
    source="warm-up",
    text="The foreign minister of Chile met her Peruvian counterpart in Lima on Monday.",
)
"""Any document builds the pipeline; one naming people, countries and a date also runs the
steps that compile their patterns lazily."""


def warm_up() -> None:
    """Build what every document needs, then freeze all objects alive now (see the module)."""
    validate(build_graph(_SAMPLE).statements)
    gc.freeze()


warm_up()
