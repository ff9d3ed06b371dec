"""The store side of ``dkg link``: who needs a Wikidata id, and the named graph of the links.

The links live in one named graph of their own, :data:`LINKS_GRAPH`, outside the document
graphs' namespace: ingesting a document again replaces that document's graph and leaves the
links alone, and each ``dkg link`` run replaces the links graph as one unit (a reader sees the
old links or the new ones). Queries read ``dip:wikidata`` from any graph, so a linked person
shows its id in /api/people, in the Refs of visits and meetings, and on its page.

Each link is a ``dip:WikidataLink`` node beside the ``dip:wikidata`` it explains: the entity,
the item, the name that matched, the statement that agreed with the documents (property and
value), the day Wikidata's answer was retrieved, the API it came from, and the software agent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Final

from pyoxigraph import Literal, NamedNode, QuerySolutions, Triple

from dkg.cli.wikidata_api import RELEASE
from dkg.cli.wikidata_match import Decision, Subject
from dkg.ontology import BASE, DIP, ID, WIKIDATA
from dkg.service.store.base import Store

LINKS_GRAPH: Final = NamedNode(BASE + "links/wikidata")
"""The named graph of the links; not under graph/, so no document name can stand for it."""
AGENT: Final = NamedNode(f"{ID}agent/dkg-link-{RELEASE}")
WIKIDATA_PROPERTY: Final = "http://www.wikidata.org/prop/direct/"

_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")
_PROV = "http://www.w3.org/ns/prov#"
_WAS_ATTRIBUTED_TO = NamedNode(_PROV + "wasAttributedTo")

_SUBJECTS = """PREFIX dip: <https://w3id.org/diplomatic-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT ?entity ?kind ?name ?country WHERE {
  { ?entity a schema:Person . BIND("person" AS ?kind)
    OPTIONAL { ?entity org:holds/dip:postCountry/dip:wikidata ?country } }
  UNION
  { ?entity a dip:Company . BIND("company" AS ?kind)
    OPTIONAL { ?entity dip:homeCountry/dip:wikidata ?country } }
  ?entity schema:name ?name .
  # An id a document graph already gives (a company of the gazetteer) is kept as it is.
  FILTER NOT EXISTS {
    GRAPH ?graph { ?entity dip:wikidata ?given }
    FILTER(?graph != <LINKS_GRAPH>)
  }
}""".replace("LINKS_GRAPH", LINKS_GRAPH.value)


def subjects_to_link(store: Store) -> list[Subject]:
    """The people and companies of the store that no document gives a Wikidata id, by IRI.

    Each takes the fullest (longest) name the documents give, as /api/people shows it, and
    the Wikidata ids of every country the documents give it.
    """
    result = store.query(_SUBJECTS)
    if not isinstance(result, QuerySolutions):
        raise TypeError("a SELECT query answered something other than solutions")
    names: dict[str, str] = {}
    kinds: dict[str, str] = {}
    countries: dict[str, set[str]] = {}
    for row in result:
        entity, name = row["entity"].value, row["name"].value
        kinds[entity] = row["kind"].value
        if (len(name), names.get(entity, "")) > (len(names.get(entity, "")), name):
            names[entity] = name
        found = countries.setdefault(entity, set())
        if row["country"] is not None:
            found.add(row["country"].value)
    return [
        Subject(
            entity,
            "person" if kinds[entity] == "person" else "company",
            names[entity],
            frozenset(countries[entity]),
        )
        for entity in sorted(names)
    ]


def link_triples(decisions: Iterable[Decision]) -> list[Triple]:
    """The links graph for the linked decisions: each id and the record of why."""
    triples = [
        Triple(AGENT, _RDF_TYPE, NamedNode(_PROV + "SoftwareAgent")),
        Triple(AGENT, _RDFS_LABEL, Literal("dkg link")),
        Triple(AGENT, NamedNode(DIP + "version"), Literal(RELEASE)),
    ]
    for decision in decisions:
        evidence = decision.evidence
        if evidence is None:
            continue
        entity = NamedNode(decision.subject.iri)
        qid = Literal(evidence.item.id)
        link = NamedNode(f"{ID}wikidata-link/{_kind_and_key(decision.subject.iri)}")
        triples += [
            Triple(entity, NamedNode(DIP + "wikidata"), qid),
            Triple(entity, NamedNode("https://schema.org/sameAs"), NamedNode(WIKIDATA + qid.value)),
            Triple(link, _RDF_TYPE, NamedNode(DIP + "WikidataLink")),
            Triple(link, NamedNode(DIP + "linkedEntity"), entity),
            Triple(link, NamedNode(DIP + "wikidata"), qid),
            Triple(link, NamedNode(DIP + "matchedName"), Literal(evidence.matched_name)),
            Triple(
                link,
                NamedNode(DIP + "matchedProperty"),
                NamedNode(WIKIDATA_PROPERTY + evidence.property),
            ),
            Triple(link, NamedNode(DIP + "matchedValue"), NamedNode(WIKIDATA + evidence.value)),
            Triple(
                link,
                NamedNode(DIP + "retrievedOn"),
                Literal(evidence.item.retrieved.isoformat(), datatype=_XSD_DATE),
            ),
            Triple(link, NamedNode(_PROV + "hadPrimarySource"), NamedNode(evidence.item.source)),
            Triple(link, _WAS_ATTRIBUTED_TO, AGENT),
        ]
    return triples


def _kind_and_key(iri: str) -> str:
    """``person-jane-doe`` for ``dkgid:person/jane-doe``: the link's key, one per entity (an
    IRI minted elsewhere, from an ingested RDF file, is keyed by its hash)."""
    if iri.startswith(ID):
        return iri[len(ID) :].replace("/", "-", 1)
    return "iri-" + hashlib.sha256(iri.encode()).hexdigest()[:16]


def kept_links(store: Store, keep: set[str]) -> list[Triple]:
    """The links of the entities in ``keep`` as the links graph holds them now.

    A run that did not judge an entity (beyond ``--limit``, or offline without the answers)
    keeps its earlier link instead of dropping it; entities no longer in the store lose theirs.
    """
    result = store.query(
        "SELECT ?s ?p ?o WHERE { GRAPH <LINKS_GRAPH> { ?s ?p ?o } }".replace(
            "LINKS_GRAPH", LINKS_GRAPH.value
        )
    )
    if not isinstance(result, QuerySolutions):
        raise TypeError("a SELECT query answered something other than solutions")
    rows = [(row["s"], row["p"], row["o"]) for row in result]
    linked_entity = NamedNode(DIP + "linkedEntity")
    kept = {s for s, p, o in rows if p == linked_entity and o.value in keep}
    # The agent of a link kept from a run of another version, which this run does not describe.
    kept |= {o for s, p, o in rows if s in kept and p == _WAS_ATTRIBUTED_TO and o != AGENT}
    return [Triple(s, p, o) for s, p, o in rows if s.value in keep or s in kept]
