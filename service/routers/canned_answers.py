"""The items a canned query answers: bound, run once per data version, cached.

The values of a request become typed RDF terms (:func:`dkg.service.binding.to_term`, 422 on
misfit). The answer is taken from the process's answer cache, keyed on (query, parameters,
store version), from the answers sibling serving processes share
(:mod:`dkg.service.shared_answers`), or computed: the bound query runs once through the
service's query runner (so the time limit holds), rows are folded into items
(:mod:`dkg.service.item_shapes`) and each item is encoded once
(:class:`~dkg.service.encoded_items.EncodedItems`). A page ``[offset, offset + limit)`` is then
cut from the encoded items, whose count is the total. A query whose header declares ``keys``
answers the ordered keys of its items instead, and each page reads its own items
(:mod:`dkg.service.routers.canned_keys`).

An answer is filed under the data version it was computed on: the runner reads whichever
snapshot is newest when the query starts, so the version is read before the query and again
after it (:meth:`CannedContext.run_on`); a write published in between makes the answer
unfileable, and it is computed again on the newer version (:func:`on_current_version`).

Paging in Python after grouping (of the items, or of the keys and the columns the order reads)
is what makes ``total`` exact and the order stable: a fact has as many rows as it has sources
and multi-valued fields, so a SPARQL ``LIMIT`` would cut items in half, and params may not
reach into a subquery that could page distinct facts.

Every unfiltered answer is also computed before it is asked, once per data version
(:mod:`dkg.service.routers.canned_warming`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Final, TypeVar

from pyoxigraph import NamedNode

from dkg.service.binding import Bound, InvalidValue, Term, bind, country_lookup, to_term
from dkg.service.catalog import CannedQuery
from dkg.service.encoded_items import EncodedItems
from dkg.service.errors import InvalidParameter, ServiceError, StoreUnavailable
from dkg.service.filter_table import FilterTable
from dkg.service.item_shapes import SHAPES, Row, plain_rows
from dkg.service.query_runner import RunQuery
from dkg.service.result_cache import ResultCache
from dkg.service.results import QueryOutcome, SelectResult
from dkg.service.shared_answers import SharedAnswers

DEFAULT_LIMIT: Final = 100
"""Items in a page when the request gives no ``limit``."""
MAX_LIMIT: Final = 1000
"""Most items in one page, and most countries one ``country`` value may name."""
MAX_CANNED_ROWS: Final = 5_000_000
"""Row cap for canned queries: far above the /sparql cap, since paging happens after the
rows are folded into items; an answer past it is refused rather than silently short."""

PAGE_CACHE_BYTES: Final = 64 * 1024 * 1024
"""Budget of the encoded-page cache: some 800 pages of 100 visits, whatever the page sizes."""
TABLES_KEPT: Final = 4
"""Filter tables a process keeps (mapped, with the columns and indexes it read): the lists
that have one, on the newest versions."""
TABLE_PART: Final = "table columns"
"""The part a filter table is filed as: named after its layout, so a file of an earlier
layout (rows, not columns) left in a snapshot is never read as one."""
ATTEMPTS: Final = 3
"""Times an answer is computed when writes keep superseding the version it was computed for."""
T = TypeVar("T")


class Superseded(StoreUnavailable):
    """A write published a newer data version while an answer was computed (503 if it keeps
    happening: the client should try again)."""


@dataclass(frozen=True)
class CannedContext:
    """What every canned route shares: how to run SPARQL, the data version, the cache."""

    run: RunQuery
    version: Callable[[], str]
    cache: ResultCache[EncodedItems]
    catalog: Mapping[str, CannedQuery]
    warm: bool
    spare_worker: Callable[[], bool] | None = None
    """Whether a query worker is idle beyond one left for requests (None: do not check)."""
    shared: Callable[[str], SharedAnswers | None] | None = None
    """The answers of a data version that sibling serving processes share (None: not shared)."""
    countries: ResultCache[tuple[NamedNode, ...]] = field(
        default_factory=lambda: ResultCache[tuple[NamedNode, ...]](1024)
    )
    """Country nodes each ``country`` parameter value names, keyed on (value, version)."""
    totals: ResultCache[int] = field(default_factory=lambda: ResultCache[int](4096))
    """Items each (query, values) answered on the last data version it was read on: a list
    paged by keys reads an answer that fit one page whole (:mod:`.canned_keys`)."""
    tables: ResultCache[FilterTable] = field(
        default_factory=lambda: ResultCache[FilterTable](TABLES_KEPT)
    )
    """Filter tables used in this process, keyed on (query, version) (:func:`filter_table`)."""
    pages: ResultCache[tuple[str, bytes]] = field(
        default_factory=lambda: ResultCache[tuple[str, bytes]](
            PAGE_CACHE_BYTES, weigh=lambda page: len(page[1])
        )
    )
    """(ETag, encoded page) as sent, keyed on (path, raw query string, version)."""
    _warmed: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def first_to_warm(self, version: str) -> bool:
        """Whether warming ``version`` falls to this call: true once per version, and never
        when the app does not warm (:mod:`.canned_warming`)."""
        if not self.warm:
            return False
        with self._lock:
            if version in self._warmed:
                return False
            self._warmed.add(version)
            return True

    def shared_answers(self, version: str) -> SharedAnswers | None:
        """The answers sibling processes share for ``version`` (None: not shared)."""
        return None if self.shared is None else self.shared(version)

    def run_on(self, version: str, sparql: str, *, max_rows: int) -> QueryOutcome:
        """Run ``sparql`` and return its outcome if it read the data of ``version``.

        ``version`` was read before the query started; it is read again once the query has
        answered. Snapshots only move forward, so when both agree the query read that version.

        Raises:
            Superseded: a newer version was published meanwhile; the outcome may come from
                either, so it is filed under neither.
        """
        outcome = self.run(sparql, max_rows=max_rows)
        if self.version() != version:
            raise Superseded("the data changed while this answer was computed; try again")
        return outcome


def bind_values(query: CannedQuery, raw: Mapping[str, object]) -> dict[str, Term]:
    """Typed terms for the given values, in declaration order.

    Raises:
        InvalidParameter: a value does not fit its parameter's type (422).
    """
    terms: dict[str, Term] = {}
    for param in query.params:
        if param.name not in raw:
            continue
        value = raw[param.name]
        text = str(value).lower() if isinstance(value, bool) else str(value)
        try:
            terms[param.name] = to_term(param, text)
        except InvalidValue as error:
            raise InvalidParameter(str(error)) from error
    return terms


def on_current_version(context: CannedContext, work: Callable[[str], T]) -> tuple[str, T]:
    """``work(version)`` for the current data version, and that version; run again on the
    newer version when a write superseded it meanwhile.

    Raises:
        Superseded: writes superseded it :data:`ATTEMPTS` times in a row.
    """
    for _ in range(ATTEMPTS - 1):
        version = context.version()
        try:
            return version, work(version)
        except Superseded:
            continue
    version = context.version()
    return version, work(version)


def bound_query(
    query: CannedQuery, terms: Mapping[str, Term], context: CannedContext, version: str
) -> str:
    """The SPARQL of these values' whole answer (what ``?show=query`` answers): every matching
    item's rows, which a list paged :func:`by_keys` reads in two steps (its OpenAPI
    description says so)."""
    return bind(query, resolve(query, terms, context, version))


def by_keys(query: CannedQuery) -> bool:
    """Whether the query's pages are read keys first (header ``keys`` and an item shape)."""
    return bool(query.keys) and query.name in SHAPES


def by_table(query: CannedQuery) -> bool:
    """Whether the query's pages are read from its filter table (header ``table``, declaring
    every parameter, on a list paged :func:`by_keys`)."""
    return bool(query.table) and by_keys(query)


def answer(
    query: CannedQuery,
    terms: Mapping[str, Term],
    context: CannedContext,
    version: str,
    *,
    whole: bool = False,
) -> EncodedItems:
    """The answer the query's pages are cut from, from a cache or by running it once: for a
    query paged :func:`by_keys`, the key of every item in order (N-Triples terms); for the
    others, or with ``whole``, every item.

    Raises:
        ServiceError: the answer has more rows than :data:`MAX_CANNED_ROWS`.
        (and whatever the query runner raises: timeout, unavailable store)
    """
    only_keys = by_keys(query) and not whole
    compute = partial(_compute, query, terms, context, version, only_keys)
    return cached_part(query, terms, context, version, "keys" if only_keys else "items", compute)


def filter_table(
    query: CannedQuery, context: CannedContext, version: str, *, compute: bool
) -> FilterTable | None:
    """The filter table of a query with a ``table`` header on ``version``, kept in this
    process, or None when there is none.

    A table a sibling process (the owner's warming) filed is mapped, not read: a request
    decodes only the columns it tests and pages (a few ms each at 1M triples), so the first
    filtered request of a serving process after a write answers from it at once. Decoding the
    whole table in the background (0.1-0.25 s of CPU) while that request ran its own query
    made it the slowest of all (0.2-0.8 s, both holding one interpreter lock). With
    ``compute`` (warming, an unfiltered request), a table no process filed is computed once
    (2-2.5 s of CPU for `/api/visits` at 1M triples); without, the request runs its own
    query, keys first, which costs less than the table.

    Raises:
        ServiceError: more rows than :data:`MAX_CANNED_ROWS`.
    """
    key = (query.name, version)
    found = context.tables.get(key)
    if found is not None or not by_table(query):
        return found
    shared = context.shared_answers(version)
    filed = None if shared is None else shared.peek(shared_key(query, {}, TABLE_PART))
    if filed is not None:
        return context.tables.get_or_compute(key, lambda: FilterTable(filed))
    if not compute:
        return None

    def computed() -> EncodedItems:
        rows = run_rows(query, context, version, query.table_text())
        return FilterTable.from_rows(rows, SHAPES[query.name]).encode()

    def read() -> FilterTable:
        encoded = cached_part(query, {}, context, version, TABLE_PART, computed, kept=False)
        return FilterTable(encoded).prepared(query.table)

    return context.tables.get_or_compute(key, read)


def page_items(
    query: CannedQuery,
    terms: Mapping[str, Term],
    context: CannedContext,
    version: str,
    keys: EncodedItems,
    limit: int,
    offset: int,
) -> EncodedItems | None:
    """The items of one page of a query paged :func:`by_keys`, read for their ``keys`` only,
    or None when a key is not an IRI (a blank node cannot be named in a second query). Cached
    and shared like whole answers, so a page that warming or a sibling process computed is
    not read again.

    Raises:
        ServiceError: more rows than :data:`MAX_CANNED_ROWS`.
    """
    wanted = keys.decode(limit, offset)
    items = [NamedNode(key[1:-1]) for key in wanted if key.startswith("<") and key.endswith(">")]
    if len(items) < len(wanted):
        return None

    def compute() -> EncodedItems:
        sparql = bind(query, resolve(query, terms, context, version), items=items)
        rows = run_rows(query, context, version, sparql)
        return EncodedItems.encode(SHAPES[query.name].assemble(rows))

    part = f"page {limit}@{offset}"
    return cached_part(query, terms, context, version, part, compute)


def cached_part(
    query: CannedQuery,
    terms: Mapping[str, Term],
    context: CannedContext,
    version: str,
    part: str,
    compute: Callable[[], EncodedItems],
    *,
    kept: bool = True,
) -> EncodedItems:
    """``part`` of the query's answer for these values, from this process's cache, from the
    answers sibling processes share, or computed once. Not ``kept``, it skips this process's
    cache (a filter table, 8 MiB at 1M triples, is kept in :attr:`CannedContext.tables`)."""

    def shared_or_computed() -> EncodedItems:
        shared = context.shared_answers(version)
        if shared is None:
            return compute()
        return shared.get_or_compute(shared_key(query, terms, part), compute)

    if not kept:
        return shared_or_computed()
    key = (query.name, terms_key(terms), version, part)
    return context.cache.get_or_compute(key, shared_or_computed)


def resolve(
    query: CannedQuery, terms: Mapping[str, Term], context: CannedContext, version: str
) -> dict[str, Bound]:
    """The terms to bind: each ``country`` value replaced by the IRIs of the nodes it names.

    Bound as IRIs, a country starts the query from an index lookup; matched as text it was
    compared on every row (6-8 s at 1M triples). Lookups are cached per data version.
    """
    bound: dict[str, Bound] = dict(terms)
    for param in query.params:
        term = terms.get(param.name)
        if param.type == "country" and term is not None:
            bound[param.name] = context.countries.get_or_compute(
                (term.value, version), partial(_find_countries, term.value, context, version)
            )
    return bound


def _find_countries(raw: str, context: CannedContext, version: str) -> tuple[NamedNode, ...]:
    # The exact spellings first (index lookups); the case-insensitive scan only if they miss.
    for any_case in (False, True):
        lookup = country_lookup(raw, any_case=any_case)
        result = context.run_on(version, lookup, max_rows=MAX_LIMIT)
        if not isinstance(result, SelectResult):
            raise ServiceError("the country lookup did not answer rows")
        found = tuple(row["country"] for row in result if isinstance(row["country"], NamedNode))
        if found:
            return found
    return ()


def _compute(
    query: CannedQuery,
    terms: Mapping[str, Term],
    context: CannedContext,
    version: str,
    only_keys: bool,
) -> EncodedItems:
    bound = resolve(query, terms, context, version)
    rows = run_rows(query, context, version, bind(query, bound, only_keys=only_keys))
    shape = SHAPES.get(query.name)
    if shape is None:
        return EncodedItems.encode(plain_rows(rows))
    if only_keys:
        return EncodedItems.encode(str(key) for key in shape.ordered_keys(rows))
    return EncodedItems.encode(shape.assemble(rows))


def run_rows(query: CannedQuery, context: CannedContext, version: str, sparql: str) -> list[Row]:
    """The rows a bound form of ``query`` answers on ``version``.

    Raises:
        ServiceError: more rows than :data:`MAX_CANNED_ROWS`.
        Superseded: a write published a newer version meanwhile.
    """
    result = context.run_on(version, sparql, max_rows=MAX_CANNED_ROWS)
    if not isinstance(result, SelectResult):  # load_catalog admits SELECT queries only
        raise ServiceError(f"canned query {query.name!r} did not answer rows")
    if result.truncated:
        raise ServiceError(
            f"/api/{query.name} matched more than {MAX_CANNED_ROWS} rows; add a filter"
        )
    return list(result)


def terms_key(terms: Mapping[str, Term]) -> tuple[tuple[str, str], ...]:
    """The values of a request as a hashable key (name, N-Triples term), in given order."""
    return tuple((name, str(term)) for name, term in terms.items())


def shared_key(query: CannedQuery, terms: Mapping[str, Term], part: str) -> str:
    """The key of an answer among those of one snapshot: the query's text (an edited file is
    another query), the values, and which part it is (keys, items, a page's items)."""
    lines = [query.sparql, *(f"{name}={value}" for name, value in terms_key(terms))]
    return "\n".join([*lines, part])
