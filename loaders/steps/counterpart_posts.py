"""Counterpart posts: "his Turkish counterpart" holds the post of the one whose counterpart he is.

"Minister of Foreign Affairs A held talks with his Turkish counterpart" means Türkiye's foreign
minister, not its president, though the president may be the only Turk the text has given a
country: news often names the host's minister bare earlier ("the delegation included Foreign
Minister C"), leaving the country to the reader. The counterpart is then the one named before
who holds the subject's post and is of that country or of none yet.
"""

from __future__ import annotations

from dkg.loaders.document import Person, PersonMention, Sentence, TextSpan
from dkg.loaders.gazetteer import fold


def same_post_counterpart(
    iso2: str,
    span: TextSpan,
    people: list[Person],
    named: list[PersonMention],
    sentences: tuple[Sentence, ...],
) -> str | None:
    """The person a "counterpart" of ``iso2`` at ``span`` means when someone holds the post of
    the sentence's subject (the person named last before the role in its sentence): the one of
    them named last before the role; None when none holds it, or the subject holds no post.

    >>> from dkg.loaders.document import Post
    >>> a = Person("a", "Ana Ruiz", (Post("Minister of Foreign Affairs", "PE"),), (), "PE")
    >>> b = Person("b", "Luis Mora", (Post("President", "CL"),), (), "CL")
    >>> c = Person("c", "Ines Vidal", (Post("Minister of Foreign Affairs", None),), ())
    >>> text = "C met us. B spoke. A met his Chilean counterpart."
    >>> named = [PersonMention(TextSpan(0, 1), "c", "name"),
    ...          PersonMention(TextSpan(10, 11), "b", "name"),
    ...          PersonMention(TextSpan(19, 20), "a", "name")]
    >>> sentence = Sentence(TextSpan(19, 50), text[19:50], 0)
    >>> same_post_counterpart("CL", TextSpan(31, 49), [a, b, c], named, (sentence,))
    'c'
    """
    subject = _subject(span, named, sentences)
    if subject is None:
        return None
    by_key = {p.key: p for p in people}
    posts = {fold(p.title) for p in by_key[subject].posts} if subject in by_key else set()
    if not posts or by_key[subject].country == iso2:
        return None
    holders = {
        p.key
        for p in people
        if p.key != subject
        and p.country in (iso2, None)
        and any(fold(q.title) in posts and q.country in (iso2, None) for q in p.posts)
    }
    earlier = [m for m in named if m.person in holders and m.span.start < span.start]
    return max(earlier, key=lambda m: m.span.start).person if earlier else None


def other_side_counterpart(
    span: TextSpan,
    people: list[Person],
    named: list[PersonMention],
    sentences: tuple[Sentence, ...],
) -> str | None:
    """The person a bare "his counterpart" at ``span`` means ("At the talks, A and his
    counterpart discussed ..."): the one named last before it who holds the post of the
    sentence's subject and is of another known country than the subject's, the other side of
    talks between two countries; None when the subject's country or post is unknown, or no
    one of another country holds that post.

    >>> from dkg.loaders.document import Post
    >>> a = Person("a", "Ana Ruiz", (Post("Minister of Foreign Affairs", "PE"),), (), "PE")
    >>> b = Person("b", "Luis Mora", (Post("Minister of Foreign Affairs", "CL"),), (), "CL")
    >>> c = Person("c", "Ines Vidal", (Post("Minister of Foreign Affairs", "PE"),), (), "PE")
    >>> text = "B came. C spoke. A met his counterpart."
    >>> named = [PersonMention(TextSpan(0, 1), "b", "name"),
    ...          PersonMention(TextSpan(8, 9), "c", "name"),
    ...          PersonMention(TextSpan(17, 18), "a", "name")]
    >>> sentence = Sentence(TextSpan(17, 39), text[17:39], 0)
    >>> other_side_counterpart(TextSpan(23, 38), [a, b, c], named, (sentence,))
    'b'
    """
    subject = _subject(span, named, sentences)
    if subject is None:
        return None
    by_key = {p.key: p for p in people}
    own = by_key.get(subject)
    if own is None or own.country is None or not own.posts:
        return None
    posts = {fold(p.title) for p in own.posts}
    holders = {
        p.key
        for p in people
        if p.country is not None
        and p.country != own.country
        and any(fold(q.title) in posts for q in p.posts)
    }
    earlier = [m for m in named if m.person in holders and m.span.start < span.start]
    return max(earlier, key=lambda m: m.span.start).person if earlier else None


def _subject(
    span: TextSpan, named: list[PersonMention], sentences: tuple[Sentence, ...]
) -> str | None:
    """The subject of the sentence that holds ``span``: the person named last before it in that
    sentence, whose counterpart the role means; None when no one is named there before it."""
    sentence = next((s for s in sentences if s.span.start <= span.start < s.span.end), None)
    if sentence is None:
        return None
    before = [m for m in named if sentence.span.start <= m.span.start and m.span.end <= span.start]
    return max(before, key=lambda m: m.span.start).person if before else None
