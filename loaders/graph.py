"""What every loader hands to the store: one document's graph, and the error it raises instead."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode, Triple

from dkg.ontology import GRAPH, ID


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


def _slug(document_name: str) -> str:
    return quote(document_name, safe="-._~")


def document_iri(document_name: str) -> NamedNode:
    """The IRI of the document itself (the ``dip:Document`` node all evidence points to).

    >>> document_iri("press 1").value
    'https://w3id.org/diplomatic-kg/id/document/press%201'
    """
    return NamedNode(ID + "document/" + _slug(document_name))


def document_name_of(graph_name: NamedNode) -> str | None:
    """The document name a graph IRI stands for, or None for a graph not minted here."""
    if not graph_name.value.startswith(GRAPH):
        return None
    return unquote(graph_name.value[len(GRAPH) :])


def graph_name_for(document_name: str) -> NamedNode:
    """The IRI of the named graph that holds one document's facts.

    >>> graph_name_for("press-2024-11-05").value
    'https://w3id.org/diplomatic-kg/graph/press-2024-11-05'
    """
    return NamedNode(GRAPH + _slug(document_name))


@dataclass(frozen=True)
class DocumentGraph:
    """The triples read or extracted from one document, to be validated and stored as one unit.

    ``source`` is the path (or ``path#id`` for a JSONL line) used in messages; ``name`` is the
    document's name (file stem or JSONL id), which fixes the named graph.
    """

    name: str
    source: str
    triples: list[Triple] = field(default_factory=list)

    @property
    def graph_name(self) -> NamedNode:
        """The named graph this document is stored in."""
        return graph_name_for(self.name)
