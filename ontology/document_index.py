"""One document graph indexed for the compiled SHACL checks (dkg.ontology.compiled_shapes).

Every shape asks for its target nodes and every sh:class for the classes of a value, so both are
computed once per document here, with the rdfs:subClassOf closure the graph itself states.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store, Triple
from rdflib import RDF, RDFS

Term = NamedNode | BlankNode | Literal
TermTriple = tuple[NamedNode | BlankNode, NamedNode, Term]
"""A triple as its three terms, as the emitter holds it before it builds the Triple."""

_NO_PROPERTIES: dict[str, dict[Term, None]] = {}
_TYPE = str(RDF.type)
_SUBCLASS = str(RDFS.subClassOf)


class DocumentIndex:
    """The triples of one document graph, indexed by subject and predicate, plus rdf:type."""

    def __init__(self, triples: Iterable[Triple | TermTriple]) -> None:
        # subject -> predicate -> objects, as dict keys: a graph is a set, so duplicates go.
        # Keyed by subject first so that a shape looks its focus node up once, not once per
        # property: hashing a pyoxigraph term costs a call into Rust. This loop runs for every
        # triple ingested, so it looks each level up once and builds no dict it then discards.
        # Given as term tuples, the triples cost no call into Rust to take apart (three new
        # term objects per Triple: two fifths of building the index).
        # The emitter adds a node's triples one after another (three in four triples have the
        # subject of the one before), so the subject's properties are looked up again only when
        # the subject is another object: the same object is the same key, hashed for nothing.
        values: dict[Term, dict[str, dict[Term, None]]] = {}
        types: dict[Term, set[str]] = {}
        superclasses: dict[str, set[str]] = {}
        last_subject: object = None
        properties: dict[str, dict[Term, None]] = {}
        for triple in triples:
            if isinstance(triple, Triple):
                subject, named, obj = triple.subject, triple.predicate, triple.object
            else:
                subject, named, obj = triple
            predicate = named.value
            if isinstance(subject, Triple) or isinstance(obj, Triple):
                raise ValueError(f"RDF-star triples are not part of a document graph: {triple}")
            if subject is not last_subject:
                last_subject = subject
                found_properties = values.get(subject)
                if found_properties is None:
                    found_properties = values[subject] = {}
                properties = found_properties
            objects = properties.get(predicate)
            if objects is None:
                properties[predicate] = {obj: None}
            else:
                objects[obj] = None
            if predicate == _TYPE and isinstance(obj, NamedNode):
                found = types.get(subject)
                if found is None:
                    types[subject] = {obj.value}
                else:
                    found.add(obj.value)
            elif (
                predicate == _SUBCLASS
                and isinstance(obj, NamedNode)
                and isinstance(subject, NamedNode)
            ):
                superclasses.setdefault(subject.value, set()).add(obj.value)
        self._values = values
        closure = _closure(superclasses)
        # Every class each node is a SHACL instance of, and the reverse: computed once here
        # because every shape asks for its targets and every sh:class asks about its values.
        self._classes: dict[Term, set[str]] = {}
        self._instances: dict[str, set[Term]] = {}
        for node, node_types in types.items():
            classes = set(node_types)
            for t in node_types:
                classes |= closure.get(t, set())
            self._classes[node] = classes
            for cls in classes:
                self._instances.setdefault(cls, set()).add(node)
        # Subjects by predicate only for the predicates asked for (sh:targetSubjectsOf names a
        # few): indexing every predicate up front cost a set insertion per triple.
        self._subjects: dict[str, set[Term]] = {}
        self._stores: dict[frozenset[str], Store] = {}

    def properties(self, node: Term) -> dict[str, dict[Term, None]]:
        """Every predicate of ``node`` with its objects (as dict keys); do not modify."""
        return self._values.get(node, _NO_PROPERTIES)

    def subjects(self, predicate: str) -> set[Term]:
        """Every subject that has this predicate (do not modify)."""
        found = self._subjects.get(predicate)
        if found is None:
            found = self._subjects[predicate] = {
                subject for subject, properties in self._values.items() if predicate in properties
            }
        return found

    def is_instance(self, node: Term, cls: str) -> bool:
        """SHACL instance: rdf:type/rdfs:subClassOf* reaches cls in this graph."""
        classes = self._classes.get(node)
        return classes is not None and cls in classes

    def instances(self, cls: str) -> set[Term]:
        """Every SHACL instance of cls in this graph."""
        return self._instances.get(cls, set())

    def store(self, predicates: frozenset[str]) -> Store:
        """The triples with these predicates in a pyoxigraph store, for SPARQL constraints.

        A query whose triple patterns all have constant predicates sees exactly these triples
        (compile_shapes checks that), and loading a few triples is much cheaper than all.
        """
        store = self._stores.get(predicates)
        if store is None:
            store = self._stores[predicates] = Store()
            store.extend(
                Quad(subject, NamedNode(predicate), obj)
                for subject, properties in self._values.items()
                for predicate, objects in properties.items()
                if predicate in predicates
                for obj in objects
                if not isinstance(subject, Literal)
            )
        return store


def _closure(parents: dict[str, set[str]]) -> dict[str, set[str]]:
    closed: dict[str, set[str]] = {}
    for start in parents:
        seen: set[str] = set()
        stack = list(parents[start])
        while stack:
            cls = stack.pop()
            if cls not in seen:
                seen.add(cls)
                stack.extend(parents.get(cls, ()))
        closed[start] = seen
    return closed
