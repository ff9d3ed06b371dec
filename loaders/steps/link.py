"""EntityLinker: from a recognised entity to its shared IRI and the triples that describe it.

Countries, cities, venues, people, posts, companies and organizations get IRIs minted from
normalised keys (``dkg.loaders.mint``), so two documents naming the same entity meet on one
node. Each document graph also carries the type and name of every entity it references, so
that it validates on its own (MODEL.md). Wikidata ids come from the gazetteer when it knows them.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode

from dkg.loaders.document import OrganizationMention, Person, PlaceMention, Post
from dkg.loaders.gazetteer import Country, Gazetteer
from dkg.loaders.mint import iri, slug
from dkg.loaders.terms import RDF_TYPE, code, dip, schema, string, wikidata

_Terms = tuple[NamedNode, NamedNode, NamedNode | Literal]
_ORGANIZATION_TYPES = {
    "international": "international-organization",
    "agency": "agency",
    "bank": "financial-institution",
    "university": "university",
    "ministry": "government-body",
    "court": "government-body",
    "forum": "other",
}


class EntityLinker:
    """Collects a document's triples; mints and describes each entity once.

    ``countries`` indexes the gazetteer's countries by ISO2 (built once by the caller).
    """

    def __init__(self, gazetteer: Gazetteer, countries: dict[str, Country]) -> None:
        self.gazetteer = gazetteer
        self._countries = countries
        self.terms: list[_Terms] = []
        """The document's triples as their terms, in the order they were added."""
        self._seen: set[_Terms] = set()
        self._described: dict[tuple[str, str], NamedNode] = {}
        self._people: dict[tuple[str, str], NamedNode] = {}
        """The nodes of the people described, by key and name: the visits and meetings of a
        document name its people again (some six times a document in the samples)."""

    def add(self, subject: NamedNode, predicate: NamedNode, obj: NamedNode | Literal) -> None:
        """Add one triple unless the graph already has it (a fact of this document, or a name,
        code or type of a shared entity, which every graph naming it restates)."""
        # Called once per triple (some 230 a document): the test is written here, not in a
        # helper, as a call per triple was a twelfth of the emitter's time.
        terms = (subject, predicate, obj)
        seen = self._seen
        size = len(seen)
        seen.add(terms)  # one hash of the terms: a test before it is another
        if len(seen) != size:
            self.terms.append(terms)

    def add_unseen(
        self, subject: NamedNode, facts: Iterable[tuple[NamedNode, NamedNode | Literal]]
    ) -> None:
        """Add the triples of a node that this graph describes for the first time and in one
        place only (an Evidence): none of them can be in the graph yet, so none is looked up,
        which costs a hash of all three terms per triple."""
        self.terms.extend((subject, predicate, obj) for predicate, obj in facts)

    def _same_as(self, node: NamedNode, qid: str | None) -> None:
        if qid:
            self.add(node, dip("wikidata"), string(qid))
            self.add(node, schema("sameAs"), wikidata(qid))

    def described(self, kind: str, key: str) -> NamedNode | None:
        """The node of an entity this graph already describes, if any (describe once)."""
        return self._described.get((kind, key))

    def _describing(self, kind: str, key: str, node: NamedNode) -> None:
        self._described[(kind, key)] = node

    def country(self, iso2: str) -> NamedNode:
        """The node of a country, described by name, ISO codes and Wikidata id."""
        known_node = self.described("country", iso2)
        if known_node is not None:
            return known_node
        node = iri("country", iso2.lower())
        self._describing("country", iso2, node)
        known: Country | None = self._countries.get(iso2.upper())
        self.add(node, RDF_TYPE, dip("Country"))
        self.add(node, schema("name"), string(known.name if known else iso2.upper()))
        self.add(node, dip("iso2"), string(iso2.upper()))
        if known is not None:
            self.add(node, dip("iso3"), string(known.iso3))
            self._same_as(node, known.wikidata)
        return node

    def city(self, name: str, country: str, qid: str | None = None) -> NamedNode:
        """The node of a city, placed in its country."""
        key = f"{country.lower()}-{slug(name)}"
        known_node = self.described("city", key)
        if known_node is not None:
            return known_node
        node = iri("city", key)
        self._describing("city", key, node)
        self.add(node, RDF_TYPE, dip("City"))
        self.add(node, schema("name"), string(name))
        self.add(node, schema("containedInPlace"), self.country(country))
        if qid is None:
            known = self.gazetteer.city(name, country)
            qid = known.wikidata if known else None
        self._same_as(node, qid)
        return node

    def place(self, place: PlaceMention) -> NamedNode:
        """The node of a city or venue; a venue is placed in its city."""
        if place.kind == "city":
            return self.city(place.name, place.country, place.wikidata)
        node = iri("venue", f"{place.country.lower()}-{slug(place.name)}")
        self.add(node, RDF_TYPE, dip("Venue"))
        self.add(node, schema("name"), string(place.name))
        self.add(node, schema("containedInPlace"), self.city(place.city, place.country))
        self._same_as(node, place.wikidata)
        return node

    def person(self, person: Person) -> NamedNode:
        """The node of a person, with the fullest name the document gives."""
        described = (person.key, person.name)
        node = self._people.get(described)
        if node is not None:
            return node  # its type and name are in the graph already
        node = self._people[described] = iri("person", person.key)
        self.add(node, RDF_TYPE, schema("Person"))
        self.add(node, schema("name"), string(person.name))
        return node

    def post(self, post: Post) -> NamedNode:
        """The node of an office: title plus country ("president-kz")."""
        key = slug(post.title) + (f"-{post.country.lower()}" if post.country else "")
        node = iri("post", key)
        self.add(node, RDF_TYPE, dip("Post"))
        self.add(node, dip("title"), string(post.title))
        if post.country:
            self.add(node, dip("postCountry"), self.country(post.country))
        return node

    def organization(self, mention: OrganizationMention) -> NamedNode:
        """The node of an organization (university, agency, international body)."""
        node = iri("organization", slug(mention.name))
        self.add(node, RDF_TYPE, schema("Organization"))
        self.add(node, schema("name"), string(mention.name))
        kind = _ORGANIZATION_TYPES.get(mention.kind, "other")
        self.add(node, dip("organizationType"), code("organization-type", kind))
        if mention.country:
            self.add(node, dip("homeCountry"), self.country(mention.country))
        self._same_as(node, mention.wikidata)
        return node

    def company(self, name: str, country: str | None, qid: str | None, written: str) -> NamedNode:
        """The node of a company, keyed by its normalised ``name``, with home country and QID;
        the document's graph names it as the document ``written`` it."""
        node = iri("company", slug(name))
        self.add(node, RDF_TYPE, dip("Company"))
        self.add(node, schema("name"), string(written))
        if country:
            self.add(node, dip("homeCountry"), self.country(country))
        self._same_as(node, qid)
        return node
