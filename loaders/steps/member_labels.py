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

_MEMBER = re.compile(
    r"\A(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Senator|Senator the Hon|Hon|Rt Hon)\.?\s+)+"
    r"(?P<name>[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){0,3})(?![\w])"
    r"(?P<notes>(?:\s*\([^()\n]{1,80}\))*)\s*:"
)
"""A courtesy title, a name in capitals, and the bracketed notes before the label's colon."""
_POST = re.compile(r"[-\u2013\u2014]\s*(?P<post>[A-Z][^()\n]*?)\s*\)")
"""The post after the seat and a dash: "(Grayndler - Prime Minister)"."""


def member_labels(text: str, base: int) -> Iterator[tuple[TextSpan, str, str | None]]:
    """The member a sentence that is a record's speaker label names: their name's span, the
    name as a reader writes it ("ALBANESE" is "Albanese") and the post in the label, if any."""
    match = _MEMBER.match(text)
    if match is None:
        return
    post = _POST.search(match["notes"])
    name = " ".join(word.capitalize() for word in match["name"].split())
    yield (
        TextSpan(base + match.start("name"), base + match.end("name")),
        name,
        (post["post"] if post else None),
    )
