"""A query as both runners see it: the task built from a caller's arguments, and the reply turned
back into rows, bytes or the error the client gets.

Two runners share this: :class:`~dkg.service.query_runner.QueryRunner` (a pool of worker
processes, for an app that owns its store) and
:class:`~dkg.service.query_threads.ThreadQueryRunner` (a thread of a serving process of
``dkg serve``), so a query means the same thing, and fails the same way, in both.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dkg.service.errors import (
    MalformedQuery,
    NotAcceptable,
    QueryFailed,
    QueryTimeout,
    ServiceError,
)
from dkg.service.query_policy import declares_dataset
from dkg.service.query_worker import QueryTask, Reply
from dkg.service.results import EncodedSolutions, QueryOutcome, SerializedResult

logger = logging.getLogger(__name__)

Formats = tuple[str | None, str | None]
"""Format names for (SELECT/ASK, CONSTRUCT/DESCRIBE) answers; None: answer with rows."""


def build_task(
    sparql: str,
    snapshot: str,
    *,
    max_rows: int,
    default_graph: Sequence[str] | None,
    named_graphs: Sequence[str] | None,
    formats: Formats | None,
) -> QueryTask:
    """The task for ``sparql`` on ``snapshot``; the default graph is the union of all graphs
    unless ``default_graph`` is given or the query has FROM / FROM NAMED clauses."""
    return QueryTask(
        sparql=sparql,
        snapshot=snapshot,
        default_graph=None if default_graph is None else tuple(default_graph),
        union_default_graph=not declares_dataset(sparql),
        named_graphs=None if named_graphs is None else tuple(named_graphs),
        max_rows=max_rows,
        serialize=formats is not None,
        solutions_format=formats[0] if formats else None,
        graph_format=formats[1] if formats else None,
    )


def unpack(reply: Reply) -> QueryOutcome | SerializedResult:
    """The answer in ``reply``.

    Raises:
        MalformedQuery: the query does not parse.
        QueryFailed: it could not be evaluated.
        NotAcceptable: its form has no format the client accepts.
        ServiceError: anything else (logged with its traceback).
    """
    if reply[0] == "ok":
        answer = reply[1]
        return answer.decode() if isinstance(answer, EncodedSolutions) else answer
    kind, message = reply
    if kind == "syntax":
        raise MalformedQuery(message)
    if kind == "failed":
        raise QueryFailed(f"the query could not be evaluated: {message}")
    if kind == "not_acceptable":
        raise NotAcceptable(
            f"no format in the Accept header or format= parameter suits {message} "
            "queries; see GET /sparql's documentation for the formats offered"
        )
    logger.error("query failed:\n%s", message)
    raise ServiceError("the query failed inside the service; the error has been logged")


def overran(limit: float, *, retry_after_s: int) -> QueryTimeout:
    """The error of a query stopped at its time limit, in the same words from both runners.

    >>> overran(2, retry_after_s=5).headers
    {'Retry-After': '5'}
    """
    return QueryTimeout(
        f"the query ran longer than {limit:g} s and was stopped; "
        "narrow it (a LIMIT, more selective patterns) or try again later",
        headers={"Retry-After": str(retry_after_s)},
    )
