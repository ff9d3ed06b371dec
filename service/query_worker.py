"""The loop a query worker process runs: open the newest read-only snapshot, run one query,
cut it at the row cap, send the result back, repeat.

This module is imported in fresh ``spawn``-ed processes, so it imports only pyoxigraph and
:mod:`dkg.service.results` (no web framework): a replacement worker is ready in well under a
second after a timed-out one is killed.
"""

from __future__ import annotations

import marshal
import os
import pickle
import traceback
from itertools import islice
from multiprocessing.connection import Connection
from typing import Literal as TypingLiteral
from typing import NamedTuple

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
)
from pyoxigraph import Store as OxStore

from dkg.ontology import PREFIXES
from dkg.service.results import (
    SOLUTION_MEDIA_TYPES,
    AskResult,
    EncodedSolutions,
    GraphResult,
    QueryOutcome,
    SelectResult,
    SerializedResult,
    graph_media_type,
    limited_within,
    write_boolean,
    write_graph,
    write_json_within,
    write_solutions,
)
from dkg.service.worker_channel import read_frame, write_frame


class QueryTask(NamedTuple):
    """One query for a worker: what to run, on which snapshot, and how to answer.

    A named tuple because one crosses the pipe per query: it pickles as a plain tuple, where a
    dataclass looked up its fields on every send and receive.

    Without ``default_graph`` the default graph is the union of all graphs when
    ``union_default_graph`` is set (the service's rule), else what the query's FROM says.
    ``solutions_format`` / ``graph_format`` name the format to serialize to for SELECT/ASK and
    for CONSTRUCT/DESCRIBE; ``None`` there means "not acceptable to the client". With
    ``serialize=False`` the worker answers with the rows themselves.
    """

    sparql: str
    snapshot: str
    default_graph: tuple[str, ...] | None = None
    union_default_graph: bool = True
    named_graphs: tuple[str, ...] | None = None
    max_rows: int | None = None
    serialize: bool = False
    solutions_format: str | None = "json"
    graph_format: str | None = "turtle"


ErrorKind = TypingLiteral["syntax", "failed", "not_acceptable", "internal"]
Answer = QueryOutcome | EncodedSolutions | SerializedResult
Reply = tuple[TypingLiteral["ok"], Answer] | tuple[ErrorKind, str]


class NotAcceptableForm(Exception):
    """The query's form (SELECT or CONSTRUCT...) has no format the client accepts."""


def execute(store: OxStore, task: QueryTask, *, encode_rows: bool = True) -> Answer:
    """Run ``task`` on ``store`` and return rows (or bytes) cut at ``task.max_rows``.

    SELECT rows asked for as rows travel as TSV (:class:`EncodedSolutions`), which is three
    times cheaper to send to the service process than pickled terms. A query thread answers
    in the process that asked (``encode_rows=False``): writing and parsing TSV there would
    cost ~0.45 s per 10,000 rows of a cold canned answer for nothing.

    Raises:
        SyntaxError: the query does not parse.
        NotAcceptableForm: nothing the client accepts fits the query's form.
    """
    named: list[NamedNode | BlankNode] | None = None
    if task.named_graphs is not None:
        named = [NamedNode(iri) for iri in task.named_graphs]
    if task.default_graph is None:
        result = store.query(
            task.sparql, use_default_graph_as_union=task.union_default_graph, named_graphs=named
        )
    else:
        default: list[NamedNode | BlankNode | DefaultGraph] = [
            NamedNode(iri) for iri in task.default_graph
        ]
        result = store.query(task.sparql, default_graph=default, named_graphs=named)
    if (
        task.serialize
        and task.solutions_format == "json"
        and isinstance(result, QuerySolutions)
        and task.max_rows is not None
    ):  # written by pyoxigraph, in the same bytes as write_solutions
        if limited_within(task.sparql, task.max_rows):  # cannot be cut: written whole
            body = result.serialize(format=QueryResultsFormat.JSON) or b""
            return SerializedResult(SOLUTION_MEDIA_TYPES["json"], body, False)
        body, truncated = write_json_within(result, task.max_rows)
        return SerializedResult(SOLUTION_MEDIA_TYPES["json"], body, truncated)
    # Reading one row past the cap tells a full answer from a cut one without reading it all.
    limit = None if task.max_rows is None else task.max_rows + 1
    outcome: QueryOutcome
    if isinstance(result, QueryBoolean):
        outcome = AskResult(bool(result))
    elif isinstance(result, QuerySolutions):
        names = tuple(variable.value for variable in result.variables)
        rows = [tuple(solution) for solution in islice(result, limit)]
        truncated = task.max_rows is not None and len(rows) > task.max_rows
        outcome = SelectResult(names, rows[: task.max_rows] if truncated else rows, truncated)
    else:
        triples = list(islice(result, limit))
        truncated = task.max_rows is not None and len(triples) > task.max_rows
        outcome = GraphResult(triples[: task.max_rows] if truncated else triples, truncated)
    if not task.serialize:
        if encode_rows and isinstance(outcome, SelectResult) and outcome.variables:
            return EncodedSolutions.encode(outcome)
        return outcome
    return _serialize(outcome, task)


def answer(store: OxStore, task: QueryTask, *, encode_rows: bool = True) -> Reply:
    """:func:`execute`, with every failure turned into a reply the caller maps to an HTTP
    problem (a worker process and a query thread answer alike)."""
    try:
        return ("ok", execute(store, task, encode_rows=encode_rows))
    except SyntaxError as error:
        return ("syntax", str(error))
    except NotAcceptableForm as error:
        return ("not_acceptable", str(error))
    except (OSError, RuntimeError, ValueError) as error:
        # pyoxigraph's evaluation errors (a failed SERVICE call, a type error...)
        return ("failed", str(error))
    except Exception:
        return ("internal", traceback.format_exc())


def _serialize(outcome: QueryOutcome, task: QueryTask) -> SerializedResult:
    if isinstance(outcome, GraphResult):
        if task.graph_format is None:
            raise NotAcceptableForm("CONSTRUCT and DESCRIBE")
        body = write_graph(outcome, task.graph_format, PREFIXES)
        media_type = graph_media_type(task.graph_format)
        return SerializedResult(media_type, body, outcome.truncated)
    if task.solutions_format is None:
        raise NotAcceptableForm("SELECT and ASK")
    media_type = SOLUTION_MEDIA_TYPES[task.solutions_format]
    if isinstance(outcome, AskResult):
        return SerializedResult(
            media_type, write_boolean(outcome.value, task.solutions_format), False
        )
    body = write_solutions(outcome, task.solutions_format)
    return SerializedResult(media_type, body, outcome.truncated)


def _yield_to_the_web_process() -> None:
    """Run as a batch task (Linux): same CPU share, but a worker woken by a new task no longer
    preempts the web process that sent it.

    Without this, on a busy machine every task sent cost the web process its time slice: it
    stopped inside the pipe write while the worker ran the query, instead of answering the other
    connections first, and the event loop served them one scheduler slice at a time.
    """
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))


def serve(connection: Connection) -> None:
    """Answer tasks from ``connection`` until it closes (the process entry point).

    Tasks (marshalled tuples) and replies (pickled) travel in frames of
    :mod:`dkg.service.worker_channel` (the connection only owns the descriptor); a ready frame
    tells the pool it has started.
    """
    _yield_to_the_web_process()
    fd = connection.fileno()
    store: OxStore | None = None
    opened: str | None = None
    write_frame(fd, b"ready")
    while True:
        try:
            payload = read_frame(fd)
        except EOFError:
            return
        task = QueryTask(*marshal.loads(payload))  # noqa: S302 - from our own web process
        reply: Reply
        try:
            if store is None or opened != task.snapshot:
                store = None  # release the old snapshot before opening the new one
                store = OxStore.read_only(task.snapshot)
                opened = task.snapshot
        except OSError as error:
            reply = ("internal", f"cannot open the snapshot {task.snapshot}: {error}")
        else:
            reply = answer(store, task)
        write_frame(fd, pickle.dumps(reply, pickle.HIGHEST_PROTOCOL))
