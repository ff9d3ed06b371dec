"""What every loader hands to the store: one document's graph, and the error it raises instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pyoxigraph import NamedNode, Triple

from dkg.ontology.document_index import TermTriple
from dkg.ontology.document_names import graph_name_for


class DocumentError(Exception):
    """A document cannot be turned into a graph; the message names the problem for the user.

    The ingest command prints ``{source}: {message}`` and goes on with the next document, so the
    message should say what is wrong and, where it helps, what to do about it.
    """

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # Ingest workers send errors back to the main process, which needs both fields.
        return (DocumentError, (self.source, self.message))


@dataclass(frozen=True)
class DocumentGraph:
    """The triples read or extracted from one document, to be validated and stored as one unit.

    ``source`` is the path (or ``path#id`` for a JSONL line) used in messages; ``name`` is the
    document's name (file stem or JSONL id), which fixes the named graph.
    """

    name: str
    source: str
    triples: list[Triple] = field(default_factory=list)
    terms: Sequence[TermTriple] | None = field(default=None, compare=False, repr=False)
    """The same triples as (subject, predicate, object) terms, when the emitter made them:
    validation indexes these rather than take every Triple apart again through pyoxigraph
    (three new term objects per triple, about a fifth of the validator's work)."""

    @property
    def graph_name(self) -> NamedNode:
        """The named graph this document is stored in."""
        return graph_name_for(self.name)
