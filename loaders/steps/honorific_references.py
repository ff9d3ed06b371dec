"""Honorifics that refer back to a sovereign: "His Majesty", "Her Royal Highness", "His
Holiness".

Royal news names a monarch once ("King X of Y arrived in Z") and then writes only the style:
"Later, His Majesty held talks with Chancellor A". Without a mention there, the talks have one
named side and are lost. The style alone means the royal the story named last before it, else
the one royal the story names; with several royals named before and none a fit for the style,
a reader cannot tell, and a wrong person is worse than none.
"""

from __future__ import annotations

from dkg.loaders.document import Document, Person, PersonMention, TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.role_holders import holds_role

_STYLE = Prefiltered(
    r"\b(?:His|Her)\s+(?:Royal\s+|Imperial\s+)?(?P<style>Majesty|Highness|Holiness)\b"
    # "His Majesty King X" or "His Majesty the King": a name or a role follows, read elsewhere.
    r"(?!\s+(?:the\s+)?[A-Z])(?!['\u2019]s\s+(?:Government|Ambassador|Embassy))"
)
"""A sovereign's style standing alone: "His Majesty held talks", not "His Majesty King X",
"His Majesty the Sultan" nor "Her Majesty's Government" (the state, not the person)."""
_STYLED = {
    "majesty": frozenset({"king", "queen", "emperor", "empress", "sultan"}),
    "highness": frozenset({"emir", "amir", "sultan", "prince", "princess", "duke", "duchess"}),
    "holiness": frozenset({"pope", "patriarch", "catholicos"}),
}
"""The posts whose holders each style addresses: a king is "His Majesty", an emir, a crown
prince or a grand duke "His Highness" (``holds_role`` reads "prince" in "Crown Prince"), a
pope or a patriarch "His Holiness"."""


def honorific_mentions(document: Document, taken: list[PersonMention]) -> list[PersonMention]:
    """A mention for each sovereign's style no name covers, of the royal it means."""
    found: list[PersonMention] = []
    spans = [m.span for m in taken]
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        for match in _STYLE.finditer(sentence.text):
            span = TextSpan(sentence.span.start + match.start(), sentence.span.start + match.end())
            if any(span.contains(t) or t.contains(span) for t in spans):
                continue
            person = _styled_royal(document.people, taken, match["style"].casefold(), span)
            if person is not None:
                found.append(PersonMention(span, person, "role"))
    return found


def _styled_royal(
    people: tuple[Person, ...], taken: list[PersonMention], style: str, at: TextSpan
) -> str | None:
    """The royal a style at ``at`` means: the one of its rank named last before it, else the
    only one of its rank in the story."""
    royals = {
        p.key
        for p in people
        if any(holds_role(post.title, rank) for post in p.posts for rank in _STYLED[style])
    }
    before = [m.person for m in taken if m.person in royals and m.span.end <= at.start]
    if before:
        return before[-1]
    return next(iter(royals)) if len(royals) == 1 else None
