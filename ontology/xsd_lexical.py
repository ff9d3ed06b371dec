"""Lexical forms of the XSD datatypes the shapes use: is a literal well formed, what number is it.

SHACL's sh:datatype rejects ill-typed literals ("2024-02-30"^^xsd:date), and range constraints
compare values as numbers. This follows XML Schema 1.1 Part 2 for the datatypes below; rdflib is
laxer (it accepts "2024-13"^^xsd:gYearMonth), so the fast validator is the stricter one.

Spec: https://www.w3.org/TR/xmlschema11-2/#built-in-datatypes
"""

from __future__ import annotations

import calendar
import re
from decimal import Decimal, InvalidOperation

from pyoxigraph import BlankNode, Literal, NamedNode

XSD = "http://www.w3.org/2001/XMLSchema#"
_TZ = r"(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])?"
_LEXICAL: dict[str, re.Pattern[str] | None] = {
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "decimal": re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"),
    XSD + "boolean": re.compile(r"true|false|1|0"),
    XSD + "date": re.compile(r"-?([0-9]{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _TZ),
    XSD + "gYear": re.compile(r"-?[0-9]{4,}" + _TZ),
    XSD + "gYearMonth": re.compile(r"-?[0-9]{4,}-(0[1-9]|1[0-2])" + _TZ),
    XSD + "gMonthDay": re.compile(r"--()(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _TZ),
    XSD + "string": None,
    XSD + "anyURI": None,
}
"""The lexical space of each datatype; None where every text is in it (no need to scan it)."""
NUMERIC_DATATYPES = frozenset({XSD + "integer", XSD + "decimal"})
"""The datatypes range constraints compare as numbers."""
_XSD_DATE = XSD + "date"
_XSD_GMONTHDAY = XSD + "gMonthDay"

LEXICAL_DATATYPES = frozenset(_LEXICAL)
"""The datatypes whose lexical forms this module can check."""
ANY_TEXT_DATATYPES = frozenset(datatype for datatype, form in _LEXICAL.items() if form is None)
"""The datatypes whose lexical space holds every text: a literal of one is always well formed."""


def well_formed(lexical: str, datatype: str) -> bool:
    """Whether ``lexical`` is in the lexical space of ``datatype`` (one of LEXICAL_DATATYPES).

    >>> well_formed("2024-02-29", XSD + "date"), well_formed("2023-02-29", XSD + "date")
    (True, False)
    """
    pattern = _LEXICAL[datatype]
    if pattern is None:
        return True
    match = pattern.fullmatch(lexical)
    if match is None:
        return False
    if datatype == _XSD_DATE:
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        return day <= calendar.monthrange(year if 0 < year < 10000 else 2000, month)[1]
    if datatype == _XSD_GMONTHDAY:
        return int(match.group(3)) <= calendar.monthrange(2000, int(match.group(2)))[1]
    return True


def numeric(term: NamedNode | BlankNode | Literal) -> Decimal | None:
    """The number a literal stands for, or None when SPARQL could not compare it with one."""
    if not isinstance(term, Literal) or term.datatype.value not in NUMERIC_DATATYPES:
        return None
    if not well_formed(term.value, term.datatype.value):
        return None
    try:
        return Decimal(term.value)
    except InvalidOperation:
        return None
