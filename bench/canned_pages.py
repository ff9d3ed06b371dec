"""CPU of one cold canned page, read keys first or cut from the whole answer, same run.

`python -m bench.canned_pages STORE [--repeat 3] [--lists visits ...]`

STORE is an on-disk store of the generated graph (`bench.canned` or `bench.service_load`
builds one; `bench/generate_graph.py` writes the quads). It is opened read-only, as a serving
process opens a snapshot. For each request the two ways run back to back, alternating which
goes first, in this process: *whole*, the bound query for every matching item, folded, ordered
and encoded, then one page cut (what the service did before lists were read keys first, and
still does for a list without ``keys``); *keys first*, the keys query, ordered, then the query
for the page's items (the service's way), with the CPU of each of its two queries. Each prints
its median CPU time and whether both pages are byte-identical. CPU time, not wall time: on a
shared machine it is what compares.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Mapping, Sequence

from pyoxigraph import NamedNode
from pyoxigraph import Store as OxStore

from bench.store_arguments import build_store_parser
from dkg.service.app import DEFAULT_QUERIES_DIR
from dkg.service.binding import Bound, bind, country_lookup, to_term
from dkg.service.catalog import CannedQuery, load_catalog
from dkg.service.encoded_items import EncodedItems, page_body
from dkg.service.item_shapes import SHAPES, Row, Value
from dkg.service.query_worker import QueryTask, execute
from dkg.service.results import EncodedSolutions, SelectResult

CASES: list[tuple[str, dict[str, str], int]] = [
    ("visits", {}, 0),
    ("visits", {}, 5000),
    ("visits", {"country": "AB"}, 0),
    ("visits", {"host": "Land AB"}, 0),
    ("visits", {"document": "doc-0000042"}, 0),
    ("visits", {"from": "2024-01", "to": "2024-06"}, 0),
    ("visits", {"type": "state", "status": "happened"}, 0),
    ("visits", {"visitor": "person-17"}, 0),
    ("visits", {"from": "2024-01"}, 0),
    ("visits", {"to": "2016-05"}, 0),
    ("visits", {"status": "announced", "country": "AB"}, 0),
    ("meetings", {}, 0),
    ("agreements", {}, 0),
    ("figures", {}, 0),
    ("people", {}, 0),
    ("companies", {}, 0),
]
LIMIT = 100


def rows(store: OxStore, sparql: str) -> list[Row]:
    """The rows of a SELECT, decoded as the service's query workers hand them over."""
    outcome = execute(store, QueryTask(sparql=sparql, snapshot="", max_rows=5_000_000))
    result = outcome.decode() if isinstance(outcome, EncodedSolutions) else outcome
    if not isinstance(result, SelectResult):
        raise SystemExit(f"not a SELECT answer: {sparql[:200]}")
    return list(result)


def values(store: OxStore, query: CannedQuery, raw: Mapping[str, str]) -> dict[str, Bound]:
    """The request's terms, each country resolved to its nodes as the service does."""
    bound: dict[str, Bound] = {}
    for param in query.params:
        if param.name in raw:
            term = to_term(param, raw[param.name])
            if param.type == "country" and not isinstance(term, NamedNode):
                found = [row["country"] for row in rows(store, country_lookup(raw[param.name]))]
                bound[param.name] = [node for node in found if isinstance(node, NamedNode)]
            else:
                bound[param.name] = term
    return bound


def whole(store: OxStore, query: CannedQuery, bound: Mapping[str, Bound], offset: int) -> bytes:
    """A page cut from every matching item."""
    items = SHAPES[query.name].assemble(rows(store, bind(query, bound)))
    return EncodedItems.encode(items).page(LIMIT, offset)


def ordered_keys(store: OxStore, query: CannedQuery, bound: Mapping[str, Bound]) -> list[Value]:
    """The first step of a page read keys first: the keys query, its keys ordered."""
    return SHAPES[query.name].ordered_keys(rows(store, bind(query, bound, only_keys=True)))


def keys_page(
    store: OxStore,
    query: CannedQuery,
    bound: Mapping[str, Bound],
    keys: Sequence[Value],
    offset: int,
) -> bytes:
    """The second step: the whole query for the page's keys only, folded and encoded."""
    page = [key for key in keys[offset : offset + LIMIT] if isinstance(key, NamedNode)]
    if not page:
        return page_body(b"", len(keys), LIMIT, offset)
    rows_of_page = rows(store, bind(query, bound, items=page))
    items = EncodedItems.encode(SHAPES[query.name].assemble(rows_of_page))
    return page_body(items.items_bytes(len(items), 0), len(keys), LIMIT, offset)


def run(argv: Sequence[str]) -> None:
    """Time every case both ways and print one line each."""
    parser = build_store_parser(__doc__, each="way")
    parser.add_argument("--lists", nargs="+", help="time these lists only (e.g. visits)")
    args = parser.parse_args(list(argv))
    store = OxStore.read_only(args.store)
    catalog = load_catalog(DEFAULT_QUERIES_DIR)
    for name, raw, offset in CASES:
        if args.lists and name not in args.lists:
            continue
        query = catalog[name]
        bound = values(store, query, raw)
        cpu: dict[str, list[float]] = {"whole": [], "keys first": [], "keys": [], "page": []}
        pages: dict[str, bytes] = {}
        for run_number in range(args.repeat):
            order = ["whole", "keys first"] if run_number % 2 == 0 else ["keys first", "whole"]
            for way in order:
                start = time.process_time()
                if way == "whole":
                    pages[way] = whole(store, query, bound, offset)
                    cpu[way].append(time.process_time() - start)
                    continue
                keys = ordered_keys(store, query, bound)
                middle = time.process_time()
                pages[way] = keys_page(store, query, bound, keys, offset)
                cpu["keys"].append(middle - start)
                cpu["page"].append(time.process_time() - middle)
                cpu[way].append(time.process_time() - start)
        ms = {part: statistics.median(times) * 1000 for part, times in cpu.items()}
        print(
            f"/api/{name} {raw} offset={offset}: whole {ms['whole']:.0f} ms, keys first "
            f"{ms['keys first']:.0f} ms of CPU (keys query {ms['keys']:.0f}, page query "
            f"{ms['page']:.0f}), ratio {ms['keys first'] / ms['whole']:.2f}, "
            f"identical pages: {pages['whole'] == pages['keys first']}",
            flush=True,
        )


if __name__ == "__main__":
    run(sys.argv[1:])
