"""Could a table precomputed after each write answer cold filtered `/api/visits` in ~25 ms of CPU?

`python -m bench.filter_table STORE [--repeat 3]`

Measures the idea of issue 5's last latency target before anything is built: the owner, which
already runs the unfiltered keys query after each write, would also read every visit's *filter
columns* (per visit and document graph: host, visitor, visitor country, names, Wikidata ids,
type, status, start date), and a serving process would answer any combination of filters from
that table in Python, then run the page query for the page's keys (way *A*). Way *B* keeps
the unfiltered query's whole rows instead, so the page is folded from the table too, with no
query at all. For each, on the generated store opened read-only, this prints:

- the owner's extra cost per write: CPU of the table's query and the Python memory its rows
  hold (tracemalloc), against the keys query it runs today;
- per request of :data:`CASES`: CPU of today's cold request (keys query + page query), of A
  (filter in Python + page query) and of B (filter and fold in Python), and whether A's keys
  and B's page are byte-identical to today's;
- with ``--sweep`` (any store, e.g. one of `samples/`), whether they are for requests drawn
  from the values the store holds: every parameter, and pairs of them.

The filters in Python here are a hand-written twin of `queries/visits.rq`'s ``#if`` blocks,
kept in this benchmark only to measure: what each block keeps is a row (``type``, ``status``,
``from``, ``to``, ``visitor``: the block binds a column the rows share), a visit's graph
(``host``, ``country``: the block reads a variable of its own on the visit and graph) or a
visit (``document``: any graph of the visit). CPU time, not wall time: the machine is shared.
"""

from __future__ import annotations

import itertools
import marshal
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence

from pyoxigraph import Literal, NamedNode
from pyoxigraph import Store as OxStore

from bench.canned_pages import LIMIT, keys_page, ordered_keys, rows, values
from bench.store_arguments import build_store_parser
from dkg.service.app import DEFAULT_QUERIES_DIR
from dkg.service.binding import Bound, bind
from dkg.service.catalog import CannedQuery, load_catalog
from dkg.service.encoded_items import EncodedItems, page_body
from dkg.service.item_shapes import SHAPES, Row, lexical

CASES: list[tuple[dict[str, str], int]] = [
    ({"country": "AB"}, 0),
    ({"host": "Land AB"}, 0),
    ({"document": "doc-0000042"}, 0),
    ({"from": "2024-01", "to": "2024-06"}, 0),
    ({"type": "state", "status": "happened"}, 0),
    ({"visitor": "person-17"}, 0),
    ({"from": "2024-01"}, 0),
    ({"from": "2024-01"}, 1000),
    ({"to": "2016-05"}, 0),
    ({"status": "announced", "country": "AB"}, 0),
    ({"visitor": "person-17", "from": "2020"}, 0),
    ({"host": "Land AB", "type": "official"}, 0),
    ({"country": "AB", "to": "2018-03-15"}, 0),
    ({"document": "doc-0000042", "status": "happened"}, 0),
    ({"type": "working"}, 500),
]
"""The filtered visits requests of `bench.canned_pages` on the generated graph, with deeper
pages and pairs of filters."""

VISIT_TYPE = "https://w3id.org/diplomatic-kg/vocab/visit-type/"
VISIT_STATUS = "https://w3id.org/diplomatic-kg/vocab/status/"

FILTER_COLUMNS = """
  OPTIONAL { GRAPH ?graph { ?visitor_id <https://schema.org/name> ?visitor_name } }
  OPTIONAL { GRAPH ?graph { ?visitor_id dip:wikidata ?visitor_given_wikidata } }
  OPTIONAL { GRAPH dkgl:wikidata { ?visitor_id dip:wikidata ?visitor_linked_wikidata } }
  BIND(COALESCE(?visitor_given_wikidata, ?visitor_linked_wikidata) AS ?visitor_wikidata)
  OPTIONAL { GRAPH ?graph { ?id dip:visitorCountry ?visitor_country_id } }
"""


def table_a_text(query: CannedQuery) -> str:
    """Way A's table: the unfiltered keys query, its rows widened to every filter column."""
    text = bind(query, {}, only_keys=True)
    text = text.replace(
        "SELECT DISTINCT ?id ?start_date",
        "SELECT DISTINCT ?graph ?id ?start_date ?host_country_id ?visitor_id ?visit_type "
        "?visit_status ?visitor_country_id ?visitor_name ?visitor_wikidata",
        1,
    )
    cut = text.rstrip().rfind("}")
    return text[:cut] + FILTER_COLUMNS + text[cut:]


def table_b_text(query: CannedQuery) -> str:
    """Way B's table: the unfiltered whole query, with each row's document graph."""
    return bind(query, {}).replace("SELECT ?id ", "SELECT ?graph ?id ", 1)


Text = dict[str, str]
"""A table row as a serving process would hold it: each bound column's lexical form."""


def to_text(table: Sequence[Row]) -> list[Text]:
    """The table's rows as strings, made once per data version (the load's cost)."""
    return [{column: lexical(term) for column, term in row.items()} for row in table]


def _visitor_matches(row: Text, raw: str) -> bool:
    visitor = row.get("visitor_id", "")
    name = row.get("visitor_name")
    wikidata = row.get("visitor_wikidata")
    return (
        visitor == raw
        or ("/" + raw.lower().replace(" ", "-")) in visitor
        or (name is not None and raw.lower() in name.lower())
        or (wikidata is not None and wikidata.upper() == raw.upper())
    )


def _overlaps(date: str | None, bound: str, after: bool) -> bool:
    if date is None or date.startswith("-"):
        return False
    mine, theirs = date[: len(bound)], bound[: len(date)]
    return mine >= theirs if after else mine <= theirs


def matching(
    table: Sequence[Text], raw: Mapping[str, str], bound: Mapping[str, Bound]
) -> list[int]:
    """The indexes of the rows a request keeps, as the blocks of `queries/visits.rq` keep them."""
    tests: list[Callable[[Text], bool]] = []
    if "type" in raw:
        tests.append(lambda row: row.get("visit_type") == VISIT_TYPE + raw["type"])
    if "status" in raw:
        tests.append(lambda row: row.get("visit_status") == VISIT_STATUS + raw["status"])
    if "from" in raw:
        tests.append(lambda row: _overlaps(row.get("start_date"), raw["from"], after=True))
    if "to" in raw:
        tests.append(lambda row: _overlaps(row.get("start_date"), raw["to"], after=False))
    if "visitor" in raw:
        tests.append(lambda row: _visitor_matches(row, raw["visitor"]))
    kept = [i for i, row in enumerate(table) if all(test(row) for test in tests)]
    sides_of = {"host": ("host_country_id",), "country": ("host_country_id", "visitor_country_id")}
    for name, sides in sides_of.items():
        if name in raw:
            nodes = {lexical(node) for node in _nodes(bound[name])}
            graphs = {
                (row["id"], row["graph"])
                for row in table
                if any(row.get(side) in nodes for side in sides)
            }
            kept = [i for i in kept if (table[i]["id"], table[i]["graph"]) in graphs]
    if "document" in raw:
        document = lexical(_nodes(bound["document"])[0])
        reported = {row["id"] for row in table if row["graph"] == document}
        kept = [i for i in kept if table[i]["id"] in reported]
    return kept


def _nodes(bound: Bound) -> list[NamedNode]:
    if isinstance(bound, NamedNode):
        return [bound]
    if bound is None or isinstance(bound, Literal):
        return []
    return [node for node in bound if isinstance(node, NamedNode)]


def page_from_rows(
    rows_b: Sequence[Row], text_b: Sequence[Text], kept: Sequence[int], offset: int
) -> bytes:
    """Way B: the kept rows ordered, and the page's rows folded and encoded as a page query's."""
    keys = SHAPES["visits"].ordered_keys([rows_b[i] for i in kept])
    wanted = {lexical(key) for key in keys[offset : offset + LIMIT]}
    mine = [rows_b[i] for i in kept if text_b[i]["id"] in wanted]
    items = EncodedItems.encode(SHAPES["visits"].assemble(mine))
    return page_body(items.items_bytes(len(items), 0), len(keys), LIMIT, offset)


def measured_table(store: OxStore, text: str) -> tuple[list[Row], float, int]:
    """The table's rows, the CPU of reading them and the Python memory they hold (read
    twice: tracemalloc slows allocation, so the CPU is taken without it)."""
    start = time.process_time()
    rows(store, text)
    cpu = time.process_time() - start
    tracemalloc.start()
    table = rows(store, text)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return table, cpu, held


def load_tables(store: OxStore, query: CannedQuery) -> dict[str, tuple[list[Row], list[Text]]]:
    """Both tables, as terms and as strings, printing what each costs the owner and a reader."""
    start = time.process_time()
    rows(store, bind(query, {}, only_keys=True))
    print(
        f"unfiltered keys query (today, per write): {(time.process_time() - start) * 1000:.0f} ms"
    )
    start = time.process_time()
    rows(store, bind(query, {}))
    print(f"unfiltered whole query: {(time.process_time() - start) * 1000:.0f} ms")
    tables = {}
    for way, text in (("A", table_a_text(query)), ("B", table_b_text(query))):
        table, cpu, held = measured_table(store, text)
        start = time.process_time()
        as_text = to_text(table)
        to_strings = time.process_time() - start
        start = time.process_time()
        dumped = marshal.dumps([list(row.items()) for row in as_text])
        dump = time.process_time() - start
        start = time.process_time()
        marshal.loads(dumped)  # noqa: S302 (bytes this process just wrote)
        load = time.process_time() - start
        print(
            f"table {way}: {len(table)} rows, {cpu * 1000:.0f} ms of CPU, {held / 2**20:.0f} MiB "
            f"held as terms; as strings {to_strings * 1000:.0f} ms; marshal "
            f"{len(dumped) / 2**20:.1f} MiB, dump {dump * 1000:.0f} ms, load {load * 1000:.0f} ms"
        )
        tables[way] = (table, as_text)
    return tables


def compare(
    store: OxStore,
    query: CannedQuery,
    tables: Mapping[str, tuple[list[Row], list[Text]]],
    raw: Mapping[str, str],
    offset: int,
) -> tuple[dict[str, float], dict[str, bool], int]:
    """One request three ways: CPU of each, whether A's keys and B's page are today's, and
    how many visits it matches."""
    bound = values(store, query, raw)
    (table_a, text_a), (table_b, text_b) = tables["A"], tables["B"]
    cpu: dict[str, float] = {}
    start = time.process_time()
    keys = ordered_keys(store, query, bound)
    expected = keys_page(store, query, bound, keys, offset)
    cpu["today"] = time.process_time() - start
    start = time.process_time()
    keys_a = SHAPES["visits"].ordered_keys([table_a[i] for i in matching(text_a, raw, bound)])
    cpu["A filter"] = time.process_time() - start
    keys_page(store, query, bound, keys_a, offset)
    cpu["A"] = time.process_time() - start
    start = time.process_time()
    page_b = page_from_rows(table_b, text_b, matching(text_b, raw, bound), offset)
    cpu["B"] = time.process_time() - start
    same = {
        "A keys": [str(k) for k in keys_a] == [str(k) for k in keys],
        "B page": page_b == expected,
    }
    return cpu, same, len(keys)


def sweep(table: Sequence[Text]) -> list[dict[str, str]]:
    """Requests drawn from the values the store holds: each parameter alone with a few of its
    values (and every code of the enums), then one pair of parameters in five."""

    def some(column: str, cut: Callable[[str], str] = str) -> list[str]:
        return sorted({cut(row[column]) for row in table if column in row})[::97][:3]

    def tail(iri: str) -> str:
        return iri.rsplit("/", 1)[-1]

    dated = [date for date in some("start_date") if date[:1].isdigit()]
    single = [
        *({"country": tail(v)} for v in some("visitor_country_id")),
        *({"host": tail(v)} for v in some("host_country_id")),
        *({"document": tail(v)} for v in some("graph")),
        *({"from": v[:7]} for v in dated),
        *({"to": v[:4]} for v in dated),
        *({"type": t} for t in ("state", "official", "working", "private", "unspecified")),
        *({"status": s} for s in ("happened", "announced", "cancelled", "postponed")),
        *({"visitor": v} for v in some("visitor_id", tail)),
        *({"visitor": v.split()[-1].upper()} for v in some("visitor_name")),
        {"visitor": "') } #"},
    ]
    pairs = [
        {**one, **other}
        for one, other in itertools.combinations(single, 2)
        if not set(one) & set(other)
    ]
    return single + pairs[::5]


def run(argv: Sequence[str]) -> None:
    """Measure both tables once, then the visits cases (or a sweep) three ways."""
    parser = build_store_parser(__doc__, each="way")
    parser.add_argument(
        "--sweep", action="store_true", help="compare requests drawn from the store's values, once"
    )
    args = parser.parse_args(list(argv))
    store = OxStore.read_only(args.store)
    query = load_catalog(DEFAULT_QUERIES_DIR)["visits"]
    tables = load_tables(store, query)
    if args.sweep:
        differ = matched = 0
        requests = sweep(tables["B"][1])
        for raw in requests:
            _, same, found = compare(store, query, tables, raw, 0)
            matched += found > 0
            if not all(same.values()):
                differ += 1
                print(f"differs: {raw} ({found} visits): {same}")
        print(f"{len(requests)} requests ({matched} match visits), {differ} differ from today's")
        return
    for raw, offset in CASES:
        runs = [compare(store, query, tables, raw, offset) for _ in range(args.repeat)]
        print(summary(raw, offset, runs), flush=True)


def summary(
    raw: Mapping[str, str],
    offset: int,
    runs: Sequence[tuple[dict[str, float], dict[str, bool], int]],
) -> str:
    """One line per request: median CPU of each way, and whether every run matched today's."""
    ms = {way: statistics.median(cpu[way] for cpu, _, _ in runs) * 1000 for way in runs[0][0]}
    same = {way: all(run[1][way] for run in runs) for way in runs[0][1]}
    return (
        f"{dict(raw)} offset={offset} ({runs[0][2]} visits): today {ms['today']:.0f} ms, "
        f"A {ms['A']:.0f} ms (filter {ms['A filter']:.1f}), B {ms['B']:.1f} ms; identical: {same}"
    )


if __name__ == "__main__":
    run(sys.argv[1:])
