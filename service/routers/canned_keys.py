"""One page of a canned list, read keys first: what a cold page costs is its own items' lookups.

A query whose header declares ``keys`` (the item's key column, then the columns its order
reads) is answered in two steps. The keys query (the same ``#if`` blocks and required
patterns, none of the ``#fields`` lookups) tells which items match and how they sort; the
ordered keys are the cached, shared answer (:func:`~dkg.service.routers.canned_answers.answer`),
whose length is ``total``. A page then runs the whole query for its own keys only, bound as
the IRIs the store answered in a ``VALUES`` block, and folds their rows into items. At 1M
triples a visit costs some 20 index lookups of 9-17 us each, 8 of them for the keys, so a cold
page no longer pays for the other fields of every matching visit, and a deep page costs what
the first one does.

An answer that fit one page (at most ``limit`` items) the last time these values were read is
read whole on a new data version, in one query: its page would hold every item anyway, so the
keys query before it was the only difference (a cold ``country=`` or ``host=`` at 1M triples:
the keys query was a fifth to a quarter of the CPU, and a second trip to a query worker).
Data versions differ by the documents a write adds, so the size seen last is a fair guess; a
guess gone wrong costs the whole answer once, and the size read then decides the next time.

An item whose key is not an IRI (a blank node a client wrote) cannot be named in a second
query: a page holding one is cut from the whole answer instead, as queries without ``keys``
always are.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from pyoxigraph import Literal, NamedNode

from dkg.service.binding import Bound, Term
from dkg.service.catalog import CannedQuery
from dkg.service.encoded_items import page_body
from dkg.service.item_shapes import SHAPES, lexical
from dkg.service.routers.canned_answers import (
    CannedContext,
    answer,
    by_keys,
    filter_table,
    on_current_version,
    page_items,
    resolve,
    terms_key,
)


def page(
    query: CannedQuery, terms: Mapping[str, Term], context: CannedContext, limit: int, offset: int
) -> tuple[str, bytes]:
    """The data version and the JSON body of one page, ``{items, total, limit, offset}``,
    encoded as JSONResponse would encode it."""
    return on_current_version(context, partial(_page_on, query, terms, context, limit, offset))


def _page_on(
    query: CannedQuery,
    terms: Mapping[str, Term],
    context: CannedContext,
    limit: int,
    offset: int,
    version: str,
) -> bytes:
    if not by_keys(query):
        return answer(query, terms, context, version).page(limit, offset)
    from_table = _table_page(query, terms, context, version, limit, offset)
    if from_table is not None:
        return from_table
    seen = (query.name, terms_key(terms))
    total = context.totals.get(seen)
    if total is not None and total <= limit:
        whole = answer(query, terms, context, version, whole=True)
        context.totals.put(seen, len(whole))
        return whole.page(limit, offset)
    keys = answer(query, terms, context, version)
    context.totals.put(seen, len(keys))
    if min(offset, len(keys)) == min(offset + limit, len(keys)):
        return page_body(b"", len(keys), limit, offset)
    items = page_items(query, terms, context, version, keys, limit, offset)
    if items is None:
        return answer(query, terms, context, version, whole=True).page(limit, offset)
    return page_body(items.items_bytes(len(items), 0), len(keys), limit, offset)


def _table_page(
    query: CannedQuery,
    terms: Mapping[str, Term],
    context: CannedContext,
    version: str,
    limit: int,
    offset: int,
) -> bytes | None:
    """The page from the list's filter table, or None while this process has none on this
    version (:func:`~dkg.service.routers.canned_answers.filter_table`).

    An unfiltered page computes the table when no process filed one (in an app without
    ``dkg serve``'s owner, what warming would do); a filtered one never does, since its own
    query costs less than the table (at 1M triples 7-350 ms against 2 s).
    """
    table = filter_table(query, context, version, compute=not terms)
    if table is None:
        return None
    values = {
        name: _lexical_forms(bound)
        for name, bound in resolve(query, terms, context, version).items()
    }
    numbers = table.select(query.table, values)
    total, items = table.page(SHAPES[query.name], query.keys, numbers, limit, offset)
    return page_body(items.items_bytes(len(items), 0), total, limit, offset)


def _lexical_forms(bound: Bound) -> list[str]:
    """A bound value as the table compares it: a term's lexical form, or each of several."""
    if bound is None:
        return []
    if isinstance(bound, NamedNode | Literal):
        return [lexical(bound)]
    return [lexical(term) for term in bound]
