"""The ``dkg`` command line: the composition root that joins loaders, store and service.

Each subcommand is a small function taking the parsed arguments and returning the exit status.
Exit statuses follow ../API.md: 0 success, 1 the command ran but something was rejected or does
not conform, 2 bad usage (including a store that cannot be opened).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from dkg.cli import commands
from dkg.cli.locations import default_store_path

EXAMPLES = """\
examples:
  dkg ingest press-releases/ news.jsonl          extract, validate and store documents
  dkg serve                                      SPARQL + REST on http://127.0.0.1:8000
  dkg query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'
  dkg query visits.rq --format csv > visits.csv  a query from a file, as CSV
  dkg extract article.txt                        the graph of one document, not stored
  dkg export --format trig > backup.trig         everything, one named graph per document
  dkg validate                                   SHACL report for every stored document

The store is --store DIR, else $DKG_STORE, else {default}.
While `dkg serve` runs it owns the store: `dkg query` and `dkg export` then go through it,
and documents are added with POST /api/documents.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand and its help."""
    parser = argparse.ArgumentParser(
        prog="dkg",
        description="Turn diplomatic news into an RDF knowledge graph and serve it "
        "over SPARQL and REST.",
        epilog=EXAMPLES.replace("{default}", str(default_store_path())),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=help_text,
            description=description,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    def store_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--store",
            metavar="DIR",
            help="store folder (default: $DKG_STORE, else the user data folder)",
        )

    ingest = add(
        "ingest",
        "read, extract, validate and store documents",
        "Read documents (files or folders): .txt, .md, .jsonl (one {id, text, date?, url?, "
        "title?} per line), .html, and RDF files (.ttl, .nt, .nq, .trig, .jsonld: each one "
        "document graph). Each document's graph is validated with the SHACL shapes and stored "
        "as one unit; ingesting a document again replaces its graph. A bad document is "
        "reported and skipped.\n\nexit status: 0 all stored, 1 some rejected, 2 bad usage",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    store_option(ingest)
    ingest.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date for documents that do not state one (resolves 'last year' ...)",
    )
    ingest.set_defaults(run=commands.ingest)

    serve = add(
        "serve",
        "serve the SPARQL endpoint, REST API and query page",
        "Serve the web API over the store. With no store given, the default store is used "
        "and, when it is empty, the bundled sample documents are loaded first.",
    )
    store_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.set_defaults(run=commands.serve)

    query = add(
        "query",
        "run a SPARQL query against the store",
        "Run a SPARQL query: the text itself, a file holding it (e.g. queries/visits.rq), or - "
        "for standard input. The default graph is the union of all document graphs.",
    )
    query.add_argument("sparql", metavar="SPARQL")
    store_option(query)
    query.add_argument("--format", choices=["table", "json", "csv"], default="table")
    query.set_defaults(run=commands.query)

    extract = add(
        "extract",
        "print the graph of one document without storing it",
        "Extract one document (or read an RDF file) and print its graph.",
    )
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--format", choices=["turtle", "trig", "jsonld"], default="turtle")
    extract.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD")
    extract.set_defaults(run=commands.extract)

    export = add(
        "export",
        "write the whole graph to standard output",
        "Write every document graph: N-Quads and TriG keep one named graph per document, "
        "Turtle gives their union. An N-Quads or TriG export can be ingested back.",
    )
    store_option(export)
    export.add_argument("--format", choices=["nquads", "trig", "turtle"], default="nquads")
    export.set_defaults(run=commands.export)

    validate = add(
        "validate",
        "SHACL report for the store or one file",
        "Validate with pySHACL, document by document (each stored graph on its own), or one "
        "file.\n\nexit status: 0 conforms, 1 does not conform, 2 bad usage",
    )
    validate.add_argument("file", nargs="?", type=Path, metavar="FILE")
    store_option(validate)
    validate.set_defaults(run=commands.validate)

    evaluate = add(
        "evaluate",
        "extraction accuracy against a gold file",
        "Ingest the documents into a temporary store and compare what the REST API returns "
        "with the gold facts: precision, recall and F1 per kind of fact (--verbose lists every "
        "miss and extra). The gold format is the one of the bundled samples' gold.json, "
        "described in samples/README.md.\n\nexample: dkg evaluate samples/gold.json samples/",
    )
    evaluate.add_argument("gold", type=Path, metavar="GOLD.json")
    evaluate.add_argument("docs", nargs="+", type=Path, metavar="DOCS")
    evaluate.add_argument("--verbose", action="store_true", help="list misses and extras")
    evaluate.set_defaults(run=commands.evaluate)
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``dkg``; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.environ = dict(os.environ)
    try:
        status: int = args.run(args)
    except commands.UsageError as error:
        print(f"dkg {args.command}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`dkg export | head`): not an error
        return 0
    except (urllib.error.URLError, ConnectionError) as error:
        print(f"dkg {args.command}: the running service did not answer: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
