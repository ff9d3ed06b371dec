"""The structure of a canned query's SPARQL text: where its outermost WHERE group opens and
closes, read past comments, strings and IRIs.

The catalog checks a file's structure with it once; binding cuts each text it runs around its
WHERE group, to put the parameters' ``VALUES`` row (and a page's keys) at the head of the group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_LEXEMES: Final = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)


@dataclass(frozen=True)
class GroupText:
    """A SELECT query's text cut around its outermost WHERE group."""

    head: str
    """Everything up to and including the ``{`` that opens the group."""
    body: str
    """What the group holds."""
    tail: str
    """Everything from the ``}`` that closes the group."""


def strip_comments_and_literals(sparql: str) -> str:
    """Blank out comments, string literals and IRIs, keeping every offset in place.

    Braces and keywords inside strings or IRIs then cannot confuse the structural checks.

    >>> strip_comments_and_literals('SELECT * { ?s ?p "}" } # {')
    'SELECT * { ?s ?p     }    '
    """
    return _LEXEMES.sub(lambda m: " " * len(m.group(0)), sparql)


def find_where_brace(stripped: str) -> int | None:
    """Offset of the ``{`` opening the outermost WHERE group of a stripped SELECT query."""
    match = re.search(r"\bWHERE\s*\{", stripped, re.IGNORECASE)
    if match is not None:
        return match.end() - 1
    match = re.search(r"\bSELECT\b[^{]*\{", stripped, re.IGNORECASE)
    return None if match is None else match.end() - 1


def closing_brace(stripped: str, opening: int) -> int | None:
    """Offset of the ``}`` closing the group opened at ``opening`` of a stripped query (None
    when the braces do not balance)."""
    depth = 0
    for offset in range(opening, len(stripped)):
        if stripped[offset] == "{":
            depth += 1
        elif stripped[offset] == "}":
            depth -= 1
            if depth == 0:
                return offset
    return None


def cut_where_group(sparql: str) -> GroupText | None:
    """``sparql`` cut around its outermost WHERE group, or None when it has none.

    >>> cut_where_group('SELECT ?s WHERE { ?s ?p "}" } LIMIT 1')
    GroupText(head='SELECT ?s WHERE {', body=' ?s ?p "}" ', tail='} LIMIT 1')
    """
    stripped = strip_comments_and_literals(sparql)
    opening = find_where_brace(stripped)
    end = None if opening is None else closing_brace(stripped, opening)
    if opening is None or end is None:
        return None
    return GroupText(sparql[: opening + 1], sparql[opening + 1 : end], sparql[end:])


def subquery_texts(stripped: str) -> list[str]:
    """The text of every ``{ SELECT ... }`` group of a stripped query (nested ones too)."""
    found: list[str] = []
    for match in re.finditer(r"\{\s*SELECT\b", stripped, re.IGNORECASE):
        end = closing_brace(stripped, match.start())
        if end is not None:
            found.append(stripped[match.start() : end + 1])
    return found
