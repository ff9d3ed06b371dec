"""Write a synthetic dataset in the model of ontology/MODEL.md, of about N triples, as N-Quads.

`python -m bench.generate_graph OUT.nq [--triples 1000000] [--seed 7]`

One named graph per invented document, each carrying what it references (countries with their
codes, people with their posts, evidence with a quote), so every canned query finds its
patterns at the density real documents give: about 100 triples and one visit per document. A
pool of people, countries and years that is small against the number of documents makes visit,
person, country and company IRIs shared by many graphs, as they are in real data.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from dkg.ontology import DIP, DIPV, GRAPH, ID

SCHEMA: Final = "https://schema.org/"
PROV: Final = "http://www.w3.org/ns/prov#"
ORG: Final = "http://www.w3.org/ns/org#"
SKOS: Final = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD: Final = "http://www.w3.org/2001/XMLSchema#"

VISIT_TYPES: Final = ["state", "official", "working", "unspecified"]
STATUSES: Final = ["happened", "happened", "happened", "announced"]
FIGURE_KINDS: Final = ["trade_turnover", "exports", "imports", "investment", "growth_percent"]
AGREEMENT_KINDS: Final = ["agreement", "memorandum", "package", "roadmap"]
SECTORS: Final = ["nuclear-energy", "agriculture", "transport", "digital", "education", "tourism"]
TRIPLES_PER_DOCUMENT: Final = 100


def iri(value: str) -> str:
    """An IRI in N-Quads syntax."""
    return f"<{value}>"


def text(value: str) -> str:
    """A plain string literal in N-Quads syntax."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typed(value: str, datatype: str) -> str:
    """An XSD-typed literal in N-Quads syntax."""
    return f'"{value}"^^<{XSD}{datatype}>'


class Generator:
    """Draws documents from fixed pools with a seeded random source."""

    def __init__(self, seed: int, documents: int) -> None:
        self.random = random.Random(seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        self.countries = [a + b for a in letters for b in letters][:200]
        people_count = max(20, documents // 20)
        self.people = [
            (f"person-{n}", self.random.choice(self.countries)) for n in range(people_count)
        ]
        self.companies = [f"company-{n}" for n in range(max(10, documents // 50))]

    def date(self) -> tuple[str, str]:
        year = self.random.randint(2015, 2025)
        month = self.random.randint(1, 12)
        day = self.random.randint(1, 28)
        precision = self.random.random()
        if precision < 0.6:
            return f"{year}-{month:02d}-{day:02d}", "date"
        if precision < 0.85:
            return f"{year}-{month:02d}", "gYearMonth"
        if precision < 0.97:
            return str(year), "gYear"
        return f"--{month:02d}-{day:02d}", "gMonthDay"

    def document(self, number: int) -> Iterator[str]:
        name = f"doc-{number:07d}"
        graph = iri(GRAPH + name)
        out: list[tuple[str, str, str]] = []

        def add(s: str, p: str, o: str) -> None:
            out.append((s, p, o))

        document = iri(ID + "document/" + name)
        add(document, iri(RDF_TYPE), iri(DIP + "Document"))
        add(document, iri(DIP + "name"), text(name))
        add(document, iri(DIP + "title"), text(f"Report number {number}"))
        add(document, iri(DIP + "datePublished"), typed(*self.date()))
        evidences: list[str] = []

        def evidence() -> str:
            start = len(evidences) * 100
            node = iri(f"{ID}evidence/{name}-{start}-{start + 90}")
            evidences.append(node)
            add(node, iri(RDF_TYPE), iri(DIP + "Evidence"))
            add(node, iri(PROV + "wasQuotedFrom"), document)
            add(node, iri(DIP + "quote"), text(f"Sentence {len(evidences)} of {name}."))
            add(node, iri(DIP + "startOffset"), typed(str(start), "integer"))
            add(node, iri(DIP + "endOffset"), typed(str(start + 90), "integer"))
            return node

        mentioned: set[str] = set()

        def country(code: str) -> str:
            node = iri(ID + "country/" + code)
            if code not in mentioned:
                mentioned.add(code)
                add(node, iri(RDF_TYPE), iri(DIP + "Country"))
                add(node, iri(SCHEMA + "name"), text(f"Land {code.upper()}"))
                add(node, iri(DIP + "iso2"), text(code.upper()))
                add(node, iri(DIP + "iso3"), text(code.upper() + "X"))
                add(node, iri(DIP + "wikidata"), text(f"Q{1000 + self.countries.index(code)}"))
            return node

        def person(key: str, home: str, quote: str) -> str:
            node = iri(ID + "person/" + key)
            add(node, iri(RDF_TYPE), iri(SCHEMA + "Person"))
            add(node, iri(SCHEMA + "name"), text(key.replace("-", " ").title()))
            add(node, iri(DIP + "wikidata"), text(f"Q{5000 + int(key.split('-')[1])}"))
            post = iri(f"{ID}post/minister-{home}")
            add(node, iri(ORG + "holds"), post)
            add(post, iri(RDF_TYPE), iri(DIP + "Post"))
            add(post, iri(DIP + "title"), text("Minister of Foreign Affairs"))
            add(post, iri(DIP + "postCountry"), country(home))
            add(node, iri(DIP + "evidence"), quote)
            return node

        (visitor_key, visitor_home), (other_key, other_home) = self.random.sample(self.people, 2)
        host = other_home if other_home != visitor_home else self.random.choice(self.countries)
        when, datatype = self.date()
        year = when[:4] if not when.startswith("-") else "undated"
        quote = evidence()
        visitor = person(visitor_key, visitor_home, quote)
        visit = iri(f"{ID}visit/{visitor_key}-{host}-{year}")
        add(visit, iri(RDF_TYPE), iri(DIP + "Visit"))
        add(visit, iri(DIP + "visitor"), visitor)
        add(visit, iri(DIP + "visitorCountry"), country(visitor_home))
        add(visit, iri(DIP + "hostCountry"), country(host))
        add(visit, iri(DIP + "startDate"), typed(when, datatype))
        add(
            visit,
            iri(DIP + "visitType"),
            iri(DIPV + "visit-type/" + self.random.choice(VISIT_TYPES)),
        )
        add(visit, iri(DIP + "status"), iri(DIPV + "status/" + self.random.choice(STATUSES)))
        add(visit, iri(DIP + "evidence"), quote)
        city = iri(f"{ID}city/{host}-capital")
        add(city, iri(RDF_TYPE), iri(DIP + "City"))
        add(city, iri(SCHEMA + "name"), text(f"Capital of {host.upper()}"))
        add(city, iri(SCHEMA + "containedInPlace"), country(host))
        add(visit, iri(DIP + "place"), city)

        quote = evidence()
        other = person(other_key, other_home, quote)
        meeting = iri(f"{ID}meeting/{name}-1")
        add(meeting, iri(RDF_TYPE), iri(DIP + "Meeting"))
        add(meeting, iri(DIP + "participant"), visitor)
        add(meeting, iri(DIP + "participant"), other)
        add(meeting, iri(DIP + "date"), typed(when, datatype))
        add(meeting, iri(DIP + "place"), city)
        add(meeting, iri(DIP + "partOfVisit"), visit)
        add(meeting, iri(DIP + "evidence"), quote)

        quote = evidence()
        agreement = iri(f"{ID}agreement/{name}-1")
        add(agreement, iri(RDF_TYPE), iri(DIP + "Agreement"))
        add(
            agreement,
            iri(DIP + "agreementKind"),
            iri(DIPV + "agreement-kind/" + self.random.choice(AGREEMENT_KINDS)),
        )
        add(
            agreement, iri(DIP + "documentCount"), typed(str(self.random.randint(1, 30)), "integer")
        )
        add(agreement, iri(DIP + "date"), typed(when, datatype))
        add(agreement, iri(DIP + "party"), country(visitor_home))
        add(agreement, iri(DIP + "party"), country(host))
        amount = iri(f"{ID}amount/{name}-1")
        add(agreement, iri(DIP + "value"), amount)
        add(
            amount,
            iri(SCHEMA + "value"),
            typed(str(self.random.randint(1, 900) * 10**6), "decimal"),
        )
        add(amount, iri(SCHEMA + "currency"), text("USD"))
        add(agreement, iri(DIP + "evidence"), quote)
        company = iri(ID + "company/" + self.random.choice(self.companies))
        add(company, iri(RDF_TYPE), iri(DIP + "Company"))
        add(
            company,
            iri(SCHEMA + "name"),
            text(company.rsplit("/", 1)[-1][:-1].replace("-", " ").title()),
        )
        add(company, iri(DIP + "homeCountry"), country(host))
        add(company, iri(DIP + "evidence"), quote)
        sector = iri(DIPV + "sector/" + self.random.choice(SECTORS))
        area = iri(f"{ID}area/{name}-1")
        add(area, iri(RDF_TYPE), iri(DIP + "CooperationArea"))
        add(area, iri(DIP + "sector"), sector)
        add(area, iri(DIP + "evidence"), quote)
        add(
            sector,
            iri(SKOS + "prefLabel"),
            '"' + sector.rsplit("/", 1)[-1][:-1].replace("-", " ") + '"@en',
        )

        quote = evidence()
        figure = iri(f"{ID}figure/{name}-1")
        add(figure, iri(RDF_TYPE), iri(DIP + "EconomicFigure"))
        add(
            figure,
            iri(DIP + "figureKind"),
            iri(DIPV + "figure-kind/" + self.random.choice(FIGURE_KINDS)),
        )
        add(figure, iri(DIP + "value"), typed(f"{self.random.uniform(1, 100):.1f}", "decimal"))
        add(figure, iri(DIP + "unit"), text("USD"))
        add(figure, iri(DIP + "year"), typed(str(self.random.randint(2015, 2025)), "gYear"))
        add(figure, iri(DIP + "reporter"), country(visitor_home))
        add(figure, iri(DIP + "partner"), country(host))
        add(figure, iri(DIP + "description"), text("bilateral trade"))
        add(figure, iri(DIP + "evidence"), quote)
        for s, p, o in dict.fromkeys(out):
            yield f"{s} {p} {o} {graph} .\n"


def generate(out: Path, triples: int, seed: int) -> int:
    """Write about ``triples`` quads to ``out``; returns how many were written."""
    documents = max(1, triples // TRIPLES_PER_DOCUMENT)
    generator = Generator(seed, documents)
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for number in range(documents):
            for line in generator.document(number):
                handle.write(line)
                written += 1
    return written


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    count = generate(args.out, args.triples, args.seed)
    print(f"wrote {count} quads to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
