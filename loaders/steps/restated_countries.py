"""A country's name restated in brackets after it: "the Republic of China (Taiwan)",
"Bosnia and Herzegovina (BiH)".

News gives a country's official or long name and then, in brackets, the short one readers know
(or the other way round). The bracket belongs to the country's name: a title's "of Country"
phrase ends after it, so that the holder's name set off by a comma still follows the country
("the Minister of Foreign Affairs of the Republic of China (Taiwan), Lin Chia-lung").
"""

from __future__ import annotations

import re

from dkg.loaders.document import CountryMention, Document

_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)")
"""A bracket right after a country's name, and what it holds."""


def restated_end(document: Document, country: CountryMention) -> int:
    """Where a country's name ends, past a bracket that names the same country again
    ("(Taiwan)") or holds its short form ("(BiH)"); its own end when no such bracket follows."""
    bracket = _BRACKET.match(document.text, country.span.end)
    if bracket is None:
        return country.span.end
    inside = bracket.span(1)
    if any(
        other.iso2 == country.iso2 and (other.span.start, other.span.end) == inside
        for other in document.countries
    ):
        return bracket.end()
    return country.span.end
