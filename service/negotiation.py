"""Content negotiation: the Accept header (with q-values and wildcards) or a ``format=``
override, turned into a format name (pure functions, no framework).

RFC 9110 section 12.5.1: the most specific matching range gives a media type its quality; q=0
means "not acceptable"; between equal qualities the server's order of preference decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from dkg.service.errors import NotAcceptable


@dataclass(frozen=True, slots=True)
class MediaRange:
    """One entry of an Accept header."""

    type: str
    subtype: str
    quality: float

    def matches(self, media_type: str) -> int:
        """How specifically this range matches ``media_type``: 2 exact, 1 ``type/*``,
        0 ``*/*``, -1 not at all."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str | None) -> list[MediaRange]:
    """Parse an Accept header; a missing or empty one accepts anything.

    >>> [(r.subtype, r.quality) for r in parse_accept("text/csv;q=0.5, application/json")]
    [('csv', 0.5), ('json', 1.0)]
    """
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for item in header.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue  # a malformed range is ignored, as browsers and servers do
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(1.0, max(0.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append(MediaRange(kind, sub, quality))
    return ranges


def quality_of(media_type: str, ranges: Sequence[MediaRange]) -> float:
    """The quality the client gives ``media_type``: that of the most specific matching range."""
    best = -1
    quality = 0.0
    for media_range in ranges:
        score = media_range.matches(media_type)
        if score > best:
            best, quality = score, media_range.quality
    return quality if best >= 0 else 0.0


@dataclass(frozen=True, slots=True)
class FormatTable:
    """The formats one kind of answer is offered in, in the server's order of preference.

    ``offers`` maps a media type to a format name (several media types may share a name, such
    as ``application/json`` for SPARQL JSON); ``aliases`` maps ``format=`` values to names.
    """

    offers: Mapping[str, str]
    aliases: Mapping[str, str]

    def choose(self, accept: str | None, format_override: str | None = None) -> str | None:
        """The format name to answer in, or None when the client accepts none of them."""
        if format_override:
            # Clients such as SPARQLWrapper send names, media types or comma lists here.
            for token in format_override.split(","):
                key = token.strip().lower()
                name = self.aliases.get(key) or self.offers.get(key)
                if name:
                    return name
            return None
        ranges = parse_accept(accept)
        best: tuple[float, str] | None = None
        for media_type, name in self.offers.items():
            quality = quality_of(media_type, ranges)
            if quality > 0 and (best is None or quality > best[0]):
                best = (quality, name)
        return best[1] if best else None

    def require(self, accept: str | None, format_override: str | None = None) -> str:
        """Like :meth:`choose` but raises.

        Raises:
            NotAcceptable: listing what is offered.
        """
        name = self.choose(accept, format_override)
        if name is None:
            offered = ", ".join(self.offers)
            raise NotAcceptable(
                f"none of the requested formats can be produced; offered: {offered} "
                f"(or format= one of {', '.join(sorted(self.aliases))})"
            )
        return name


SOLUTIONS: Final = FormatTable(
    offers={
        "application/sparql-results+json": "json",
        "application/sparql-results+xml": "xml",
        "text/csv": "csv",
        "text/tab-separated-values": "tsv",
        "application/json": "json",
        "application/xml": "xml",
        "text/xml": "xml",
    },
    aliases={"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"},
)
"""SELECT and ASK results (names as in :data:`dkg.service.results.SOLUTION_MEDIA_TYPES`)."""

GRAPHS: Final = FormatTable(
    offers={
        "text/turtle": "turtle",
        "application/n-triples": "ntriples",
        "application/ld+json": "jsonld",
        "application/rdf+xml": "rdfxml",
        "application/x-turtle": "turtle",
        "text/plain": "ntriples",
        "application/json": "jsonld",
        "application/xml": "rdfxml",
        "text/xml": "rdfxml",
    },
    aliases={
        "turtle": "turtle",
        "ttl": "turtle",
        "n3": "turtle",
        "ntriples": "ntriples",
        "nt": "ntriples",
        "jsonld": "jsonld",
        "json-ld": "jsonld",
        "json": "jsonld",
        "rdfxml": "rdfxml",
        "rdf": "rdfxml",
        "rdf+xml": "rdfxml",
        "xml": "rdfxml",
    },
)
"""CONSTRUCT and DESCRIBE results, service descriptions, VoID."""

DATASETS: Final = FormatTable(
    offers={
        "application/n-quads": "nquads",
        "application/trig": "trig",
        "text/turtle": "turtle",
        "application/n-triples": "ntriples",
    },
    aliases={
        "nquads": "nquads",
        "nq": "nquads",
        "trig": "trig",
        "turtle": "turtle",
        "ttl": "turtle",
        "ntriples": "ntriples",
        "nt": "ntriples",
    },
)
"""Whole-store exports (graph formats carry the union of all graphs)."""
