"""A list's unfiltered rows, kept per data version, answering any of its filters in Python.

At 1M triples a cold filtered `/api/visits` cost 100-300 ms of CPU, nearly all of it the
store's index lookups (8-12 us each, some 20 per matching visit), and a page query for 100
known keys alone 21-35 ms. Reading every row once per data version (1.6-1.7 s of CPU, in place
of the 0.5 s unfiltered keys query warming ran anyway) lets each filtered page be a scan of
the rows, an order and a fold: 5-26 ms (docs/canned-queries.md, "A filter table").

The table is filed as an answer file (:class:`~dkg.service.encoded_items.EncodedItems`)
holding each column as one item, then each row as one item, so that a serving process maps
the file and decodes only what a request reads, when it reads it: the columns its filters
test (about 1 ms each at 10 000 visits) and the rows of its page. Decoding the whole table
first (60-90 ms of CPU at 1M triples, then 95-140 ms of indexes) made each process's first
filtered request after a write wait for it, or race it for the interpreter lock.

What each parameter tests is declared in the query's header
(:mod:`dkg.service.table_filters`); the rows hold each column's lexical form, which is all the
fold (:mod:`dkg.service.item_shapes`) reads, so a page folded from them is byte for byte the
page the query answers.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Final, TypeVar

from dkg.service.encoded_items import EncodedItems
from dkg.service.item_shapes import ItemShape, Row, lexical
from dkg.service.table_filters import GRAPH, TableFilter

Text = dict[str, str]
"""A row of the table: each bound column's lexical form."""
Column = list[str | None]
"""One column's value in every row, in table order (None where unbound)."""
Key = tuple[str | None, ...]
"""The values of some columns of a row (None where unbound)."""
Check = Callable[[Key], bool]
H = TypeVar("H", bound=Hashable)


class FilterTable:
    """Every row of a list's unfiltered query, with the document graph each was read in, held
    as the columns of an answer file (mapped when a sibling process filed it).

    A test runs once per distinct value of the columns it reads, not once per row: an index
    from those values to the rows holding them is built the first time a parameter is asked
    for (a pass over one column, a few ms at 10 000 visits) and kept with the table, so a
    code or a country costs a dict's worth of tests and the rows it matches.

    Raises:
        ValueError: the answer file holds no table (:meth:`from_rows` writes its head).
    """

    def __init__(self, encoded: EncodedItems) -> None:
        head = encoded.decode(1, 0)[0] if len(encoded) else None
        if not isinstance(head, dict) or set(head) != {"columns", "rows"}:
            raise ValueError("the answer file holds no filter table")
        self.names: tuple[str, ...] = tuple(head["columns"])
        self.count: int = head["rows"]
        if len(encoded) != 1 + len(self.names) + self.count:
            raise ValueError("the filter table's file is not of its own length")
        self._encoded = encoded
        self._columns: dict[str, Column] = {}
        self._indexes: dict[tuple[str, ...], dict[Key, list[int]]] = {}

    @classmethod
    def from_rows(cls, rows: Sequence[Row], shape: ItemShape) -> FilterTable:
        """The table of a query's rows (their terms as lexical forms), in the order of the
        items they fold into (:meth:`page` then reads that order instead of sorting)."""
        rank = {lexical(key): place for place, key in enumerate(shape.ordered_keys(rows))}
        ordered = sorted(range(len(rows)), key=lambda number: rank[lexical(rows[number]["id"])])
        texts = [{c: lexical(term) for c, term in rows[n].items()} for n in ordered]
        names = list(dict.fromkeys(name for row in texts for name in row))
        columns = [[row.get(name) for row in texts] for name in names]
        head = {"columns": names, "rows": len(texts)}
        return cls(EncodedItems.encode([head, *columns, *texts]))

    def encode(self) -> EncodedItems:
        """The table as one answer file, as serving processes share answers."""
        return self._encoded

    def prepared(self, filters: Iterable[TableFilter]) -> FilterTable:
        """The table with the index of every column a filter reads built (warming, where no
        request waits for it: a serving process builds each the first time it is used)."""
        for table_filter in filters:
            for columns in _indexed(table_filter):
                self._index(columns)
        for scope in (*SCOPES.values(), ("id",)):
            self._index(scope)
        return self

    def select(
        self, filters: Iterable[TableFilter], values: Mapping[str, Sequence[str]]
    ) -> list[int]:
        """The numbers of the rows the query bound to ``values`` (lexical forms per given
        parameter) answers, in table order."""
        kept: set[int] | None = None
        for table_filter in filters:
            if table_filter.param not in values:
                continue
            numbers = self._matching(table_filter, values[table_filter.param])
            if table_filter.keeps != "row":
                numbers = self._in_scope(numbers, SCOPES[table_filter.keeps])
            kept = numbers if kept is None else kept & numbers
        if kept is None:
            return list(range(self.count))
        return sorted(kept)

    def _matching(self, table_filter: TableFilter, values: Sequence[str]) -> set[int]:
        """The numbers of the rows one parameter's test keeps (before its scope).

        An equality is looked up, value by value, in each column's own index: on the pair of
        a visit's host and visitor country, tested as one, the test ran once per distinct
        pair (8 000 at 10 000 visits) where a lookup per column and value does.
        """
        if table_filter.test == "equals":
            return {
                number
                for (column,) in _indexed(table_filter)
                for value in values
                for number in self._index((column,)).get((value,), ())
            }
        check = _check(table_filter, values)
        index = self._index(table_filter.columns)
        return {number for key, rows in index.items() if check(key) for number in rows}

    def page(
        self,
        shape: ItemShape,
        order: Sequence[str],
        numbers: Sequence[int],
        limit: int,
        offset: int,
    ) -> tuple[int, EncodedItems]:
        """How many items the rows ``numbers`` (in table order) hold, and the items
        ``[offset, offset + limit)`` in the list's order, folded and encoded as the page
        query's rows would be.

        An item all of whose rows are kept folds as it does unfiltered, so it sorts where
        the table holds it; only when a filter kept part of an item's rows (a date one
        source gives, a name that matched) are the items ordered again, from the columns
        ``order`` (the item's key, then those its order reads: the query's ``keys``).
        """
        ids = self._column("id")
        counts: dict[str | None, int] = {}
        for number in numbers:
            counts[ids[number]] = counts.get(ids[number], 0) + 1
        whole = self._index(("id",))
        keys: list[str | None]
        if all(len(whole[(key,)]) == count for key, count in counts.items()):
            keys = list(counts)
        else:
            keys = [lexical(key) for key in shape.ordered_keys(self._read(order, numbers))]
        wanted = set(keys[offset : offset + limit])
        first = 1 + len(self.names)
        page = [
            self._encoded.decode(1, first + number)[0]
            for number in numbers
            if ids[number] in wanted
        ]
        return len(keys), EncodedItems.encode(shape.assemble(page))

    def _column(self, name: str) -> Column:
        """One column, decoded from the file the first time it is read (a few ms)."""
        column = self._columns.get(name)
        if column is None:
            if name in self.names:
                column = self._encoded.decode(1, self.names.index(name) + 1)[0]
            else:  # a column no row binds
                column = [None] * self.count
            self._columns[name] = column  # two threads may both decode it: same contents
        return column

    def _read(self, names: Sequence[str], numbers: Iterable[int]) -> list[Text]:
        """The rows ``numbers``, with the bound values of the columns ``names`` only."""
        columns = [(name, self._column(name)) for name in names]
        return [
            {name: value for name, column in columns if (value := column[number]) is not None}
            for number in numbers
        ]

    def _index(self, columns: tuple[str, ...]) -> dict[Key, list[int]]:
        """The rows holding each distinct value of ``columns``, built once per table."""
        index = self._indexes.get(columns)
        if index is None:
            if len(columns) == 1:  # most indexes: a tuple per distinct value, not per row
                found = _positions(self._column(columns[0]))
                index = {(value,): rows for value, rows in found.items()}
            else:
                index = _positions(zip(*(self._column(column) for column in columns), strict=True))
            self._indexes[columns] = index  # two threads may both build it: same contents
        return index

    def _in_scope(self, numbers: Iterable[int], scope: tuple[str, ...]) -> set[int]:
        """Every row of the items (in their graph, or in any) that the rows ``numbers`` are of."""
        index = self._index(scope)
        columns = [self._column(column) for column in scope]
        keys = {tuple([column[number] for column in columns]) for number in numbers}
        return {number for key in keys for number in index[key]}


def _positions(values: Iterable[H]) -> dict[H, list[int]]:
    """The positions of each distinct value among ``values``."""
    found: dict[H, list[int]] = {}
    for number, value in enumerate(values):
        rows = found.get(value)
        if rows is None:
            found[value] = [number]
        else:
            rows.append(number)
    return found


SCOPES: Final[Mapping[str, tuple[str, ...]]] = {"graph": ("id", GRAPH), "item": ("id",)}
"""The columns naming what a match keeps beyond its row: the item in its graph, or the item."""


def _indexed(table_filter: TableFilter) -> list[tuple[str, ...]]:
    """The indexes a filter reads: one per column for an equality (any column equal to the
    value), else one of all its columns together."""
    if table_filter.test == "equals":
        return [(column,) for column in table_filter.columns]
    return [table_filter.columns]


def _check(table_filter: TableFilter, values: Sequence[str]) -> Check:
    """The test of one parameter on the values of its columns, for the request's values (an
    equality is looked up instead: :meth:`FilterTable._matching`)."""
    if table_filter.test == "code":
        codes = set(values)
        return lambda key: key[0] is not None and key[0].rsplit("/", 1)[-1] in codes
    if table_filter.test in ("date_from", "date_to"):
        after = table_filter.test == "date_from"
        return lambda key: any(_overlaps(key[0], value, after=after) for value in values)
    return lambda key: any(_names(key, value) for value in values)


def _overlaps(date: str | None, bound: str, *, after: bool) -> bool:
    """Whether a date (of any precision) is on or after (before) the bound, compared at the
    coarser of the two precisions; a date without a year (``--MM-DD``) never is."""
    if date is None or date.startswith("-"):
        return False
    mine, theirs = date[: len(bound)], bound[: len(date)]
    return mine >= theirs if after else mine <= theirs


def _names(key: Key, value: str) -> bool:
    """Whether a thing is named by ``value``: its IRI, its key (spaces as hyphens) in its IRI,
    part of its name in any case, or its Wikidata id in any case."""
    iri, name, wikidata = key
    return (
        iri == value
        or (iri is not None and "/" + value.lower().replace(" ", "-") in iri)
        or (name is not None and value.lower() in name.lower())
        or (wikidata is not None and wikidata.upper() == value.upper())
    )
