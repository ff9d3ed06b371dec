"""The ``dkg`` subcommands, one function each: parsed arguments in, exit status out."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import NoReturn

from pyoxigraph import Dataset, Quad, RdfFormat, serialize
from tqdm import tqdm

from dkg.cli.ingest import Stored, graphs_of, ingest_paths
from dkg.cli.locations import resolve_store_path
from dkg.cli.owner import Owner, read_owner
from dkg.cli.results import accept_header, render_table, serialize_result
from dkg.loaders.graph import DocumentError, DocumentGraph
from dkg.ontology import PREFIXES
from dkg.service.errors import MalformedQuery
from dkg.service.store.base import StoreError, StoreLocked
from dkg.service.store.embedded import EmbeddedStore

EXPORT_FORMATS = {
    "nquads": (RdfFormat.N_QUADS, "application/n-quads"),
    "trig": (RdfFormat.TRIG, "application/trig"),
    "turtle": (RdfFormat.TURTLE, "text/turtle"),
}


class UsageError(Exception):
    """The command cannot run as asked; the message says what to do instead."""


def _store_path(args: argparse.Namespace) -> Path:
    return resolve_store_path(getattr(args, "store", None), args.environ)


def _no_store_at(path: Path) -> str | None:
    """Why ``path`` holds no store a reading command could open, or None when it may.

    Opening a store creates it: a reading command given a mistyped folder printed an empty
    answer (exit 0) and left an empty store behind, which reads as "no data".
    """
    if not path.exists():
        return f"there is no store at {path}"
    if not path.is_dir():
        return f"{path} is a file, not a store folder"
    if not any(path.iterdir()):
        return f"{path} is an empty folder, not a store"
    return _other_files_at(path)


def _other_files_at(path: Path) -> str | None:
    """Why ``path`` may not be opened as a store because it holds other files, or None.

    Opening a folder makes a store in it: given a folder of documents by mistake, a command
    scattered RocksDB's files among them.
    """
    if path.is_dir() and any(path.iterdir()) and not EmbeddedStore.holds_store(path):
        return f"{path} holds other files, not a store"
    return None


@contextmanager
def open_store(path: Path, *, create: bool) -> Iterator[EmbeddedStore]:
    """Open the on-disk store for this command, turning a held lock into advice.

    Only commands that write (``create``) make a store where there is none.
    """
    if not create and (reason := _no_store_at(path)):
        raise UsageError(
            f"{reason}: give the folder documents were ingested into (--store DIR, else "
            "$DKG_STORE), or store documents there first with `dkg ingest`"
        )
    if create and (reason := _other_files_at(path)):
        raise UsageError(f"{reason}: give a new or empty folder for the store with --store")
    try:
        store = EmbeddedStore(path)
    except StoreLocked:
        owner = read_owner(path)
        where = f" (pid {owner.pid}, {owner.url})" if owner else ""
        raise UsageError(
            f"the store {path} is in use by another process{where}. Stop it first, or send "
            "documents to the running service with POST /api/documents."
        ) from None
    except StoreError as error:
        raise UsageError(str(error)) from None
    except OSError as error:  # the folder could not be made (a file there, no permission)
        raise UsageError(
            f"cannot create the store folder {path} ({error.strerror}): give another with --store"
        ) from None
    try:
        yield store
    finally:
        store.close()


def _print_result(result: Stored | DocumentError) -> None:
    if isinstance(result, DocumentError):
        tqdm.write(f"rejected {result.source}: {result.message}", file=sys.stderr)


def ingest(args: argparse.Namespace) -> int:
    """``dkg ingest``: store every good document, report every bad one."""
    path = _store_path(args)
    with open_store(path, create=True) as store:
        report = ingest_paths(
            store,
            args.paths,
            default_date=args.date,
            progress=sys.stderr.isatty(),
            on_result=_print_result,
        )
    documents = [s for s in report.stored if not s.links]
    links = sum(s.triples for s in report.stored if s.links)
    print(
        f"stored {len(documents)} document(s) ({sum(s.triples for s in documents)} triples)"
        + (f" and {links} triples of Wikidata links" if links else "")
        + f", rejected {len(report.rejected)}, in {path}",
        file=sys.stderr,
    )
    return 0 if report.ok else 1


def serve(args: argparse.Namespace) -> int:
    """``dkg serve``: run the web service over the store (loading samples into an empty one)."""
    from dkg.cli.serving import run_service

    return run_service(
        store_path=_store_path(args),
        store_given=bool(args.store or args.environ.get("DKG_STORE")),
        host=args.host,
        port=args.port,
    )


def _read_query_text(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    candidate = Path(arg)
    if len(arg) < 4096 and candidate.suffix in {".rq", ".sparql"} and candidate.is_file():
        return candidate.read_text(encoding="utf-8")
    return arg


def _does_not_parse(message: str) -> UsageError:
    return UsageError(f"the query does not parse: {message}")


def _refusal(error: urllib.error.HTTPError) -> UsageError:
    """What the service said when it refused: the detail of its problem+json body (for a query
    that does not parse, the parser's message, the same as without the service), since the
    status line alone ('HTTP Error 400') does not tell the user what to fix."""
    with error:
        body = error.read()
    try:
        problem = json.loads(body)
        detail = str(problem["detail"])
        kind = str(problem.get("type", "")).rsplit("/", 1)[-1]
        title = str(problem.get("title", error.reason))
    except (ValueError, KeyError, TypeError):
        return UsageError(f"the running service refused the request: {error}")
    if kind == MalformedQuery.slug:
        return _does_not_parse(detail)
    return UsageError(f"the running service answered {error.code} {title}: {detail}")


def _http_get(owner: Owner, path: str, accept: str, data: bytes | None = None) -> bytes:
    url = owner.url.rstrip("/") + path
    headers = {"Accept": accept}
    if data is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    request = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 - loopback URL we wrote
    try:
        with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310
            body: bytes = response.read()
    except urllib.error.HTTPError as error:
        raise _refusal(error) from None
    return body


def query(args: argparse.Namespace) -> int:
    """``dkg query``: run SPARQL locally, or through the service that owns the store."""
    text = _read_query_text(args.sparql)
    path = _store_path(args)
    owner = read_owner(path)
    if owner is not None:
        form = urllib.parse.urlencode({"query": text}).encode()
        body = _http_get(owner, "/sparql", accept_header(args.format), data=form)
    else:
        with open_store(path, create=False) as store:
            try:
                body = serialize_result(store.query(text), args.format)
            except SyntaxError as error:
                raise _does_not_parse(str(error)) from None
            except OSError as error:  # raised while the answer is read (a SERVICE call, say)
                raise UsageError(f"the query failed while running: {error}") from None
    if args.format == "table" and body.lstrip().startswith(b"{"):
        print(render_table(body))
    else:
        sys.stdout.buffer.write(body)
    return 0


def export(args: argparse.Namespace) -> int:
    """``dkg export``: dump everything to standard output."""
    rdf_format, media_type = EXPORT_FORMATS[args.format]
    path = _store_path(args)
    owner = read_owner(path)
    if owner is not None:
        sys.stdout.buffer.write(_http_get(owner, "/dataset", media_type))
        return 0
    with open_store(path, create=False) as store:
        store.dump(sys.stdout.buffer, rdf_format)
    return 0


def _single_file_graphs(path: Path, args: argparse.Namespace) -> list[DocumentGraph]:
    graphs: list[DocumentGraph] = []
    for item in graphs_of(path, getattr(args, "date", None)):
        if isinstance(item, DocumentError):
            raise UsageError(f"{item.source}: {item.message}")
        graphs.append(item)
    return graphs


def extract(args: argparse.Namespace) -> int:
    """``dkg extract``: print one document's graph without storing it."""
    graphs = _single_file_graphs(args.file, args)
    if args.format == "trig":
        dataset = Dataset(
            Quad(t.subject, t.predicate, t.object, g.graph_name) for g in graphs for t in g.triples
        )
        serialize(dataset, sys.stdout.buffer, format=RdfFormat.TRIG, prefixes=PREFIXES)
    elif args.format == "turtle":
        triples = [t for g in graphs for t in g.triples]
        serialize(triples, sys.stdout.buffer, format=RdfFormat.TURTLE, prefixes=PREFIXES)
    else:
        triples = [t for g in graphs for t in g.triples]
        serialize(triples, sys.stdout.buffer, format=RdfFormat.JSON_LD)
    return 0


def validate(args: argparse.Namespace) -> int:
    """``dkg validate``: pySHACL (the reference validator) over one file or each stored graph."""
    from dkg.cli.validation import validate_file, validate_store

    if args.file is not None:
        if args.store:
            raise UsageError("give either FILE or --store, not both")
        return validate_file(_single_file_graphs(args.file, args))
    with open_store(_store_path(args), create=False) as store:
        return validate_store(store)


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise SystemExit(128 + signum)


def evaluate(args: argparse.Namespace) -> int:
    """``dkg evaluate``: extraction accuracy of the documents against a gold file."""
    from dkg.cli.evaluate import EvaluationError, run_evaluation

    # `timeout`, schedulers and `kill` stop a run with SIGTERM, which by default ends Python at
    # once and leaves the temporary store behind in the temp folder; as an exception it unwinds
    # through the cleanup instead (exit status 143, as the shell reports a SIGTERM).
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        return run_evaluation(args.gold, args.docs, verbose=args.verbose)
    except EvaluationError as error:
        raise UsageError(str(error)) from None
