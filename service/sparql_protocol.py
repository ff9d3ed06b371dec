"""The SPARQL 1.1 Protocol's request rules as plain functions of the raw request (method, query
string, Content-Type, body): what operation was asked for, with which parameters, and in which
format to answer. No web framework here: :mod:`dkg.service.routers.sparql` answers /sparql at
the ASGI level with these, which is most of what makes a small query cheap.

Protocol errors are raised as the spec's conformance tests expect: two ``query`` (or ``update``)
parameters, both at once, an update over GET or an undecodable body: 400; a body type the
endpoint does not read: 415.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal
from urllib.parse import parse_qsl

from pyoxigraph import NamedNode

from dkg.service.errors import BadRequest, InvalidParameter, UnsupportedMediaType
from dkg.service.negotiation import GRAPHS, SOLUTIONS

FORM: Final = "application/x-www-form-urlencoded"
QUERY_BODY: Final = "application/sparql-query"
UPDATE_BODY: Final = "application/sparql-update"
FORMAT_NAMES: Final = sorted(set(SOLUTIONS.aliases) | set(GRAPHS.aliases))


class Params:
    """Protocol parameters from the URL and, for a form POST, the body (repeats kept)."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Index ``pairs`` by name once: a request asks for five names or more."""
        self._values: dict[str, list[str]] = {}
        for key, value in pairs:
            self._values.setdefault(key, []).append(value)

    def all(self, name: str) -> list[str]:
        """Every value of ``name``, in order."""
        return self._values.get(name, [])

    def one(self, name: str) -> str | None:
        """The value of ``name``, None if absent.

        Raises:
            BadRequest: it was sent more than once.
        """
        values = self.all(name)
        if len(values) > 1:
            raise BadRequest(f"send exactly one '{name}' parameter; this request has {len(values)}")
        return values[0] if values else None

    def format_override(self) -> str | None:
        """``format=`` values joined (SPARQLWrapper repeats it, sometimes empty)."""
        return ",".join(value for value in self.all("format") if value.strip()) or None

    def graphs(self, name: str) -> list[str] | None:
        """The IRIs of a dataset parameter (``default-graph-uri``...), None when absent.

        Raises:
            InvalidParameter: a value is not an absolute IRI.
        """
        values = self.all(name)
        if not values:
            return None
        for value in values:
            try:
                NamedNode(value)
            except ValueError:
                raise InvalidParameter(f"{name}: {value!r} is not an absolute IRI") from None
        return values


@dataclass(frozen=True, slots=True)
class Operation:
    """What a /sparql request asks for: a query, an update, or (GET without a query) the
    service description; ``text`` is the SPARQL (empty for the description)."""

    kind: Literal["query", "update", "describe"]
    text: str
    params: Params


def url_params(query_string: bytes) -> list[tuple[str, str]]:
    """The URL's parameters, decoded as Starlette decodes them (blank values kept)."""
    if not query_string:  # a query in a POST body: no parsing for an empty string
        return []
    return parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)


def read_operation(
    method: str, query_string: bytes, content_type: str | None, body: bytes
) -> Operation:
    """The operation of a GET (or HEAD) or POST to /sparql.

    Raises:
        BadRequest: a protocol rule is broken (the detail says which).
        UnsupportedMediaType: a POST body of another type, or not in UTF-8.
    """
    pairs = url_params(query_string)
    if method != "POST":
        params = Params(pairs)
        if params.all("update"):
            raise BadRequest("SPARQL Update is accepted only with POST (SPARQL 1.1 Protocol 2.2)")
        query = params.one("query")
        return (
            Operation("describe", "", params)
            if query is None
            else Operation("query", query, params)
        )
    media_type = _media_type(content_type)
    if media_type == FORM:
        try:
            form = parse_qsl(_decode(body), keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            raise BadRequest("the form is not valid UTF-8 once percent-decoded") from None
        params = Params(pairs + form)
        query, update = params.one("query"), params.one("update")
        if query is not None and update is not None:
            raise BadRequest("send either 'query' or 'update', not both")
        if update is not None:
            return Operation("update", update, params)
        if query is None:
            raise BadRequest("the form has no 'query' (or 'update') parameter")
        return Operation("query", query, params)
    params = Params(pairs)
    if media_type == QUERY_BODY:
        if params.all("query") or params.all("update"):
            raise BadRequest("the query is the body; do not also send 'query' in the URL")
        return Operation("query", _decode(body), params)
    if media_type == UPDATE_BODY:
        if params.all("query") or params.all("update"):
            raise BadRequest("the update is the body; do not also send it in the URL")
        return Operation("update", _decode(body), params)
    raise UnsupportedMediaType(
        f"/sparql reads {FORM}, {QUERY_BODY} or {UPDATE_BODY} bodies, not {media_type}"
    )


def answer_formats(accept: str | None, params: Params) -> tuple[str | None, str | None]:
    """The format names for a query's answer: (for SELECT/ASK, for CONSTRUCT/DESCRIBE); None
    where the client accepts no format for that form (the query's form, known only once it has
    run, decides whether that is a 406).

    Raises:
        InvalidParameter: ``format=`` names no format we have.
        NotAcceptable: the client accepts no format for any query form.
    """
    return _answer_formats(accept, params.format_override())


@lru_cache(maxsize=256)
def _answer_formats(accept: str | None, override: str | None) -> tuple[str | None, str | None]:
    """:func:`answer_formats` by header value: clients send the same few Accept headers, and
    negotiating both tables anew cost more than any other step of reading a request."""
    if override and not (SOLUTIONS.choose(None, override) or GRAPHS.choose(None, override)):
        raise InvalidParameter(f"format: {override!r} is not one of {', '.join(FORMAT_NAMES)}")
    solutions_format = SOLUTIONS.choose(accept, override)
    graph_format = GRAPHS.choose(accept, override)
    if solutions_format is None and graph_format is None:
        SOLUTIONS.require(accept, override)  # raises NotAcceptable with the offers
    return solutions_format, graph_format


@lru_cache(maxsize=64)
def _media_type(header: str | None) -> str:
    """The body's media type; a charset other than UTF-8 is refused (the protocol's rule).

    Cached by header value, as clients send the same few (a refused one raises every time).
    """
    if not header:
        raise UnsupportedMediaType(
            f"a POST to /sparql needs a Content-Type: {FORM}, {QUERY_BODY} or {UPDATE_BODY}"
        )
    media_type, *params = (part.strip() for part in header.split(";"))
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(' "').lower() not in (
            "utf-8",
            "utf8",
            "us-ascii",
        ):
            raise UnsupportedMediaType(f"send the body in UTF-8, not {value.strip()}")
    return media_type.lower()


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRequest(f"the request body is not valid UTF-8 ({error.reason})") from None
