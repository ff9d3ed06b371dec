"""Members named in a parliament's record: "Mr ALBANESE (Grayndler - Prime Minister) (14:21):".

Westminster records (Hansard) open each turn with the member's courtesy title, their name in
capitals and, in brackets, their seat and, for ministers, their post; later turns repeat the
name alone ("Mr ALBANESE:"). The turn is then the member's own words ("I met President Xi"), so
the label must name a person for the speaker's "I" to be resolved (speaker_turns.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.document import TextSpan

_WORD = r"(?:[A-Z][a-z]{1,2})?[A-Z][A-Z'\u2019-]+"
"""A word of a name in a record's capitals, with the small letters of a prefix ("McCORMACK")."""
_MEMBER = re.compile(
    r"\A(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Senator|Senator the Hon|Hon|Rt Hon)\.?\s+)+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})(?![\w])"
    r"(?P<notes>(?:\s*\([^()\n]{1,80}\))*)\s*:"
)
"""A courtesy title, a name in capitals, and the bracketed notes before the label's colon."""
_POST = re.compile(r"[-\u2013\u2014]\s*(?P<post>[A-Z][^()\n]*?)\s*\)")
"""The post after the seat and a dash: "(Grayndler - Prime Minister)"."""


_CAPITALS = re.compile(r"[A-Z]{2,}")
"""A run of capitals: the part of a record's name a reader writes in lower case after its first
letter."""


def _as_written(word: str) -> str:
    """A name in a record's capitals as a reader writes it: "O'BRIEN" is "O'Brien",
    "SMITH-JONES" "Smith-Jones", and a prefix the record keeps in small letters stays
    ("McCORMACK" is "McCormack", "MacDONALD" "MacDonald")."""
    return _CAPITALS.sub(lambda run: run[0][0] + run[0][1:].lower(), word)


def member_labels(text: str, base: int) -> Iterator[tuple[TextSpan, str, str | None]]:
    """The member a sentence that is a record's speaker label names: their name's span, the
    name as a reader writes it ("ALBANESE" is "Albanese") and the post in the label, if any."""
    match = _MEMBER.match(text)
    if match is None:
        return
    post = _POST.search(match["notes"])
    name = " ".join(_as_written(word) for word in match["name"].split())
    yield (
        TextSpan(base + match.start("name"), base + match.end("name")),
        name,
        (post["post"] if post else None),
    )
