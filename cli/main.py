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
from dkg.cli.help_texts import COMMANDS
from dkg.cli.locations import default_store_path
from dkg.loaders.steps.read import publication_date_error

EXAMPLES = """\
examples:
  dkg ingest press-releases/ news.jsonl          extract, validate and store documents
  dkg serve                                      SPARQL + REST on http://127.0.0.1:8000
  dkg query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'
  dkg query my-query.rq --format csv > out.csv    a query from a file, as CSV
  dkg extract article.txt                        the graph of one document, not stored
  dkg export --format trig > backup.trig         everything, one named graph per document
  dkg validate                                   SHACL report for every stored document
  dkg link                                       Wikidata ids for people and companies

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

    def add(name: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=COMMANDS[name].summary,
            description=COMMANDS[name].description,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    def store_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--store",
            metavar="DIR",
            help="store folder (default: $DKG_STORE, else the user data folder)",
        )

    def date_option(p: argparse.ArgumentParser, undated: str) -> None:
        p.add_argument(
            "--date", type=_iso_date, metavar="YYYY-MM-DD", help=f"publication date for {undated}"
        )

    ingest = add("ingest")
    ingest.add_argument(
        "paths", nargs="+", metavar="PATH", type=Path, help="document files or folders of them"
    )
    store_option(ingest)
    date_option(ingest, "documents that do not state one (resolves 'last year' ...)")
    ingest.set_defaults(run=commands.ingest)

    serve = add("serve")
    store_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.set_defaults(run=commands.serve)

    query = add("query")
    query.add_argument(
        "sparql", metavar="SPARQL", help="the query, a .rq or .sparql file, or - for standard input"
    )
    store_option(query)
    query.add_argument(
        "--format",
        choices=["table", "json", "csv"],
        default="table",
        help="table (default), SPARQL JSON or CSV",
    )
    query.set_defaults(run=commands.query)

    extract = add("extract")
    extract.add_argument("file", type=Path, metavar="FILE", help="one document or RDF file")
    extract.add_argument(
        "--format",
        choices=["turtle", "trig", "jsonld"],
        default="turtle",
        help="turtle (default); trig keeps the document's named graph",
    )
    date_option(extract, "a document that does not state one")
    extract.set_defaults(run=commands.extract)

    export = add("export")
    store_option(export)
    export.add_argument(
        "--format",
        choices=["nquads", "trig", "turtle"],
        default="nquads",
        help="nquads (default) or trig, one named graph per document; turtle, their union",
    )
    export.set_defaults(run=commands.export)

    validate = add("validate")
    validate.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="one file to validate instead of the store",
    )
    store_option(validate)
    validate.set_defaults(run=commands.validate)

    evaluate = add("evaluate")
    evaluate.add_argument("gold", type=Path, metavar="GOLD.json", help="the gold facts")
    evaluate.add_argument(
        "docs", nargs="+", type=Path, metavar="DOCS", help="the documents, files or folders"
    )
    evaluate.add_argument("--verbose", action="store_true", help="list misses and extras")
    evaluate.set_defaults(run=commands.evaluate)

    link = add("link")
    store_option(link)
    link.add_argument(
        "--api",
        metavar="URL",
        help="Wikidata's api.php (default: $DKG_WIKIDATA_API, else www.wikidata.org's)",
    )
    link.add_argument(
        "--cache",
        metavar="FILE",
        help="the answers cache (default: wikidata-cache.json in the store folder)",
    )
    link.add_argument(
        "--offline", action="store_true", help="ask nothing: link from the cache only"
    )
    link.add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help="judge only the first N names (the others keep their earlier links)",
    )
    link.set_defaults(run=_link)
    return parser


def _link(args: argparse.Namespace) -> int:
    # Imported when used: the HTTP client is not needed by the other commands.
    from dkg.cli.link import run_link

    return run_link(args)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return int(text)


def _iso_date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    problem = publication_date_error(day)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return day


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
