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

An item whose key is not an IRI (a blank node a client wrote) cannot be named in a second
query: a page holding one is cut from the whole answer instead, as queries without ``keys``
always are.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from pyoxigraph import NamedNode

from dkg.service.binding import Term, bind
from dkg.service.catalog import CannedQuery
from dkg.service.encoded_items import encode_items, page_body
from dkg.service.item_shapes import SHAPES
from dkg.service.routers.canned_answers import (
    CannedContext,
    answer,
    by_keys,
    on_current_version,
    resolve,
    run_rows,
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
    keys = answer(query, terms, context, version)
    iris = [_iri(key) for key in keys.decode(limit, offset)]
    named = [iri for iri in iris if iri is not None]
    if len(named) < len(iris):
        return answer(query, terms, context, version, whole=True).page(limit, offset)
    if not named:
        return page_body(b"", len(keys), limit, offset)
    bound = resolve(query, terms, context, version)
    rows = run_rows(query, context, version, bind(query, bound, items=named))
    return page_body(encode_items(SHAPES[query.name].assemble(rows)), len(keys), limit, offset)


def _iri(key: str) -> NamedNode | None:
    """The IRI of a key in N-Triples form (``<...>``), or None for any other term."""
    return NamedNode(key[1:-1]) if key.startswith("<") and key.endswith(">") else None
