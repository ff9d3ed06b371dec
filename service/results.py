"""Query results that cross the process boundary, and their SPARQL 1.1 serializations.

Query workers run in other processes (see :mod:`dkg.service.query_runner`), so they cannot hand
back pyoxigraph's lazy ``QuerySolutions``; they hand back one of the plain, picklable results
below, already cut at the row cap. The serializers write the W3C formats from those rows because
pyoxigraph's own serializers can only write a whole, uncut ``QuerySolutions`` (which they do
when the query's own LIMIT is within the cap: :func:`limited_within`); SPARQL JSON, the format
most clients ask for, is written by pyoxigraph cut at the cap (:func:`write_json_within`).

- JSON: https://www.w3.org/TR/sparql11-results-json/
- XML: https://www.w3.org/TR/rdf-sparql-XMLres/
- CSV and TSV: https://www.w3.org/TR/sparql11-results-csv-tsv/
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, Final, NamedTuple, cast
from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
    parse_query_results,
    serialize,
)

Term = NamedNode | BlankNode | Literal | Triple

_XSD_STRING: Final = "http://www.w3.org/2001/XMLSchema#string"
_JSON: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""The SPARQL JSON writer, made once: ``json.dumps`` with options builds a new encoder for
every answer."""

# Result format names (pyoxigraph's format objects cannot be pickled, names can).
SOLUTION_MEDIA_TYPES: Final[dict[str, str]] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_FORMATS: Final[dict[str, RdfFormat]] = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}


@dataclass(frozen=True, slots=True)
class SelectResult:
    """Solutions of a SELECT query: one tuple per row, aligned with ``variables``.

    ``truncated`` is True when the query had more rows than the cap and only the first ones
    are here.
    """

    variables: tuple[str, ...]
    rows: list[tuple[Term | None, ...]]
    truncated: bool = False

    def __iter__(self) -> Iterator[dict[str, Term]]:
        """Each row as ``{variable: term}``, unbound variables left out."""
        for row in self.rows:
            yield {name: term for name, term in zip(self.variables, row, strict=True) if term}

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True, slots=True)
class AskResult:
    """The answer of an ASK query."""

    value: bool
    truncated: bool = False

    def __bool__(self) -> bool:
        return self.value


@dataclass(frozen=True, slots=True)
class GraphResult:
    """Triples of a CONSTRUCT or DESCRIBE query (``truncated`` as for :class:`SelectResult`)."""

    triples: list[Triple]
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.triples)


class SerializedResult(NamedTuple):
    """A result already written in the format the client asked for.

    A named tuple, as it crosses the pipe from the worker for every /sparql query: it pickles
    as a plain tuple, where a frozen dataclass is rebuilt field by field.
    """

    media_type: str
    body: bytes
    truncated: bool


QueryOutcome = SelectResult | AskResult | GraphResult

_TOP_LEVEL_LIMIT: Final = re.compile(
    r"""\}\s*
    (?:ORDER\s+BY\s+[?$\w\s()]+?\s*)?
    (?:OFFSET\s+\d+\s*)?
    LIMIT\s+(\d+)\s*
    (?:OFFSET\s+\d+\s*)?
    (?:\#[^\n]*(?:\n|\Z)\s*)*\Z""",
    re.IGNORECASE | re.VERBOSE,
)


def limited_within(sparql: str, max_rows: int) -> bool:
    r"""Whether the query's own LIMIT, after its last closing brace, keeps its answer within
    ``max_rows``: then the answer cannot be cut, and pyoxigraph's own writer can write it
    whole, without making a Python object of each term (and without the GIL): on the corpus a
    researcher query of 0-10 rows cost 40-110 us less CPU.

    Conservative: only ORDER BY over variables and functions, LIMIT, OFFSET and comment lines
    may follow the brace (no string, IRI or VALUES block, where a brace or the word LIMIT
    could hide), and the brace's line has no ``#`` before it (it may be in a comment).

    >>> limited_within("SELECT * { ?s ?p ?o } ORDER BY DESC(?o) LIMIT 10 # note", 100)
    True
    >>> limited_within("SELECT * { ?s ?p ?o }\n# } LIMIT 10", 100)
    False
    """
    brace = sparql.rfind("}")
    if brace < 0 or "#" in sparql[sparql.rfind("\n", 0, brace) + 1 : brace]:
        return False
    found = _TOP_LEVEL_LIMIT.match(sparql, brace)
    return found is not None and int(found.group(1)) <= max_rows


class _RowCapReached(Exception):
    """Stops pyoxigraph's writer once the rows past the cap are known to exist."""


class _FirstLines:
    """A binary output that keeps what pyoxigraph writes until ``lines`` lines have been
    written, then stops the writer (:class:`_RowCapReached`)."""

    def __init__(self, lines: int) -> None:
        self.chunks: list[bytes] = []
        self.remaining = lines

    def write(self, chunk: bytes) -> int:
        self.chunks.append(bytes(chunk))
        self.remaining -= chunk.count(b"\n")
        if self.remaining <= 0:
            raise _RowCapReached
        return len(chunk)

    def flush(self) -> None:
        """Nothing is buffered here."""


def write_json_within(solutions: QuerySolutions, max_rows: int) -> tuple[bytes, bool]:
    """SPARQL JSON of at most ``max_rows`` of ``solutions``, and whether rows were left out
    (then the JSON says ``"truncated": true``, as :func:`write_solutions` writes it).

    Why not rows in Python: making a Python object of every term and a dict of every binding
    cost twice the time of the query on answers of thousands of rows (73 ms against 35 for
    7,700 rows of two or three terms; 180 against 159 us for one row). pyoxigraph's own writers
    cannot stop at the cap, but its TSV has exactly one line per row (line breaks in terms are
    escaped), so the rows are counted as lines while it writes, the TSV is cut after the last
    row kept, and pyoxigraph reads it back and writes it as JSON, with the same bytes as
    :func:`write_solutions`.
    """
    output = _FirstLines(max_rows + 2)  # the header, the rows kept and one more
    try:
        # pyoxigraph only calls write() and flush() on the output
        solutions.serialize(cast(IO[bytes], output), format=QueryResultsFormat.TSV)
        truncated = False
    except _RowCapReached:
        truncated = True
    tsv = b"".join(output.chunks)
    if truncated:
        end = -1
        for _ in range(max_rows + 1):
            end = tsv.index(b"\n", end + 1)
        tsv = tsv[: end + 1]
    kept = parse_query_results(tsv, format=QueryResultsFormat.TSV)
    if not isinstance(kept, QuerySolutions):  # a TSV body always holds solutions
        raise TypeError("pyoxigraph's TSV did not read back as solutions")
    body = kept.serialize(format=QueryResultsFormat.JSON) or b""
    return (body[:-1] + b',"truncated":true}' if truncated else body), truncated


class EncodedSolutions(NamedTuple):
    """A :class:`SelectResult` as SPARQL TSV bytes, the form a worker sends it in (a named
    tuple for the reason given at :class:`SerializedResult`).

    Pickling pyoxigraph terms is slow: 10 000 rows of 18 terms took 0.9 s to pickle and 0.4 s
    to unpickle, against 0.12 s to write as TSV and 0.3 s to parse back (pyoxigraph's parser)
    into the same terms. TSV writes every term in N-Triples syntax, so nothing is lost.
    """

    variables: tuple[str, ...]
    body: bytes
    truncated: bool

    @classmethod
    def encode(cls, result: SelectResult) -> EncodedSolutions:
        """Write ``result``'s rows as TSV (a result needs at least one variable)."""
        return cls(result.variables, write_solutions(result, "tsv"), result.truncated)

    def decode(self) -> SelectResult:
        """The rows back as pyoxigraph terms, in the variables' order."""
        parsed = parse_query_results(self.body, format=QueryResultsFormat.TSV)
        if not isinstance(parsed, QuerySolutions):  # a TSV body always holds solutions
            raise TypeError("encoded solutions did not parse as solutions")
        rows: list[tuple[Term | None, ...]] = [tuple(solution) for solution in parsed]
        return SelectResult(self.variables, rows, self.truncated)


def _json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _xml_term(term: Term) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            attribute = quoteattr(term.datatype.value)
            return f"<literal datatype={attribute}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject>"
        f"<predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def _csv_field(term: Term | None) -> str:
    if term is None:
        return ""
    text = term.value if isinstance(term, NamedNode | BlankNode | Literal) else str(term)
    if isinstance(term, BlankNode):
        text = f"_:{text}"
    if any(char in text for char in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_field(term: Term | None) -> str:
    # pyoxigraph writes terms in N-Triples syntax, which escapes tabs and line breaks; a
    # triple term is written bare there, so it gets RDF 1.2's <<( ... )>> around it.
    if term is None:
        return ""
    if isinstance(term, Triple):
        parts = (term.subject, term.predicate, term.object)
        return "<<( " + " ".join(_tsv_field(part) for part in parts) + " )>>"
    return str(term)


def write_solutions(result: SelectResult, format_name: str) -> bytes:
    """Serialize SELECT results as ``json``, ``xml``, ``csv`` or ``tsv``.

    >>> rows = SelectResult(("s",), [(NamedNode("http://example.org/a"),)])
    >>> write_solutions(rows, "csv")
    b's\\r\\nhttp://example.org/a\\r\\n'
    """
    if format_name == "json":
        body: dict[str, Any] = {
            "head": {"vars": list(result.variables)},
            "results": {
                "bindings": [
                    {
                        name: _json_term(term)
                        for name, term in zip(result.variables, row, strict=True)
                        if term is not None
                    }
                    for row in result.rows
                ]
            },
        }
        if result.truncated:
            body["truncated"] = True
        return _JSON.encode(body).encode("utf-8")
    if format_name == "xml":
        parts = ['<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">']
        parts.append("<head>")
        parts.extend(f"<variable name={quoteattr(name)}/>" for name in result.variables)
        parts.append("</head><results>")
        for row in result.rows:
            parts.append("<result>")
            parts.extend(
                f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                for name, term in zip(result.variables, row, strict=True)
                if term is not None
            )
            parts.append("</result>")
        parts.append("</results></sparql>")
        return "".join(parts).encode("utf-8")
    if format_name == "csv":
        lines = [",".join(result.variables)]
        lines.extend(",".join(_csv_field(term) for term in row) for row in result.rows)
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    if format_name == "tsv":
        lines = ["\t".join(f"?{name}" for name in result.variables)]
        lines.extend("\t".join(_tsv_field(term) for term in row) for row in result.rows)
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unknown result format {format_name!r}")


def write_boolean(value: bool, format_name: str) -> bytes:
    """Serialize an ASK answer (CSV and TSV, which the spec leaves open, get a bare word)."""
    word = "true" if value else "false"
    if format_name == "json":
        return f'{{"head":{{}},"boolean":{word}}}'.encode()
    if format_name == "xml":
        return (
            '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head></head><boolean>{word}</boolean></sparql>"
        ).encode()
    if format_name in ("csv", "tsv"):
        return word.encode()
    raise ValueError(f"unknown result format {format_name!r}")


def write_graph(result: GraphResult, format_name: str, prefixes: dict[str, str]) -> bytes:
    """Serialize CONSTRUCT/DESCRIBE triples as ``turtle``, ``ntriples``, ``jsonld``, ``rdfxml``."""
    rdf_format = GRAPH_FORMATS[format_name]
    used = None
    if rdf_format in (RdfFormat.TURTLE, RdfFormat.RDF_XML):
        used = _used_prefixes(result.triples, prefixes)
    body = serialize(result.triples, format=rdf_format, prefixes=used)
    return body or b""


def _used_prefixes(triples: list[Triple], prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes whose namespace some IRI of ``triples`` is in (no unused declarations)."""
    namespaces: set[str] = set()
    for triple in triples:
        for term in (triple.subject, triple.predicate, triple.object):
            if isinstance(term, NamedNode):
                value = term.value
                cut = max(value.rfind("#"), value.rfind("/")) + 1
                namespaces.add(value[:cut])
    # Only exact namespaces: a local name with a '/' would have to be escaped (dkgid:country\/fr).
    return {name: iri for name, iri in prefixes.items() if iri in namespaces}


def graph_media_type(format_name: str) -> str:
    """The media type of a graph format name."""
    return GRAPH_FORMATS[format_name].media_type
