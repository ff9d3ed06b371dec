"""The body an acronym in brackets stands for: the one the story spells out right before it.

The gazetteer gives an acronym one body ("IDB": the Islamic Development Bank), while another
body may go by the same letters (the Inter-American Development Bank). Where the story writes
"the Inter-American Development Bank (IDB)", it tells which one it means.
"""

from __future__ import annotations

import re

from dkg.loaders.document import OrganizationMention, TextSpan

_BRACKET_BEFORE = re.compile(r"\s*\(\s*$")


def spelt_out(
    text: str, span: TextSpan, found: list[OrganizationMention]
) -> OrganizationMention | None:
    """The body spelt out right before an acronym in brackets ("Inter-American Development
    Bank (IDB)"), when the acronym is one: all capitals, closed by its bracket."""
    written = text[span.start : span.end]
    if not (written.isupper() and text[span.end : span.end + 1] == ")"):
        return None
    return next(
        (
            o
            for o in found
            if o.span.end <= span.start
            and o.name != written
            and _BRACKET_BEFORE.fullmatch(text, o.span.end, span.start) is not None
        ),
        None,
    )
