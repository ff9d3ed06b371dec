"""The project's vocabulary: namespaces, and where the ontology and SHACL files live.

The files sit beside this module, so they are found the same way from a checkout and from an
installed wheel. See MODEL.md for the data model in one page.
"""

from pathlib import Path

BASE = "https://w3id.org/diplomatic-kg/"
DIP = BASE + "ontology#"
"""Classes and properties of the project's ontology."""
DIPV = BASE + "vocab/"
"""SKOS code lists (visit types, statuses, sectors, ...)."""
ID = BASE + "id/"
"""Instances: always ID + "{kind}/{key}"."""
GRAPH = BASE + "graph/"
"""Named graphs: one per document, GRAPH + "{document name}"."""
WIKIDATA = "http://www.wikidata.org/entity/"

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILE = HERE / "ontology.ttl"
SHAPES_FILE = HERE / "shapes.ttl"
SHAPES = BASE + "shapes#"
"""The SHACL shapes themselves (dips: in shapes.ttl), named so reports and tests can cite them."""
VOCABULARY_FILE = HERE / "vocabularies.ttl"
"""SKOS code lists: visit types, statuses, meeting modes and formats, agreement kinds, levels and
statuses, figure kinds, event types, organization types."""
SECTORS_FILE = HERE / "sectors.ttl"
"""The SKOS scheme of sectors and areas of cooperation (dipv:sector)."""
VOCABULARY_FILES = (VOCABULARY_FILE, SECTORS_FILE)
"""Every SKOS file: load these beside the data to resolve code-list labels."""
DOCUMENTATION_FILE = HERE / "ONTOLOGY.md"
"""Generated term tables (dkg.ontology.docs.render_markdown); a test keeps it up to date."""

PREFIXES: dict[str, str] = {
    "dip": DIP,
    "dipv": DIPV,
    "dkgid": ID,
    "dkgg": GRAPH,
    "wd": WIKIDATA,
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
}
"""The prefixes every RDF the project writes for people uses (Turtle answers, dkg extract,
validation messages), so a term reads the same everywhere."""
