"""What ``dkg COMMAND --help`` says: what the command does, its inputs, an example, exit statuses.

The texts live apart from the parser so that they read as the page a researcher sees; each
keeps to 88 columns because argparse prints them as written (RawDescriptionHelpFormatter, so
the examples keep their lines).
"""

from __future__ import annotations

from typing import Final, NamedTuple


class CommandHelp(NamedTuple):
    """One subcommand's line in ``dkg --help`` and the page of ``dkg COMMAND --help``."""

    summary: str
    description: str


COMMANDS: Final[dict[str, CommandHelp]] = {
    "ingest": CommandHelp(
        "read, extract, validate and store documents",
        """\
Read documents (files, or folders of them): .txt, .md, .html, .jsonl (one
{"id", "text", "date"?, "url"?, "title"?} per line), and RDF files (.ttl, .nt, .nq,
.trig, .jsonld: each one document graph). Each document becomes the named graph
https://w3id.org/diplomatic-kg/graph/{name}, its name being the file name without its
extension (or the JSONL id); its graph is validated with the SHACL shapes and stored as
one unit. Ingesting a document again replaces its graph. A bad document is reported on
one line and skipped; the others are kept.

example:
  dkg ingest press-releases/ news.jsonl --store ./store --date 2024-05-06

exit status: 0 all stored, 1 some rejected, 2 bad usage (or the store cannot be opened)""",
    ),
    "serve": CommandHelp(
        "serve the SPARQL endpoint, REST API and query page",
        """\
Serve the web API over the store: /sparql (SPARQL 1.1 Protocol), the REST lookups under
/api/..., linked-data pages under /id/..., the query page at / and the OpenAPI page at
/docs. With no store given (neither --store nor $DKG_STORE), the default store is used
and, when it is empty, the bundled sample documents are loaded first. The service is
read-only unless DKG_UPDATE_TOKEN is set; other settings are DKG_* variables
(docs/service.md). While it runs it owns the store: `dkg query` and `dkg export` go
through it, and documents are added with POST /api/documents.

example:
  dkg serve --store ./store --port 8080      then open http://127.0.0.1:8080/

exit status: 0 stopped (Ctrl-C or SIGTERM), 2 the store is in use or cannot be opened,
or the address cannot be used (a port already in use: choose another with --port)""",
    ),
    "query": CommandHelp(
        "run a SPARQL query against the store",
        """\
Run a SPARQL query: the text itself, a file holding it (.rq or .sparql), or - for
standard input. The default graph is the union of all document graphs; GRAPH ?g { ... }
reaches one document. SELECT and ASK answers print as a table, SPARQL JSON or CSV;
CONSTRUCT and DESCRIBE graphs as Turtle, JSON-LD or N-Triples (the same three --format
choices), whether the store is opened here or reached through a running `dkg serve`.
queries/examples/ holds plain queries to start from. The files directly in queries/ are
the REST endpoints' templates, which answer no rows as they are: take the SPARQL of an
answer from /api/visits?show=query (and so on) instead.

examples:
  dkg query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' --store ./store
  dkg query queries/examples/visits_with_quotes.rq --format csv > visits.csv

exit status: 0 answered, 2 the query does not parse or was refused (the message says
why, in the service's own words when it went through `dkg serve`), or the store cannot
be reached""",
    ),
    "extract": CommandHelp(
        "print the graph of one document without storing it",
        """\
Extract one document (any file `dkg ingest` reads; an RDF file is read as it is) and
print its graph without storing or validating it: what `dkg ingest` would store. A JSONL
file prints the graphs of all its records. --date gives the publication date when the
text states none (it resolves 'last year', 'on Monday' ...).

example:
  dkg extract article.txt --date 2024-05-06 --format trig

exit status: 0 printed, 2 the file cannot be read""",
    ),
    "export": CommandHelp(
        "write the whole graph to standard output",
        """\
Write every document graph to standard output: N-Quads (the default) and TriG keep one
named graph per document and can be ingested back; Turtle gives their union.

example:
  dkg export --store ./store --format trig > backup.trig

exit status: 0 written, 2 there is no store there or it cannot be opened (or its service
did not answer)""",
    ),
    "validate": CommandHelp(
        "SHACL report for the store or one file",
        """\
Validate with pySHACL, the reference validator: every stored document graph on its own,
or the graph of one file (extracted first when it is a text document). Each graph that
does not conform is listed with its violations.

examples:
  dkg validate --store ./store
  dkg validate article.txt

exit status: 0 conforms, 1 does not conform, 2 bad usage (or there is no store there, or
it is in use)""",
    ),
    "evaluate": CommandHelp(
        "extraction accuracy against a gold file",
        """\
Ingest the documents into a temporary store and compare what the REST API returns with
the gold facts: precision, recall and F1 per kind of fact, and a weighted F1 (--verbose
lists every miss and extra). The gold format is the one of the bundled samples'
gold.json, described in samples/README.md. Your own store is not touched.

example:
  dkg evaluate samples/gold.json samples/ --verbose

exit status: 0 scored, 1 scored but some document was rejected, 2 bad gold file""",
    ),
    "link": CommandHelp(
        "link people and companies to Wikidata (online, cached)",
        """\
Give the store's people, and the companies no gazetteer linked, their Wikidata ids,
asking Wikidata's API (wbsearchentities, then wbgetentities) and only on clear
evidence: the item is a human (a business, for a company), its label or an alias is the
name the documents give, and it agrees with them on the country (citizenship or an
office of a post's country; a company's country when known). Two items passing, or none,
mean no link: the summary counts them and lists the ones to settle by hand. Links go to
a named graph of their own, with the evidence and the day retrieved; a run replaces it
as one unit, and ingesting documents again keeps it. Answers are kept in a cache
(wikidata-cache.json in the store folder) so a second run asks nothing twice;
--offline answers from it alone. --api (or $DKG_WIKIDATA_API) names another api.php.
Stop `dkg serve` first: this writes to the store.

examples:
  dkg link --store ./store --limit 20          try it on 20 names first
  dkg link --store ./store --offline           again, from the cache only

exit status: 0 linked what the evidence allows, 2 the API cannot be reached (or keeps
refusing), or there is no store there or it is in use""",
    ),
}
