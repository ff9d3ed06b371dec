"""Who can hold a role a text refers back to: the tests resolve.py applies before it names a
person for "the President", "the French president" or "the Foreign Minister".

A wrong person is worse than none: it becomes a false visit or meeting. These tests rule out
the readings a careful reader never makes: the Vice President as "the President", the writer
as "the Foreign Minister" in "The Foreign Minister and I", and a person of unknown country
taken as "the French president" when that person was last named paragraphs ago or is named
again, as someone else, in the same clause. They also find the leader a story names bare
("Vladimir Putin held talks ... The President of Russia arrived"), when only one fits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from dkg.loaders.document import Person, PersonMention, Sentence, TextSpan
from dkg.loaders.gazetteer import fold
from dkg.loaders.steps.leader_posts import LEADER_TITLES, MONARCH_TITLES

_OTHER_OFFICE = frozenset(
    {"vice", "deputy", "assistant", "associate", "former", "late", "then", "shadow", "honorary"}
)
"""Rank words that make a post another office than the bare role: a Vice President is not
"the President", a former prime minister not "the Prime Minister" (an acting or interim one
is, so those words are not here)."""


def holds_role(title: str, role: str) -> bool:
    """Whether a post titled ``title`` is the ``role`` a reference names ("President of
    Ghana" holds "president"; "Vice President" and "Former President" do not)."""
    if role == "monarch":  # "the monarch": a king, an emir, a sultan ...
        return any(holds_role(title, crown) for crown in MONARCH_TITLES)
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


_LEADING_ROLES = LEADER_TITLES | {"premier", "leader"}
"""Roles a story gives the head of a state or government it names bare ("Vladimir Putin held
talks ... The President of Russia arrived"): news names leaders without their title, and
rarely anyone else near such a role. A role is the text's word, so "premier" is one, though
its holder's post reads "Prime Minister"; "leader" may mean either head."""

_HEADS = _LEADING_ROLES - {"leader", "head of state", "head of government"}
"""The posts a "leader" or "head of state" reference can mean."""


def _unheld(role: str, country: str, people: Sequence[Person]) -> bool:
    """Whether a leader's role of ``country`` has no one with the post, of that country or of
    none, to mean: the text then named its holder bare, if at all."""
    if role not in _LEADING_ROLES:
        return False
    posts = _HEADS if role not in _HEADS else {role}
    return not any(
        holds_role(post.title, held)
        for person in people
        if person.country in (None, country)
        for post in person.posts
        for held in posts
    )


def untitled_holder(
    role: str,
    iso2: str,
    people: Sequence[Person],
    named: Sequence[PersonMention],
    role_span: TextSpan,
    window: TextSpan,
    text: str,
    rivals: Sequence[tuple[str, str]],
) -> str | None:
    """The one person named without any post, and of that country or none, in the paragraphs
    before a leader's role of a country, when no one holds the post: that person's role.
    Two such people (the visitor and the host both named bare), or a role of another country
    whose holder the text does not name with a post ("the Vietnamese leader ... the French
    president" when only Macron is named), leave the role unresolved: either could be the
    one whose name the text gave."""
    if role not in _LEADING_ROLES:
        return None
    if any(country != iso2 and _unheld(fold(rival), country, people) for rival, country in rivals):
        return None
    bare = {p.key for p in people if not p.posts and p.country in (None, iso2)}
    near = {
        m.person
        for m in named
        if m.person in bare and window.start <= m.span.start < role_span.start
    }
    if len(near) != 1:
        return None
    person = near.pop()
    return None if named_again_later(text, person, named, role_span) else person
