"""What each filter of a list tests, declared in its `.rq` header, so a table can answer it.

A list whose header declares ``table`` is answered from one table of its unfiltered rows
(:mod:`dkg.service.filter_table`), computed once per data version, instead of a query per
request: at 1M triples a cold filtered `/api/visits` cost 100-300 ms of CPU in index lookups,
against 5-25 ms from the table. The header says, per parameter, which returned columns the
parameter is compared with, how, and what a match keeps::

    #+ table:
    #+   host: {test: equals, columns: [host_country_id], keeps: graph}
    #+   from: {test: date_from, columns: [start_date], keeps: row}

The `#if` block of the parameter stays the definition of the filter: the declaration must
say what the block does, and the tests run every parameter (and pairs) both ways on the same
store and compare the answers byte for byte (``tests/service/test_filter_table.py``).

Tests (each compares the lexical forms of a row's columns with the request's values):

- ``equals``: a column equals one of the values (an IRI the parameter names, a country's nodes);
- ``code``: a code IRI's last segment equals the value (a header ``enum`` mapped to its IRI);
- ``date_from`` / ``date_to``: a date overlaps the bound at the coarser of the two precisions;
- ``names``: the first column (an IRI) equals the value or holds its key, the second (a name)
  contains it in any case, or the third (a Wikidata id) equals it in any case.

What a match keeps (the scope of the block's variables):

- ``row``: the rows that match (the block binds a column the rows share);
- ``graph``: every row of an item in a document graph where some row matches (the block reads
  a variable of its own on the item and graph);
- ``item``: every row of an item that matches in some graph (the block names its own graph).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final, Literal, cast, get_args

Test = Literal["equals", "code", "date_from", "date_to", "names"]
Keeps = Literal["row", "graph", "item"]
TESTS: Final[tuple[str, ...]] = get_args(Test)
KEEPS: Final[tuple[str, ...]] = get_args(Keeps)
COLUMNS_OF: Final[Mapping[str, int]] = {
    "equals": 0,
    "code": 1,
    "date_from": 1,
    "date_to": 1,
    "names": 3,
}
"""Columns each test reads: exactly that many, or at least one for 0 (any of them)."""
GRAPH: Final = "graph"
"""The table's column of each row's document graph (the query's ``?graph``)."""


@dataclass(frozen=True)
class TableFilter:
    """One parameter's test on the table: which columns, compared how, keeping what."""

    param: str
    test: Test
    columns: tuple[str, ...]
    keeps: Keeps


def parse_table_filters(
    spec: object, params: Collection[str], columns: Collection[str]
) -> tuple[TableFilter, ...]:
    """The ``table`` header of a query file with ``params`` whose rows have ``columns``.

    Raises:
        ValueError: the declaration names an unknown parameter, test, scope or column (the
            message says which and what is allowed).
    """
    if not isinstance(spec, Mapping):
        raise ValueError("'table' must map parameter names to {test, columns, keeps}")
    filters = []
    for param, entry in spec.items():
        if param not in params:
            raise ValueError(f"'table' entry {param!r} is not a declared parameter")
        if not isinstance(entry, Mapping) or set(entry) != {"test", "columns", "keeps"}:
            raise ValueError(f"'table' entry {param!r} needs exactly test, columns and keeps")
        test, keeps, read = entry["test"], entry["keeps"], entry["columns"]
        if test not in TESTS:
            raise ValueError(f"'table' entry {param!r}: test {test!r} is not one of {TESTS}")
        if keeps not in KEEPS:
            raise ValueError(f"'table' entry {param!r}: keeps {keeps!r} is not one of {KEEPS}")
        if not isinstance(read, list) or not read or not all(isinstance(c, str) for c in read):
            raise ValueError(f"'table' entry {param!r}: columns must be a list of column names")
        unknown = set(read) - {*columns, GRAPH}
        if unknown:
            raise ValueError(f"'table' entry {param!r}: {sorted(unknown)} are not returned")
        wanted = COLUMNS_OF[test]
        if wanted and len(read) != wanted:
            raise ValueError(f"'table' entry {param!r}: test {test!r} reads {wanted} column(s)")
        filters.append(TableFilter(str(param), cast(Test, test), tuple(read), cast(Keeps, keeps)))
    return tuple(filters)


def covering(filters: tuple[TableFilter, ...], params: Collection[str]) -> tuple[TableFilter, ...]:
    """``filters`` when they declare every parameter, else none: a list with one parameter
    the table cannot test stays answered by SPARQL alone, whatever the request."""
    return filters if {f.param for f in filters} >= set(params) else ()
