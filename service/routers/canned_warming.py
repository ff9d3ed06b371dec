"""Every canned query's unfiltered answer, computed once per data version before it is asked.

The unfiltered lists are what most clients ask for (and page through), and at a million
triples one costs seconds; computing them right after the data changes turns those requests
into cache hits. The answers are computed as requests compute them
(:mod:`dkg.service.routers.canned_answers`), one query at a time, and filed the same way, so a
warmed answer is the one a request would have computed.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Final

from dkg.service.catalog import CannedQuery
from dkg.service.errors import ServiceError, StoreUnavailable
from dkg.service.routers.canned_answers import (
    DEFAULT_LIMIT,
    CannedContext,
    Superseded,
    answer,
    by_keys,
    by_table,
    filter_table,
    page_items,
    shared_key,
)

WARM_POLL_S: Final = 0.1
"""How often background warming checks for a spare query worker."""

logger = logging.getLogger(__name__)


def warm_once(context: CannedContext, version: str, *, wait: bool = False) -> None:
    """Compute every query's unfiltered answer for ``version``, once per version: in the
    background, or with ``wait`` in the calling thread before returning.

    With ``publish_warm`` the owner of ``dkg serve`` waits for them before it publishes a
    snapshot (:attr:`~dkg.service.dataset.ServedDataset.before_publish`), so no client ever
    asks for a cold one; by default it starts them once the snapshot is published.

    An app that does not compute them (a serving process of ``dkg serve``, whose owner
    does) maps and indexes the filter tables filed for ``version`` instead, in the calling
    thread: it is told of each write before the write is acknowledged, so that no request
    after it pays for that (:mod:`dkg.service.snapshot_notices`).
    """
    if not context.warm:
        _map_filed_tables(context, version)
        return
    if not context.first_to_warm(version):
        return
    if wait:
        _warm(context, version)
        return
    threading.Thread(
        target=_warm, args=(context, version), name="dkg-canned-warm", daemon=True
    ).start()


def _warm(context: CannedContext, version: str) -> None:
    for query in context.catalog.values():
        try:
            if not _wait_for_spare_worker(context, version):
                return  # the data changed meanwhile: the newer version warms itself
            shared = context.shared_answers(version)
            if shared is not None and shared.computing(shared_key(query, {}, _part(query))):
                continue  # a sibling process computes it; this one warms the next
            if by_table(query):  # its table answers every page once a process has mapped it
                filter_table(query, context, version, compute=True)
            answered = answer(query, {}, context, version)
            if by_keys(query):  # its keys: and the first page, which most clients ask for
                page_items(query, {}, context, version, answered, DEFAULT_LIMIT, 0)
        except Superseded:
            return  # the newer version warms itself
        except ServiceError as error:
            if isinstance(error, StoreUnavailable) and _stopped(context):
                return  # shut down meanwhile: nobody is left to ask for the answer
            logger.warning("could not precompute /api/%s: %s", query.name, error.detail)


def _map_filed_tables(context: CannedContext, version: str) -> None:
    """Map each filter table filed for ``version`` and build the indexes its filters read
    (a few ms per column at 1M triples, which a process's first filtered request paid)."""
    for query in context.catalog.values():
        if by_table(query):
            table = filter_table(query, context, version, compute=False)
            if table is not None:
                table.prepared(query.table)


def _part(query: CannedQuery) -> str:
    """Which part of an unfiltered answer warming computes first: the keys or the items (for
    a list with a filter table, after its table)."""
    return "keys" if by_keys(query) else "items"


def _stopped(context: CannedContext) -> bool:
    """Whether the service has stopped serving data: warming then ends without a warning
    (a short-lived ``dkg evaluate`` stops while its last write is still being warmed)."""
    try:
        context.version()
    except StoreUnavailable:
        return True
    return False


def _wait_for_spare_worker(context: CannedContext, version: str) -> bool:
    """Wait until warming can take a query worker and leave one free for requests.

    At a million triples an unfiltered query holds its worker for seconds; were warming to
    take the last free one, a request that costs milliseconds (a country, a document) would
    wait behind it. False when the data changed while waiting.
    """
    while context.version() == version:
        if context.spare_worker is None or context.spare_worker():
            return True
        time.sleep(WARM_POLL_S)
    return False
