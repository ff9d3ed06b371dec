"""What every loader hands to the store: one document's graph, and the error it raises instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

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
    statements: Sequence[Triple | TermTriple] = ()
    """The graph's triples as the loader holds them: Triples when read from an RDF file,
    (subject, predicate, object) terms when the emitter made them. Ingest validates and
    writes the terms as they are: building a pyoxigraph Triple for each cost the emitter more
    than a third of its time (a literal object makes pyoxigraph try two other term types
    first), and ingest never needed one."""
    graph: NamedNode | None = None
    """The named graph when it is not this document's own: the links of ``dkg link`` read back
    from an export (``dkg ingest`` merges them into the store's links graph)."""

    @cached_property
    def triples(self) -> list[Triple]:
        """The statements as pyoxigraph Triples, built on first use (ingest uses none)."""
        return [s if isinstance(s, Triple) else Triple(*s) for s in self.statements]

    def to_ntriples(self) -> bytes:
        """The graph as N-Triples, the text the store loads: the same bytes pyoxigraph's
        serializer writes for ``triples`` (a term's text is its N-Triples form), without
        building the Triples.

        >>> from pyoxigraph import Literal
        >>> node = NamedNode("https://example.org/a")
        >>> DocumentGraph("a", "a.txt", [(node, node, Literal("x"))]).to_ntriples()
        b'<https://example.org/a> <https://example.org/a> "x" .\\n'
        """
        # The emitter adds a node's triples one after another (three in four have the subject
        # of the one before), so a subject's text is written again only for another object.
        lines: list[str] = []
        last_subject: object = None
        subject_text = ""
        for statement in self.statements:
            if isinstance(statement, Triple):
                lines.append(f"{statement} .\n")
                continue
            subject, predicate, obj = statement
            if subject is not last_subject:
                last_subject, subject_text = subject, str(subject)
            lines.append(f"{subject_text} {predicate} {obj} .\n")
        return "".join(lines).encode()

    @property
    def graph_name(self) -> NamedNode:
        """The named graph this document is stored in."""
        return self.graph if self.graph is not None else graph_name_for(self.name)
