"""Give money written with a sign or a bare name several countries share the currency of the
one such country the text is about.

"Sh110 billion" is Kenyan shillings in a story about Kenya and Tanzanian ones in a story about
Tanzania; "3.5 billion dirhams" in a Moroccan story is Moroccan dirhams, not the UAE's. The sign
or the name alone cannot tell, so the countries decide, nearest first: those the sentence names,
then the two the document is about, then every country the document names. Where a level names
two of the candidates ("Kenya's trade with Uganda reached Sh90 billion"), the story's own
country (where its dateline sets it) chooses, as a paper writes its own currency with the bare
sign ("Rs 6.8 billion" in a Port Louis story about India is Mauritian rupees); without it the
search stops. Then a shared sign keeps no currency and states no figure (a figure's unit is
an ISO 4217 code, ontology/MODEL.md: a guessed currency is worse than none), while a bare name
keeps its usual reading, which is right in most news. A name that says whose it is ("UAE
dirhams", "Pakistani rupees") is not shared. Amounts are never converted.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Final

from dkg.loaders.steps.amounts import Amount
from dkg.loaders.steps.currencies import BARE_NAMES, SHARED_NAMES, SHARED_SIGNS

_USERS: Final = {
    **{code: users for issuers in SHARED_SIGNS.values() for code, users in issuers.items()},
    **{code: users for _, issuers in BARE_NAMES for code, users in issuers.items()},
}
"""The countries (ISO 3166-1 alpha-2) that use each currency a shared sign or a bare name with
no usual reading may stand for ("XOF": the eight of West Africa's CFA franc)."""
_NAMES: Final = tuple(
    (re.compile(name, re.I), {code: (iso2,) for code, iso2 in issuers.items()})
    for name, issuers in SHARED_NAMES
)
"""Each shared name with a usual reading, its currencies mapped to their users as in ``_USERS``."""
_LAST_WORDS: Final = re.compile(r"(?P<before>\S+)\s+(?P<name>\S+)$")


def settle_shared_currencies(
    amounts: Sequence[Amount],
    text: str,
    countries: Sequence[Collection[str]],
    home: str | None = None,
) -> list[Amount]:
    """The amounts of the sentence ``text`` with shared signs and bare shared names read as the
    currency of the one country they can be.

    ``countries`` are ISO 3166-1 alpha-2 codes, nearest first: the sentence's, the document's
    pair, the whole document's. ``home`` is the country the story is set in, if known: of two
    candidates one level names, it chooses its own.

    >>> from dkg.loaders.steps.amounts import find_amounts
    >>> [a.currency for a in settle_shared_currencies(find_amounts("Sh5 billion"), "", [{"TZ"}])]
    ['TZS']
    """
    settled = [
        replace(amount, currency=_chosen(amount.candidates, _USERS, countries, home))
        if amount.candidates and amount.currency is None
        else amount
        for amount in amounts
    ]
    for amount in settled:
        issuers = _shared_name(text[amount.start : amount.end])
        if issuers is None:
            continue
        usual = next(iter(issuers))
        local = _chosen(issuers, issuers, countries)
        if local is None or local == usual:
            return settled
        # the bare numbers that took the name's currency ("from 3 billion to 3.4 billion dirhams")
        return [replace(a, currency=local) if a.currency == usual else a for a in settled]
    return settled


def _shared_name(surface: str) -> Mapping[str, tuple[str, ...]] | None:
    """The currencies (and their countries) of the bare shared name ``surface`` ends in, if any."""
    words = _LAST_WORDS.search(surface)
    if words is None or words["before"][:1].isupper():
        return None  # no name, or one that says whose it is ("UAE dirhams")
    return next((issuers for name, issuers in _NAMES if name.fullmatch(words["name"])), None)


def _chosen(
    candidates: Iterable[str],
    users: Mapping[str, Sequence[str]],
    countries: Sequence[Collection[str]],
    home: str | None = None,
) -> str | None:
    """The one candidate used by a country of the nearest level that names any of them; of two
    a level names, the one ``home`` uses."""
    candidates = tuple(candidates)
    for level in countries:
        named = [code for code in candidates if any(iso2 in level for iso2 in users[code])]
        if len(named) == 1:
            return named[0]
        if named:
            # two of them named together: only the story's own country can tell
            return next((code for code in named if home in users[code]), None)
    return None
