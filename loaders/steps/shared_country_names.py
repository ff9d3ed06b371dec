"""Country names two countries share ("Korea", "Korean"), read as the one the sentence names.

The gazetteer gives such a form the reading news usually means (South Korea), but a sentence
that names the other country plainly ("the Democratic People's Republic of Korea", "North
Korean") means that one by the shared form too: "General Secretary of the Workers' Party of
Korea and President of the DPRK" names North Korea twice, not South Korea once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from dkg.loaders.document import CountryMention
from dkg.loaders.gazetteer import AmbiguousForm, fold


def settle_shared_forms(
    text: str, mentions: list[CountryMention], shared: Mapping[str, AmbiguousForm]
) -> list[CountryMention]:
    """``mentions`` (one sentence's, in ``text``) with each shared form read as the only one of
    its countries that the sentence names by a form of its own; unchanged otherwise."""
    forms = [shared.get(fold(text[m.span.start : m.span.end])) for m in mentions]
    plain = {m.iso2 for m, form in zip(mentions, forms, strict=True) if form is None}
    settled = []
    for mention, form in zip(mentions, forms, strict=True):
        named = plain.intersection(form.candidates) if form is not None else set()
        if len(named) == 1 and mention.iso2 not in named:
            mention = replace(mention, iso2=named.pop())
        settled.append(mention)
    return settled
