"""The narrow interface every store backend implements.

A few operations are all the rest of the project needs: run a SPARQL query, replace
document named graphs, each as a unit, drop one, and dump everything. Keeping it this small is what
lets a remote SPARQL 1.1 store implement it later.

Errors::

    StoreError
    ├── StoreLocked      another process owns the on-disk store
    └── StoreCorrupted   the folder is not a store, or its data cannot be read
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import BinaryIO, Protocol

from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions, QueryTriples, RdfFormat, Triple

QueryResult = QuerySolutions | QueryBoolean | QueryTriples


class StoreError(Exception):
    """A store could not do what was asked; the message says why and what to do."""


class StoreLocked(StoreError):
    """The on-disk store is opened for writing by another process (usually ``dkg serve``)."""


class StoreCorrupted(StoreError):
    """The store folder exists but does not hold readable store data."""


class Store(Protocol):
    """A quad store holding one named graph per document."""

    @property
    def version(self) -> str:
        """An opaque token that changes whenever the data changes (used for HTTP ETags)."""
        ...

    def query(
        self,
        sparql: str,
        *,
        default_graph: Sequence[NamedNode] | None = None,
        named_graphs: Sequence[NamedNode] | None = None,
    ) -> QueryResult:
        """Run a SPARQL 1.1 query; without ``default_graph`` the default graph is the union
        of all named graphs.

        Raises:
            SyntaxError: the query does not parse.
        """
        ...

    def replace_graph(self, graph_name: NamedNode, triples: Iterable[Triple]) -> int:
        """Make ``graph_name`` hold exactly ``triples``, atomically; returns the triple count.

        A concurrent reader sees the old graph or the new one, never a mix, and a crash half
        way leaves the old graph in place.
        """
        ...

    def replace_graphs(self, graphs: Sequence[tuple[NamedNode, bytes]]) -> None:
        """Make each named graph hold exactly the triples of its N-Triples text, all of them in
        one transaction: the same promise as ``replace_graph``, for several graphs at once.

        Ingest uses it to store many documents for the price of one write, from the N-Triples
        its workers already serialized (parsing them into Python objects first costs more
        than storing them). The texts must come from an RDF serializer writing terms that were
        checked when they were made: a backend may skip checking their IRIs again.

        Raises:
            ValueError: a graph name appears twice.
            SyntaxError: a text is not N-Triples; nothing was stored.
        """
        ...

    def drop_graph(self, graph_name: NamedNode) -> bool:
        """Remove a named graph; returns whether it existed."""
        ...

    def graph_names(self) -> list[NamedNode]:
        """All named graphs, sorted by IRI."""
        ...

    def dump(self, output: BinaryIO, format: RdfFormat) -> None:
        """Write every quad to ``output`` in a dataset format (N-Quads, TriG) or, for a graph
        format (Turtle, N-Triples), the union of all graphs."""
        ...
