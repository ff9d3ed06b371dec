"""Who can hold a role a text refers back to: the tests resolve.py applies before it names a
person for "the President", "the French president" or "the Foreign Minister".

A wrong person is worse than none: it becomes a false visit or meeting. These tests rule out
the readings a careful reader never makes: the Vice President as "the President", the writer
as "the Foreign Minister" in "The Foreign Minister and I", and a person of unknown country
taken as "the French president" when that person was last named paragraphs ago or is named
again, as someone else, in the same sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from dkg.loaders.document import PersonMention, Sentence, TextSpan
from dkg.loaders.gazetteer import fold

_OTHER_OFFICE = frozenset(
    {"vice", "deputy", "assistant", "associate", "former", "late", "then", "shadow", "honorary"}
)
"""Rank words that make a post another office than the bare role: a Vice President is not
"the President", a former prime minister not "the Prime Minister" (an acting or interim one
is, so those words are not here)."""


def holds_role(title: str, role: str) -> bool:
    """Whether a post titled ``title`` is the ``role`` a reference names ("President of
    Ghana" holds "president"; "Vice President" and "Former President" do not)."""
    words = fold(title).split()
    if fold(title) == role:
        return True
    return any(
        word == role and (i == 0 or words[i - 1] not in _OTHER_OFFICE)
        for i, word in enumerate(words)
    )


_BESIDE_THE_WRITER_AFTER = re.compile(r"\s+and\s+I\b")
_BESIDE_THE_WRITER_BEFORE = re.compile(r"\b(?:I|[Mm]e)\s+and\s+$")


def beside_the_writer(text: str, role: TextSpan) -> bool:
    """Whether the role is joined to the writer's "I" ("The Foreign Minister and I met",
    "I and the Prime Minister"): it then means someone other than the writer."""
    return (
        _BESIDE_THE_WRITER_AFTER.match(text, role.end) is not None
        or _BESIDE_THE_WRITER_BEFORE.search(text, max(0, role.start - 12), role.start) is not None
    )


_RECENT_PARAGRAPHS = 2
"""How many paragraphs on either side of a role a reader looks for the person it means."""


def role_window(sentences: Sequence[Sentence], role: TextSpan) -> TextSpan:
    """The paragraphs around the role (two before, two after): where a reader looks for the
    person of unknown country a demonym role means; one named further away is stale."""
    if not sentences:
        return TextSpan(0, role.end)
    starts = [s.span.start for s in sentences]
    index = max(0, bisect_right(starts, role.start) - 1)
    paragraph = sentences[index].paragraph
    near = [s.span for s in sentences if abs(s.paragraph - paragraph) <= _RECENT_PARAGRAPHS]
    return TextSpan(min(s.start for s in near), max(s.end for s in near))


_CLAUSE_BREAK = re.compile(r"[.:;!?\"\u201c\u201d\n]")


def named_again_later(
    text: str, person: str, named: Sequence[PersonMention], role: TextSpan
) -> bool:
    """Whether ``person`` is named after the role in the role's clause ("where the French
    President was welcomed by President Lula"): the role is then someone else."""
    return any(
        m.person == person
        and m.span.start >= role.end
        and _CLAUSE_BREAK.search(text, role.end, m.span.start) is None
        for m in named
    )
