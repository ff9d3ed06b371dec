"""Honorifics that refer back to a sovereign: "His Majesty", "Her Royal Highness", "His
Holiness".

Royal news names a monarch once ("King X of Y arrived in Z") and then writes only the style:
"Later, His Majesty held talks with Chancellor A". Without a mention there, the talks have one
named side and are lost. The style alone means the royal the story named last before it, else
the one royal the story names; with several royals named before and none a fit for the style,
a reader cannot tell, and a wrong person is worse than none.

Some languages' titles of office are also forms of address, and their press writes the title
alone for the holder, with no article: Bhutan's "Lyonchhoen" (the Prime Minister) and "Lyonpo"
(a minister), as in "Lyonchhoen, accompanied by ..., arrived in New Delhi". These are the
titles the vocabulary lists both as forms of address and as another spelling of a post
(``AddressedTitles``).
"""

from __future__ import annotations

from collections.abc import Mapping

from dkg.loaders.document import Document, Person, PersonMention, TextSpan
from dkg.loaders.gazetteer import fold
from dkg.loaders.gazetteer.titles import Titles
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.role_holders import holds_role
from dkg.loaders.trie import trie_pattern

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


class AddressedTitles:
    """Titles of office that are forms of address, written alone for their holder."""

    def __init__(self, titles: Titles) -> None:
        written = sorted(h for h in titles.honorifics if fold(h) in titles.synonyms)
        self._posts: Mapping[str, str] = {fold(h): fold(titles.synonyms[fold(h)]) for h in written}
        # Alone: no article before it (then it is a role, read as one) and no name after it.
        self._alone = (
            Prefiltered(
                rf"(?<![\w'\u2019-])(?<!the )(?P<title>{trie_pattern(written)})"
                r"(?![\w'\u2019-])(?!\s+[A-Z])",
            )
            if written
            else None
        )

    def mentions(self, document: Document, taken: list[PersonMention]) -> list[PersonMention]:
        """A mention for each such title written alone ("Lyonchhoen arrived"), of the holder
        of its post named last before it, else of the only holder the story names."""
        if self._alone is None or not self._alone.may_match(document.text):
            return []
        found: list[PersonMention] = []
        spans = [m.span for m in taken]
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            base = sentence.span.start
            for match in self._alone.finditer(sentence.text):
                span = TextSpan(base + match.start(), base + match.end())
                if any(span.contains(t) or t.contains(span) for t in spans):
                    continue
                post = self._posts[fold(match["title"])]
                person = _holder(document.people, taken, post, span)
                if person is not None:
                    found.append(PersonMention(span, person, "role"))
        return found


def _holder(
    people: tuple[Person, ...], taken: list[PersonMention], post: str, at: TextSpan
) -> str | None:
    """The holder of ``post`` named last before ``at``, else the only one the story names."""
    holders = {p.key for p in people if any(holds_role(q.title, post) for q in p.posts)}
    before = [m.person for m in taken if m.person in holders and m.span.end <= at.start]
    if before:
        return before[-1]
    return next(iter(holders)) if len(holders) == 1 else None
