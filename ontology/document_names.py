"""How a document's name becomes IRIs: its named graph and its ``dip:Document`` node.

The loaders mint these, ``dkg ingest`` stores under them and the service binds them for
``document=`` filters. The rule lives here, beside the namespaces, so that each of them calls
the same function without importing the extraction pipeline.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

from dkg.ontology import GRAPH, ID


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
