"""The ontology, code lists and shapes parse, agree with each other, and cover what others use."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pyshacl
import pytest
from pyoxigraph import RdfFormat, parse
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from dkg.ontology import (
    DIP,
    DIPV,
    ONTOLOGY_FILE,
    SECTORS_FILE,
    SHAPES_FILE,
    VOCABULARY_FILE,
    VOCABULARY_FILES,
)

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "ontology" / "MODEL.md"
VALID_DOCUMENT = Path(__file__).parent / "data" / "valid_document.ttl"
TURTLE_FILES = [ONTOLOGY_FILE, VOCABULARY_FILE, SECTORS_FILE, SHAPES_FILE]
NACE_SECTIONS = "http://data.europa.eu/ux2/nace2/"


@cache
def graph(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


@cache
def declared_terms() -> set[str]:
    """Local names of every dip: term that ontology.ttl gives a type."""
    return {
        str(s).removeprefix(DIP)
        for s in graph(ONTOLOGY_FILE).subjects(RDF.type, None)
        if str(s).startswith(DIP)
    }


@cache
def concepts() -> dict[str, set[str]]:
    """Concept IRIs of each code list, by scheme name ("visit-type", "sector", ...)."""
    found: dict[str, set[str]] = {}
    for path in VOCABULARY_FILES:
        g = graph(path)
        for concept, scheme in g.subject_objects(SKOS.inScheme):
            found.setdefault(str(scheme).removeprefix(DIPV), set()).add(str(concept))
    return found


@pytest.mark.parametrize("path", TURTLE_FILES, ids=lambda p: p.name)
def test_ontology_files_parse_with_rdflib_and_pyoxigraph(path: Path) -> None:
    assert len(graph(path)) == len(list(parse(path=path, format=RdfFormat.TURTLE)))


def test_ontology_shapes_are_valid_shacl() -> None:
    """pySHACL's meta-SHACL (shacl-shacl) on the shapes.

    The long sh:in lists (currencies, sectors) cost shacl-shacl half a minute and add nothing
    but more list nodes, so they are cut to two members here and their list structure is
    checked directly below (shacl-shacl asks no more of sh:in than a well-formed list).
    """
    shapes = Graph()
    for triple in graph(SHAPES_FILE):
        shapes.add(triple)
    for _, head in list(shapes.subject_objects(SH["in"])):
        members = Collection(shapes, head)
        while len(members) > 2:
            del members[len(members) - 1]

    conforms, _, text = pyshacl.validate(
        Graph(), shacl_graph=shapes, meta_shacl=True, inference="none"
    )

    assert conforms, text


def test_ontology_shapes_in_lists_are_well_formed_rdf_lists() -> None:
    shapes = graph(SHAPES_FILE)
    for _, head in shapes.subject_objects(SH["in"]):
        node, seen = head, set()
        while node != RDF.nil:
            assert node not in seen, "cycle in an sh:in list"
            seen.add(node)
            assert len(list(shapes.objects(node, RDF.first))) == 1
            rest = list(shapes.objects(node, RDF.rest))
            assert len(rest) == 1
            node = rest[0]


def test_ontology_declares_every_dip_term_the_shapes_vocabularies_and_example_use() -> None:
    used = set()
    for path in [*TURTLE_FILES, VALID_DOCUMENT]:
        for triple in graph(path):
            used |= {str(t).removeprefix(DIP) for t in triple if str(t).startswith(DIP)}
    assert used - declared_terms() == set()


def test_ontology_every_class_is_the_target_of_a_shape() -> None:
    classes = {str(c) for c in graph(ONTOLOGY_FILE).subjects(RDF.type, OWL.Class)}
    targets = {str(c) for c in graph(SHAPES_FILE).objects(None, SH.targetClass)}
    assert classes - targets == set()


def test_ontology_every_term_has_a_label_and_a_comment() -> None:
    g = graph(ONTOLOGY_FILE)
    for name in declared_terms():
        term = URIRef(DIP + name)
        assert g.value(term, RDFS.label) is not None, name
        assert g.value(term, RDFS.comment) is not None, name


def test_ontology_code_list_restrictions_equal_the_code_lists() -> None:
    shapes = graph(SHAPES_FILE)
    checked = set()
    for prop, members in shapes.subject_objects(SH["in"]):
        values = {str(m) for m in Collection(shapes, members)}
        if not all(v.startswith(DIPV) for v in values):
            continue  # currency and unit codes, not a SKOS code list
        scheme = next(iter(values)).removeprefix(DIPV).split("/")[0]
        missing, extra = concepts()[scheme] - values, values - concepts()[scheme]
        assert not missing and not extra, (
            f"{prop}: add {sorted(missing)} to its sh:in list, remove {sorted(extra)}"
        )
        checked.add(scheme)
    assert checked == set(concepts())


def test_ontology_every_concept_has_a_label_a_notation_and_a_definition() -> None:
    for path in VOCABULARY_FILES:
        g = graph(path)
        for concept in g.subjects(RDF.type, SKOS.Concept):
            for predicate in (SKOS.prefLabel, SKOS.notation, SKOS.definition):
                assert len(list(g.objects(concept, predicate))) == 1, (concept, predicate)
            assert str(concept).endswith("/" + str(g.value(concept, SKOS.notation))), concept


def test_ontology_model_page_names_only_existing_code_values() -> None:
    """MODEL.md lists code values as dipv:visit-type/{state,official,...}; each must exist."""
    text = MODEL.read_text(encoding="utf-8")
    listed = re.findall(r"dipv:([a-z-]+)/\{([^}]+)\}", text)
    assert listed
    for scheme, values in listed:
        for value in values.split(","):
            assert f"{DIPV}{scheme}/{value.strip()}" in concepts()[scheme], (scheme, value)


def test_ontology_sector_scheme_is_large_and_well_formed() -> None:
    g = graph(SECTORS_FILE)
    sectors = concepts()["sector"]
    assert len(sectors) >= 80
    for iri in sectors:
        concept = URIRef(iri)
        label = str(g.value(concept, SKOS.prefLabel))
        assert label == label.lower() or label.split()[0].isupper(), label
        assert str(g.value(concept, SKOS.notation)) == iri.removeprefix(DIPV + "sector/")
        broader = [str(b) for b in g.objects(concept, SKOS.broader)]
        assert all(b in sectors for b in broader), iri
        assert bool(broader) != ((concept, SKOS.topConceptOf, None) in g), iri
        for match in g.objects(concept, SKOS.closeMatch):
            assert re.fullmatch(NACE_SECTIONS + "[A-U]", str(match)), match


def test_ontology_sector_labels_name_one_concept_each() -> None:
    """Loaders match text against every label, so no label may belong to two sectors."""
    g = graph(SECTORS_FILE)
    owner: dict[str, str] = {}
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for concept, label in g.subject_objects(predicate):
            key = str(label).lower()
            assert owner.setdefault(key, str(concept)) == str(concept), (label, owner[key])


def test_ontology_sector_scheme_has_the_news_forms_of_core_sectors() -> None:
    g = graph(SECTORS_FILE)
    labels = {
        str(label).lower(): str(c)
        for kind in (SKOS.prefLabel, SKOS.altLabel)
        for c, label in g.subject_objects(kind)
    }
    assert labels["nuclear"] == DIPV + "sector/nuclear-energy"
    assert labels["pharmaceutical"] == DIPV + "sector/pharmaceuticals"
    assert labels["rare earths"] == DIPV + "sector/rare-earth-metals"
    assert labels["renewables"] == DIPV + "sector/renewable-energy"


# --- terms used by the other packages ---------------------------------------------------------

TERM_PATTERNS = [
    re.compile(r"\bdip:([A-Za-z_][A-Za-z0-9_]*)"),
    re.compile(re.escape(DIP) + r"([A-Za-z_][A-Za-z0-9_]*)"),
    re.compile(r"\bDIP\s*\+\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']"),
    re.compile(r"\bDIP\[\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']\s*\]"),
    re.compile(r"\{DIP\}([A-Za-z_][A-Za-z0-9_]*)"),
    re.compile(r"\bdip\(\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']\s*\)"),
]
CODE_PATTERNS = [
    re.compile(re.escape(DIPV) + r"([a-z-]+)/([A-Za-z0-9_-]+)"),
    re.compile(r"\bcode\(\s*[\"']([a-z-]+)[\"']\s*,\s*[\"']([A-Za-z0-9_-]+)[\"']\s*\)"),
]


def scanned_files() -> list[Path]:
    return sorted(
        path
        for folder in ("loaders", "queries")
        for suffix in ("*.py", "*.rq")
        for path in (ROOT / folder).rglob(suffix)
    )


def test_ontology_declares_every_term_loaders_and_queries_use() -> None:
    undeclared = set()
    for path in scanned_files():
        text = path.read_text(encoding="utf-8")
        for pattern in TERM_PATTERNS:
            for name in pattern.findall(text):
                if name not in declared_terms():
                    undeclared.add(f"{path.relative_to(ROOT)}: dip:{name}")
    assert sorted(undeclared) == []


def test_ontology_has_every_code_value_loaders_and_queries_use() -> None:
    unknown = set()
    for path in scanned_files():
        text = path.read_text(encoding="utf-8")
        for pattern in CODE_PATTERNS:
            for scheme, value in pattern.findall(text):
                if f"{DIPV}{scheme}/{value}" not in concepts().get(scheme, set()):
                    unknown.add(f"{path.relative_to(ROOT)}: dipv:{scheme}/{value}")
    assert sorted(unknown) == []
