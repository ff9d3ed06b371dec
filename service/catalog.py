"""The canned-query catalog: one ``queries/<name>.rq`` file per REST endpoint (after grlc).

Each file starts with a ``#+`` YAML header that declares what the endpoint is for and which
typed parameters it takes::

    #+ summary: Who visited when, newest first
    #+ tags: [visits]
    #+ params:
    #+   country: {type: string, description: "name, ISO code or Wikidata id of either side"}
    #+   type: {type: string, enum: [state, official, working], description: "kind of visit"}
    #+ returns: [visit, visitor, host_country, start_date]

The catalog is loaded once at startup and every mistake in a file is reported then, naming the
file, so a broken query never reaches a user as a 500.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, cast, get_args

import yaml
from pyoxigraph import QuerySolutions
from pyoxigraph import Store as OxStore

from dkg.service.query_text import (
    GroupText,
    cut_where_group,
    find_where_brace,
    strip_comments_and_literals,
    subquery_texts,
)
from dkg.service.table_filters import GRAPH, TableFilter, covering, parse_table_filters

ParamType = Literal[
    "iri",
    "string",
    "lang_string",
    "integer",
    "decimal",
    "date",
    "year",
    "boolean",
    "country",
    "document",
]
"""``country`` is text naming a country (name, ISO 3166 code, Wikidata id, key or IRI) that the
service resolves to the IRIs of the matching country nodes before the query runs, so the query
can use it in a triple pattern (an index lookup) instead of comparing strings on every row.
``document`` is a document's name, bound as the IRI of its named graph (``dkgg:{name}``,
MODEL.md), so ``GRAPH ?document { ... }`` starts from that one graph."""
PARAM_TYPES: Final[tuple[str, ...]] = get_args(ParamType)

_HEADER_KEYS: Final = {"summary", "description", "tags", "params", "returns", "keys", "table"}
_PARAM_KEYS: Final = {"type", "description", "enum", "required"}
# Names a parameter may not take: the paging and display parameters every canned route has.
RESERVED_PARAMS: Final = frozenset({"limit", "offset", "show"})
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogError(ValueError):
    """A query file is malformed; the message names the file and what to fix."""


@dataclass(frozen=True)
class Param:
    """One typed HTTP parameter of a canned query, bound to the SPARQL variable of its name."""

    name: str
    type: ParamType
    description: str
    enum: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Block:
    """Lines of a query file (``#if name`` to ``#endif``) that run only when ``name`` is set.

    A filter written as ``FILTER(!BOUND(?x) || ...)`` is one plan for every request, so the
    store cannot start from the bound value; a block switched on only with its parameter lets
    the query begin with an index lookup on it. The value itself is still bound only in the
    ``VALUES`` block: the block is fixed text of the file, switched on or off, never filled in.
    """

    param: str
    start: int
    """Offset of the ``#if`` line in the file's text."""
    end: int
    """Offset just past the ``#endif`` line (its newline included)."""


@dataclass(frozen=True)
class CannedQuery:
    """A parsed ``.rq`` file: its header and its SPARQL body (header comments included)."""

    name: str
    summary: str
    sparql: str
    params: tuple[Param, ...] = ()
    returns: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    description: str = ""
    path: Path | None = field(default=None, compare=False)
    blocks: tuple[Block, ...] = ()
    keys: tuple[str, ...] = ()
    """The item's key column, then the columns its order reads (header ``keys``): with them
    the service reads the keys of every matching item first and the other columns of one
    page's items only (:mod:`dkg.service.routers.canned_keys`)."""
    field_lines: tuple[Block, ...] = ()
    """The ``#fields`` ... ``#endfields`` sections: patterns that only read the other columns
    of an item, left out of the keys query."""
    table: tuple[TableFilter, ...] = ()
    """What each parameter tests (header ``table``), when it declares every parameter: the
    list is then answered from one table of its unfiltered rows per data version
    (:mod:`dkg.service.filter_table`); empty, by SPARQL per request."""
    _group_texts: dict[tuple[frozenset[str], bool], GroupText] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def text_for(self, given: Collection[str], *, fields: bool = True) -> str:
        """The file's text with the blocks of parameters not in ``given`` left out, and the
        ``#fields`` sections too unless ``fields``."""
        cuts = [b for b in self.blocks if b.param not in given]
        if not fields:
            cuts = sorted([*cuts, *self.field_lines], key=lambda b: b.start)
        kept, position = [], 0
        for block in cuts:
            kept.append(self.sparql[position : block.start])
            position = block.end
        kept.append(self.sparql[position:])
        return "".join(kept)

    def keys_text(self, given: Collection[str]) -> str:
        """The keys query: the blocks of ``given``, no ``#fields`` section, and the distinct
        ``keys`` columns as its projection."""
        text = self.text_for(given, fields=False)
        stripped = strip_comments_and_literals(text)
        select = re.search(r"\bSELECT\b", stripped, re.IGNORECASE)
        brace = find_where_brace(stripped)
        if select is None or brace is None:  # _check_body rejects such files
            raise ValueError(f"query {self.name!r} has no SELECT ... WHERE group")
        projection = " ".join(f"?{column}" for column in self.keys)
        return f"{text[: select.start()]}SELECT DISTINCT {projection} WHERE {text[brace:]}"

    def table_text(self) -> str:
        """The table's query: the unfiltered query (no block) with each row's document graph
        (``?graph``) before the returned columns."""
        text = self.text_for(())
        stripped = strip_comments_and_literals(text)
        select = re.search(r"\bSELECT\b", stripped, re.IGNORECASE)
        if select is None:  # _check_body rejects such files
            raise ValueError(f"query {self.name!r} has no SELECT")
        return f"{text[: select.end()]} ?{GRAPH}{text[select.end() :]}"

    def group_text(self, given: Collection[str], *, only_keys: bool = False) -> GroupText:
        """The text run for the parameters ``given`` (:meth:`text_for`, or :meth:`keys_text`
        with ``only_keys``) cut around its WHERE group, where binding puts the values.

        Derived once per set of blocks switched on and kept: deriving it took 0.6 ms for a
        keys query and cutting it 1 ms for a page, on every cold request of a list.
        """
        switched = frozenset(b.param for b in self.blocks if b.param in given)
        cut = self._group_texts.get((switched, only_keys))
        if cut is None:
            text = self.keys_text(switched) if only_keys else self.text_for(switched)
            cut = cut_where_group(text)
            if cut is None:  # _check_body rejects such files
                raise ValueError(f"query {self.name!r} has no WHERE group")
            self._group_texts[(switched, only_keys)] = cut
        return cut


def load_catalog(queries_dir: Path) -> dict[str, CannedQuery]:
    """Read and validate every ``*.rq`` file directly in ``queries_dir``, keyed by file stem.

    Raises:
        CatalogError: a file's header or body is invalid (the message names the file).
    """
    catalog: dict[str, CannedQuery] = {}
    for path in sorted(queries_dir.glob("*.rq")):
        query = parse_query_file(path.stem, path.read_text(encoding="utf-8"), path)
        catalog[query.name] = query
    return catalog


def parse_query_file(name: str, text: str, path: Path | None = None) -> CannedQuery:
    """Parse one query file's text into a :class:`CannedQuery`, checking header and body.

    Raises:
        CatalogError: the header does not fit the schema, a declared parameter is not used or
            is used where a ``VALUES`` binding cannot reach it, or ``returns`` differs from the
            projection.
    """
    where = str(path) if path else name
    if not _NAME.match(name) or name in RESERVED_PARAMS | {"queries"}:
        raise CatalogError(
            f"{where}: the file stem must be a lower-case snake_case name other than "
            "'queries' (the catalog listing's route) or a paging parameter"
        )
    header = _parse_header(text, where)
    params = tuple(_parse_param(where, key, spec) for key, spec in header["params"].items())
    blocks = _parse_blocks(text, {p.name for p in params}, where)
    keys = header["keys"]
    try:
        table = parse_table_filters(header["table"], {p.name for p in params}, header["returns"])
    except ValueError as error:
        raise CatalogError(f"{where}: {error}") from error
    query = CannedQuery(
        name=name,
        summary=header["summary"],
        sparql=text,
        params=params,
        returns=tuple(header["returns"]),
        tags=tuple(header["tags"]),
        description=header["description"],
        path=path,
        blocks=tuple(b for b in blocks if b.param),
        keys=tuple(keys),
        field_lines=tuple(b for b in blocks if not b.param),
        table=covering(table, {p.name for p in params}),
    )
    _check_body(query, where)
    return query


_BLOCK_LINE = re.compile(
    r"^[ \t]*#(if|endif|fields|endfields)\b[ \t]*([^\n]*?)[ \t]*$(\n?)", re.MULTILINE
)


def _parse_blocks(text: str, declared: set[str], where: str) -> tuple[Block, ...]:
    """The ``#if name`` ... ``#endif`` blocks and the ``#fields`` ... ``#endfields`` sections
    (param "") of a query file, in order (no nesting)."""
    blocks: list[Block] = []
    opened: tuple[str, int] | None = None
    for match in _BLOCK_LINE.finditer(text):
        keyword, argument = match.group(1), match.group(2)
        line = text.count("\n", 0, match.start()) + 1
        if keyword in ("if", "fields"):
            if opened is not None:
                raise CatalogError(f"{where}:{line}: '#{keyword}' inside another block")
            if keyword == "fields":
                if argument:
                    raise CatalogError(f"{where}:{line}: '#fields' takes no argument")
                opened = ("", match.start())
                continue
            if argument not in declared:
                raise CatalogError(
                    f"{where}:{line}: '#if {argument}' names no declared parameter; "
                    f"write '#if' followed by one of {sorted(declared)}"
                )
            opened = (argument, match.start())
        else:
            opening = "#fields" if keyword == "endfields" else "#if"
            if opened is None or argument or (opening == "#fields") != (opened[0] == ""):
                raise CatalogError(
                    f"{where}:{line}: '#{keyword}' (alone) must close an '{opening}' block"
                )
            blocks.append(Block(opened[0], opened[1], match.end()))
            opened = None
    if opened is not None:
        opening, closing = (
            (f"#if {opened[0]}", "#endif") if opened[0] else ("#fields", "#endfields")
        )
        raise CatalogError(f"{where}: '{opening}' has no '{closing}'")
    return tuple(blocks)


def _parse_header(text: str, where: str) -> dict[str, Any]:
    lines = [line[2:] for line in text.splitlines() if line.startswith("#+")]
    if not lines:
        raise CatalogError(f"{where}: no '#+' header; start the file with '#+ summary: ...'")
    try:
        loaded = yaml.safe_load("\n".join(lines))
    except yaml.YAMLError as error:
        raise CatalogError(f"{where}: the '#+' header is not valid YAML: {error}") from error
    if not isinstance(loaded, dict):
        raise CatalogError(f"{where}: the '#+' header must be a YAML mapping")
    header = cast(dict[str, Any], loaded)
    unknown = set(header) - _HEADER_KEYS
    if unknown:
        raise CatalogError(f"{where}: unknown header keys {sorted(unknown)}; use {_HEADER_KEYS}")
    if not isinstance(header.get("summary"), str) or not header["summary"].strip():
        raise CatalogError(f"{where}: the header needs a non-empty 'summary'")
    header.setdefault("description", "")
    header.setdefault("tags", [])
    header.setdefault("params", {})
    header.setdefault("returns", [])
    header.setdefault("keys", [])
    header.setdefault("table", {})
    if not isinstance(header["description"], str):
        raise CatalogError(f"{where}: 'description' must be a string")
    for key in ("tags", "returns", "keys"):
        value = header[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CatalogError(f"{where}: '{key}' must be a list of strings")
    if not isinstance(header["params"], dict):
        raise CatalogError(f"{where}: 'params' must map parameter names to {{type, description}}")
    return header


def _parse_param(where: str, name: object, spec: object) -> Param:
    if not isinstance(name, str) or not _NAME.match(name):
        raise CatalogError(f"{where}: parameter name {name!r} must be snake_case")
    if name in RESERVED_PARAMS:
        raise CatalogError(f"{where}: parameter name {name!r} is reserved for paging or display")
    if not isinstance(spec, Mapping):
        raise CatalogError(f"{where}: parameter {name!r} needs a mapping {{type, description}}")
    unknown = set(spec) - _PARAM_KEYS
    if unknown:
        raise CatalogError(f"{where}: parameter {name!r} has unknown keys {sorted(unknown)}")
    kind = spec.get("type")
    if kind not in PARAM_TYPES:
        raise CatalogError(
            f"{where}: parameter {name!r} has type {kind!r}; use one of {PARAM_TYPES}"
        )
    description = spec.get("description")
    if not isinstance(description, str) or not description.strip():
        raise CatalogError(f"{where}: parameter {name!r} needs a 'description'")
    enum = spec.get("enum", [])
    if not isinstance(enum, list) or not all(isinstance(v, str) for v in enum):
        raise CatalogError(f"{where}: parameter {name!r}: 'enum' must be a list of strings")
    if enum and kind != "string":
        raise CatalogError(f"{where}: parameter {name!r}: 'enum' is only for string parameters")
    required = spec.get("required", False)
    if not isinstance(required, bool):
        raise CatalogError(f"{where}: parameter {name!r}: 'required' must be true or false")
    return Param(
        name=name,
        type=cast(ParamType, kind),
        description=description.strip(),
        enum=tuple(enum),
        required=required,
    )


def _check_body(query: CannedQuery, where: str) -> None:
    body = strip_comments_and_literals(query.sparql)
    if not re.search(r"\bSELECT\b", body, re.IGNORECASE):
        raise CatalogError(f"{where}: canned queries must be SELECT queries")
    # Running on an empty store is the cheapest full parse pyoxigraph offers, and it yields
    # the projection too. With blocks, the text must parse with all of them and with none.
    result = _parse(query.sparql, where, "")
    if query.blocks:
        _parse(query.text_for(()), where, " with its '#if' blocks left out")
        brace = find_where_brace(body)
        if brace is not None and query.blocks[0].start < brace:
            raise CatalogError(f"{where}: '#if' blocks belong inside the WHERE group")
    projection = [v.value for v in result.variables]
    if query.returns and list(query.returns) != projection:
        raise CatalogError(
            f"{where}: 'returns' {list(query.returns)} differs from the projection {projection}"
        )
    if query.keys:
        if not set(query.keys) <= set(projection):
            raise CatalogError(f"{where}: 'keys' {list(query.keys)} must be returned columns")
        every = [p.name for p in query.params]
        for given, variant in ((every, "with every block"), ([], "with no block")):
            _parse(query.keys_text(given), where, f" of the keys query {variant}")
    if query.table:
        if not query.keys or not query.returns:
            raise CatalogError(f"{where}: a 'table' needs 'keys' and 'returns' in the header")
        _parse(query.table_text(), where, " of the table (the query with ?graph returned)")
    variables = set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", body))
    inner = " ".join(subquery_texts(body))
    for param in query.params:
        if param.name not in variables:
            raise CatalogError(f"{where}: parameter {param.name!r} is not used as ?{param.name}")
        if re.search(rf"[?$]{param.name}\b", inner):
            raise CatalogError(
                f"{where}: parameter ?{param.name} is used inside a subquery, where the VALUES "
                "binding at the head of the WHERE group does not reach it"
            )
        if re.search(rf"\bAS\s+[?$]{param.name}\b", body, re.IGNORECASE):
            raise CatalogError(f"{where}: parameter ?{param.name} must not be a BIND/AS target")
    if find_where_brace(body) is None:
        raise CatalogError(f"{where}: no WHERE group to bind parameters in")


def _parse(sparql: str, where: str, variant: str) -> QuerySolutions:
    try:
        result = OxStore().query(sparql)
    except SyntaxError as error:
        raise CatalogError(f"{where}: the SPARQL{variant} does not parse: {error}") from error
    assert isinstance(result, QuerySolutions)  # noqa: S101 (guarded by the SELECT check)
    return result
