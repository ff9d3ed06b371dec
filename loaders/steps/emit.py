"""RdfEmitter: a Document's facts as triples in the project's ontology, with provenance.

Every fact node cites at least one ``dip:Evidence``: the sentence it was read from (quote and
character offsets), the Document, and the software agent that read it (MODEL.md,
"Provenance"). IRIs are minted from keys and hashes, never from counters or clocks, so the same
text always gives the same triples.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable
from dataclasses import replace

from pyoxigraph import NamedNode

from dkg.loaders.document import Document, PartialDate, TextSpan, Visit
from dkg.loaders.gazetteer import Gazetteer, load_gazetteer
from dkg.loaders.graph import DocumentGraph
from dkg.loaders.mint import evidence_iri, fact_iri, iri, visit_key
from dkg.loaders.steps.agreement_dates import signing_visit
from dkg.loaders.steps.agreements import AgreementKind, AgreementMention
from dkg.loaders.steps.link import EntityLinker
from dkg.loaders.terms import (
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_PREF_LABEL,
    boolean,
    code,
    date,
    decimal,
    dip,
    integer,
    org,
    prov,
    schema,
    string,
    year,
)

AGENT_NAME = "dkg-loaders"
AGENT_VERSION = "0.1.0"


class RdfEmitter:
    """Turns an annotated Document into the triples of its named graph."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.countries = {c.iso2: c for c in self.gazetteer.countries}

    def __call__(self, document: Document) -> DocumentGraph:
        """The document's graph: document, evidence, entities and facts."""
        linker = EntityLinker(self.gazetteer, self.countries)
        _Emission(document, linker).run()
        return DocumentGraph(document.name, document.source, linker.terms)


class _Emission:
    """One run of the emitter over one document."""

    def __init__(self, document: Document, linker: EntityLinker) -> None:
        self.document = document
        self.linker = linker
        self.add = linker.add
        self.node = iri("document", document.name)
        self.agent = iri("agent", f"{AGENT_NAME}-{AGENT_VERSION}")
        self.visit_nodes: list[NamedNode] = []
        self.quoted: set[NamedNode] = set()
        self.starts = [s.span.start for s in document.sentences]
        # The document's date is its own and every post holding's: built once, not per post
        # (a PartialDate, its cache lookup and its hash each time).
        published = document.date
        self.published = date(PartialDate.of(published)) if published is not None else None

    def run(self) -> None:
        self._document()
        self._people()
        self._visits()
        self._meetings()
        self._organizations()
        self._figures()
        self._agreements()
        self._sectors()
        self._companies()
        self._events()

    def evidence(self, subject: NamedNode, spans: Iterable[TextSpan]) -> None:
        """Link a fact to the sentences it was read from, describing each sentence once."""
        for span in spans:
            at = bisect.bisect_right(self.starts, span.start) - 1
            sentences = self.document.sentences
            inside = at >= 0 and span.start < sentences[at].span.end
            whole = sentences[at].span if inside else span
            node = evidence_iri(self.document.name, whole.start, whole.end)
            self.add(subject, dip("evidence"), node)
            if node in self.quoted:
                continue
            self.quoted.add(node)
            # Only here are Evidence nodes described, once each (``quoted``).
            self.linker.add_unseen(
                node,
                (
                    (RDF_TYPE, dip("Evidence")),
                    (prov("wasQuotedFrom"), self.node),
                    (dip("quote"), string(self.document.text[whole.start : whole.end])),
                    (dip("startOffset"), integer(whole.start)),
                    (dip("endOffset"), integer(whole.end)),
                    (prov("wasAttributedTo"), self.agent),
                ),
            )

    def _document(self) -> None:
        document = self.document
        self.add(self.node, RDF_TYPE, dip("Document"))
        self.add(self.node, dip("name"), string(document.name))
        digest = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        self.add(self.node, dip("sha256"), string(digest))
        if document.title:
            self.add(self.node, dip("title"), string(document.title))
        if self.published is not None:
            self.add(self.node, dip("datePublished"), self.published)
        if document.url:
            self.add(self.node, schema("url"), NamedNode(document.url))
        self.add(self.agent, RDF_TYPE, prov("SoftwareAgent"))
        self.add(self.agent, RDFS_LABEL, string(AGENT_NAME))
        self.add(self.agent, dip("version"), string(AGENT_VERSION))

    def _people(self) -> None:
        for person in self.document.people:
            node = self.linker.person(person)
            self.evidence(node, person.mentions[:1])
            for post in person.posts:
                post_node = self.linker.post(post)
                self.add(node, org("holds"), post_node)
                holding = fact_iri(
                    "holding", self.document.name, person.key, post.title, post.country or ""
                )
                self.add(holding, RDF_TYPE, dip("PostHolding"))
                self.add(holding, dip("holder"), node)
                self.add(holding, dip("post"), post_node)
                if self.published is not None:
                    self.add(holding, dip("attestedOn"), self.published)
                self.evidence(holding, person.mentions[:1])

    def _visits(self) -> None:
        people = {p.key: p for p in self.document.people}
        for visit, key in zip(self.document.visits, _visit_keys(self.document.visits), strict=True):
            node = iri("visit", key)
            self.visit_nodes.append(node)
            self.add(node, RDF_TYPE, dip("Visit"))
            visitor = people.get(visit.visitor)
            if visitor is not None:
                self.add(node, dip("visitor"), self.linker.person(visitor))
            if visit.visitor_country:
                self.add(node, dip("visitorCountry"), self.linker.country(visit.visitor_country))
            self.add(node, dip("hostCountry"), self.linker.country(visit.host_country))
            if visit.place is not None:
                # A visit is to a city; the palace where talks were held is the meeting's place.
                city = self.linker.city(visit.place.city, visit.place.country)
                self.add(node, dip("place"), city)
            if visit.start is not None:
                self.add(node, dip("startDate"), date(visit.start))
            if visit.end is not None:
                self.add(node, dip("endDate"), date(visit.end))
            self.add(node, dip("visitType"), code("visit-type", visit.visit_type))
            self.add(node, dip("status"), code("status", visit.status))
            self.evidence(node, visit.evidence)

    def _meetings(self) -> None:
        people = {p.key: p for p in self.document.people}
        for meeting in self.document.meetings:
            day = meeting.date.lexical if meeting.date else ""
            # Merging keeps talks of one day in two countries apart (meeting_merging), so the
            # country is part of the key: else both would be one node with two places.
            country = meeting.place.country if meeting.place else ""
            node = fact_iri(
                "meeting",
                self.document.name,
                meeting.mode,
                day,
                country,
                *sorted(meeting.participants),
            )
            self.add(node, RDF_TYPE, dip("Meeting"))
            for key in meeting.participants:
                if key in people:
                    self.add(node, dip("participant"), self.linker.person(people[key]))
            if meeting.date is not None:
                self.add(node, dip("date"), date(meeting.date))
            if meeting.place is not None:
                self.add(node, dip("place"), self.linker.place(meeting.place))
            self.add(node, dip("meetingMode"), code("meeting-mode", meeting.mode))
            for form in meeting.formats:
                self.add(node, dip("meetingFormat"), code("meeting-format", form))
            if meeting.during_visit is not None:
                self.add(node, dip("partOfVisit"), self.visit_nodes[meeting.during_visit])
            self.evidence(node, meeting.evidence)

    def _organizations(self) -> None:
        for mention in self.document.organizations:
            node = self.linker.organization(mention)
            self.evidence(node, [mention.span])

    def _figures(self) -> None:
        for figure in self.document.figures:
            node = fact_iri(
                "figure",
                self.document.name,
                figure.kind.value,
                str(figure.value),
                str(figure.start),
            )
            self.add(node, RDF_TYPE, dip("EconomicFigure"))
            self.add(node, dip("figureKind"), code("figure-kind", figure.kind.value))
            self.add(node, dip("value"), decimal(figure.value))
            self.add(node, dip("unit"), string(figure.unit))
            if figure.year is not None:
                self.add(node, dip("year"), year(figure.year))
            if figure.period:
                self.add(node, dip("period"), string(figure.period))
            if figure.is_target:
                self.add(node, dip("isTarget"), boolean(True))
            if figure.is_range:
                self.add(node, dip("isRange"), boolean(True))
                if figure.range_high is not None:
                    self.add(node, dip("upperValue"), decimal(figure.range_high))
            if figure.reporter:
                self.add(node, dip("reporter"), self.linker.country(figure.reporter))
            if figure.partner:
                self.add(node, dip("partner"), self.linker.country(figure.partner))
            self.add(node, dip("description"), string(figure.description))
            told = [(figure.start, figure.end), *figure.repeats]
            self.evidence(node, [TextSpan(start, end) for start, end in told])

    def _agreements(self) -> None:
        for agreement in self.document.agreements:
            spans = [TextSpan(start, end) for start, end in agreement.spans]
            node = self._agreement(agreement, spans, agreement.kind.value, agreement.title)
            for part in agreement.breakdown:
                level = part.level.value
                line = fact_iri("breakdown", self.document.name, node.value, level)
                self.add(node, dip("breakdown"), line)
                self.add(line, RDF_TYPE, dip("AgreementCount"))
                self.add(line, dip("agreementLevel"), code("agreement-level", level))
                self.add(line, dip("count"), integer(part.count))
                # Each line of a breakdown is itself a package of documents that the news
                # counts (and prices) on its own: "14 commercial agreements worth $2.2 billion".
                sub = replace(
                    agreement,
                    kind=AgreementKind.PACKAGE,
                    count=part.count,
                    value=part.value,
                    currency=part.currency,
                    breakdown=(),
                )
                self._agreement(sub, spans, "package", f"{level} agreements")

    def _agreement(
        self, agreement: AgreementMention, spans: list[TextSpan], kind: str, title: str | None
    ) -> NamedNode:
        node = fact_iri(
            "agreement", self.document.name, kind, title or "", str(agreement.count), str(spans[0])
        )
        self.add(node, RDF_TYPE, dip("Agreement"))
        self.add(node, dip("agreementKind"), code("agreement-kind", kind))
        if title:
            self.add(node, dip("title"), string(title))
        if agreement.count is not None and agreement.count > 0:
            self.add(node, dip("documentCount"), integer(agreement.count))
        if agreement.value is not None and agreement.value > 0 and agreement.currency:
            amount = fact_iri("amount", self.document.name, node.value)
            self.add(node, dip("value"), amount)
            self.add(amount, RDF_TYPE, schema("MonetaryAmount"))
            self.add(amount, schema("value"), decimal(agreement.value))
            self.add(amount, schema("currency"), string(agreement.currency))
        if agreement.date is not None:
            self.add(node, dip("date"), date(agreement.date))
        status = agreement.status.value
        self.add(node, dip("agreementStatus"), code("agreement-status", status))
        for party in agreement.parties:
            self.add(node, dip("party"), self.linker.country(party))
        visit = signing_visit(self.document)
        if visit is not None and status == "signed":
            self.add(node, dip("signedDuring"), self.visit_nodes[visit])
        self.evidence(node, spans)
        return node

    def _sectors(self) -> None:
        """One CooperationArea per sector the document names, citing every sentence naming it."""
        spans: dict[str, list[TextSpan]] = {}
        labels: dict[str, str] = {}
        for mention in self.document.sectors:
            spans.setdefault(mention.concept_iri, []).append(TextSpan(mention.start, mention.end))
            labels[mention.concept_iri] = mention.label
        parties = list(dict.fromkeys(c.iso2 for c in self.document.countries if c.form == "name"))
        for concept, found in spans.items():
            node = fact_iri("area", self.document.name, concept)
            self.add(node, RDF_TYPE, dip("CooperationArea"))
            self.add(node, dip("sector"), NamedNode(concept))
            # The concept's label travels with the graph, as entity names do (MODEL.md).
            self.add(NamedNode(concept), SKOS_PREF_LABEL, string(labels[concept]))
            if len(parties) == 2:
                for party in parties:
                    self.add(node, dip("party"), self.linker.country(party))
            self.evidence(node, found)

    def _companies(self) -> None:
        # One name per company and document, the fullest it writes ("Huawei Technologies",
        # then "Huawei"), as for people: a company has exactly one schema:name in a graph.
        written: dict[str, str] = {}
        for mention in self.document.companies:
            longest = max(written.get(mention.name, ""), mention.written_name, key=len)
            written[mention.name] = longest
        for mention in self.document.companies:
            node = self.linker.company(
                mention.name, mention.country_iso2, mention.wikidata, written[mention.name]
            )
            self.evidence(node, [TextSpan(mention.start, mention.end)])

    def _events(self) -> None:
        dates = {d.span.start: d.start for d in self.document.dates}
        for event in self.document.events:
            node = fact_iri("event", self.document.name, event.name, str(event.start))
            self.add(node, RDF_TYPE, dip("Event"))
            self.add(node, schema("name"), string(event.name))
            self.add(node, dip("eventType"), code("event-type", event.event_type.value))
            self.add(node, dip("status"), code("status", event.status.value))
            day = dates.get(event.date.start) if event.date is not None else None
            if day is not None:
                self.add(node, dip("date"), date(day))
            place = next((p for p in self.document.places if p.city == event.city), None)
            if place is not None:
                self.add(node, dip("place"), self.linker.city(place.city, place.country))
            self.evidence(node, [TextSpan(event.start, event.end)])


def _visit_keys(visits: Iterable[Visit]) -> list[str]:
    """Shared keys, made distinct within the document: two visits of one year (April and
    November) or of one undated trip told twice with different outcomes stay two nodes."""
    keys: list[str] = []
    for visit in visits:
        key = _visit_key(visit)
        if key in keys:
            key += f"-{visit.start.lexical.lstrip('-') if visit.start else visit.status}"
        while key in keys:
            key += "-again"
        keys.append(key)
    return keys


def _visit_key(visit: Visit) -> str:
    """Visitor, host and year (MODEL.md); a visit not made keeps its outcome in the key.

    A state visit postponed in July and a working visit made in October of the same year are
    two trips, and "will visit France" cannot be told to be the trip another text reports as
    made; so announced, postponed and cancelled visits get nodes of their own.
    """
    year_known = visit.start.year if visit.start is not None else None
    key = visit_key(visit.visitor, visit.host_country, year_known)
    if visit.status != "happened":
        key += f"-{visit.status}"
    return key
