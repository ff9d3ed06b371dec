"""What a query or update may do here: SERVICE only to allow-listed endpoints, never LOAD.

pyoxigraph does not expose its parsed algebra, so the check reads the SPARQL *tokens*: comments,
strings and IRIs are recognised first, so that a keyword inside them is never mistaken for an
operation, and prefixed names are expanded with the query's own PREFIX declarations. A query
that hides a SERVICE call from this scan could only do so by not being valid SPARQL. The query
timeout (a killed worker process) stays the backstop for a slow allow-listed endpoint.

Scanning tokens costs 0.3-0.7 ms for a typical query (on the event loop, for every request), so
each check first looks for its keyword as plain text: Oxigraph reads keywords only in ASCII
(it does not decode ``\\u`` escapes outside strings and IRIs), so a query without the letters
``service`` (``from``, ``load``) in any case cannot hold that operation.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Final
from urllib.parse import urljoin

from dkg.service.errors import OperationRefused

_TOKEN: Final = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<pname>(?:[A-Za-z_][\w.-]*)?:[\w.:%-]*)
  | (?P<var>[?$]\w+)
  | (?P<word>[A-Za-z]\w*)
  | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(sparql: str) -> Iterator[tuple[str, str]]:
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind != "comment":
            yield kind, match.group()


def _mentions(keyword: str, sparql: str) -> bool:
    """Whether ``keyword`` (lower case) occurs anywhere in ``sparql``, in any case: the cheap
    test that lets most queries skip the token scan."""
    return keyword in sparql.lower()


def service_endpoints(sparql: str) -> list[str | None]:
    """The endpoints named by SERVICE clauses, ``None`` for a variable endpoint.

    >>> service_endpoints("PREFIX w: <https://q.example/> SELECT * { SERVICE w:sparql {} }")
    ['https://q.example/sparql']
    >>> service_endpoints('SELECT * { ?s ?p "SERVICE <http://x/>" }')
    []
    """
    if not _mentions("service", sparql):
        return []
    tokens = list(_tokens(sparql))
    prefixes: dict[str, str] = {}
    base = ""
    endpoints: list[str | None] = []
    for index, (kind, text) in enumerate(tokens):
        if kind != "word":
            continue
        keyword = text.upper()
        following = tokens[index + 1 : index + 4]
        if keyword == "BASE" and following and following[0][0] == "iri":
            base = following[0][1][1:-1]
        elif keyword == "PREFIX" and len(following) >= 2 and following[1][0] == "iri":
            prefixes[following[0][1].rstrip(":")] = urljoin(base, following[1][1][1:-1])
        elif keyword == "SERVICE":
            if following and following[0][0] == "word" and following[0][1].upper() == "SILENT":
                following = following[1:]
            if not following:
                continue
            target_kind, target = following[0]
            if target_kind == "iri":
                endpoints.append(urljoin(base, target[1:-1]))
            elif target_kind == "pname":
                prefix, _, local = target.partition(":")
                endpoints.append(prefixes.get(prefix, f"{prefix}:") + local)
            else:
                endpoints.append(None)
    return endpoints


def declares_dataset(sparql: str) -> bool:
    """Whether the query names its own dataset (FROM / FROM NAMED), which then replaces the
    service's default of "the union of all graphs" (SPARQL 1.1 Query 13.2).

    >>> declares_dataset("SELECT * FROM <http://g/1> { ?s ?p ?o }")
    True
    >>> declares_dataset("SELECT * { ?s <http://p/from> 'FROM' }")
    False
    """
    return _mentions("from", sparql) and any(
        kind == "word" and text.upper() == "FROM" for kind, text in _tokens(sparql)
    )


def check_query(sparql: str, allowlist: Collection[str]) -> None:
    """Refuse a query that calls a SERVICE endpoint that is not allow-listed.

    Raises:
        OperationRefused: with the endpoint and the setting that would allow it.
    """
    for endpoint in service_endpoints(sparql):
        if endpoint is None:
            raise OperationRefused(
                "SERVICE with a variable endpoint is not allowed; name the endpoint IRI"
            )
        if endpoint not in allowlist:
            allowed = ", ".join(sorted(allowlist)) or "none"
            raise OperationRefused(
                f"SERVICE <{endpoint}> is not allowed on this service (allowed endpoints: "
                f"{allowed}); an administrator can add it to DKG_SERVICE_ALLOWLIST"
            )


def check_update(sparql: str, allowlist: Collection[str]) -> None:
    """Refuse LOAD (the service never fetches data from the web) and unlisted SERVICE calls.

    Raises:
        OperationRefused: saying what to do instead.
    """
    if _mentions("load", sparql) and any(
        kind == "word" and text.upper() == "LOAD" for kind, text in _tokens(sparql)
    ):
        raise OperationRefused(
            "LOAD is refused: the service does not fetch data from the web; send the data "
            "with the Graph Store Protocol (PUT /store?graph=...) or POST /api/documents"
        )
    check_query(sparql, allowlist)
