"""People who head a party or a force, named in apposition after the post in lower case.

News names the leaders of political parties and of armed forces by the body they lead: "the
Honorary Chairman of the Georgian Dream party, X", "the leader of the opposition Labour Party,
X", "the commander of the so-called Libyan National Army, X". The body's name is not one the
vocabulary of posts holds, and "party" or "army" written in lower case closes no name of a
body the organisation reader knows, so no title rule reached the name after the comma. The post
is the head's word with the body it heads ("Chairman of the Georgian Dream party"); the country
is left to the story (a party or a force names none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.document import TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_names import NAME, trim_name

_HEAD = (
    r"(?:[Hh]onorary\s+|[Dd]eputy\s+|[Vv]ice[\s-]|[Ff]irst\s+|[Aa]cting\s+|[Ii]nterim\s+)?"
    r"(?:[Cc]hair(?:man|woman|person)?|[Ll]eader|[Pp]resident|[Ss]ecretary[\s-][Gg]eneral|"
    r"[Gg]eneral\s+[Ss]ecretary|[Ff]ounder|[Hh]ead|[Cc]ommander(?:-in-[Cc]hief)?|[Cc]hief)"
)
"""The heads of a party or a force, with the rank before them ("Honorary Chairman")."""
_BODY = r"(?:[Pp]arty|Movement|Alliance|Coalition|Front|Army|Forces|Force|Navy|Guard|Corps)"
"""The nouns that end the name of a party or an armed force, in either case for "party"."""
_BODY_POST = Prefiltered(
    rf"\b(?P<post>{_HEAD})\s+of\s+the\s+"
    r"(?:(?:so-called|self-styled|ruling|opposition|governing)\s+)?"
    rf"(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){{0,5}}"
    rf"\s+{_BODY})(?:\s+\([A-Z]{{2,8}}\))?,\s+(?P<name>{NAME.pattern})"
)
"""The head's post, the body's proper name and the noun that ends it, and the name after the
comma: "the chairman of the Georgian Dream party, X"."""

_QUALIFIED = re.compile(r"(?<!\w)(?!The\s)[A-Z][\w-]*\s+\Z")
"""A capitalised word right before the head's post, which makes the title a longer one the
title reader knows ("Supreme Commander"), unless it opens the sentence ("The")."""


def body_post_holders(
    text: str, base: int, blocked: frozenset[int], address: re.Pattern[str]
) -> Iterator[tuple[TextSpan, str, str, str]]:
    """The names in ``text`` (a sentence at offset ``base``) written after the post of the
    head of a party or a force, each with its span, the name, the post and the body's first
    word (a demonym in "the Libyan National Army" tells the body's country); a full name
    only, as an apposition gives ("the leader of the Green Party, Lind" is too little).

    >>> text = "He met the chairman of the Unity party, Ana Lind, in Tallinn."
    >>> found = body_post_holders(text, 0, frozenset(), re.compile("Dr "))
    >>> [(name, post) for _, name, post, _ in found]
    [('Ana Lind', 'chairman of the Unity party')]
    """
    for match in _BODY_POST.finditer(text):
        if _QUALIFIED.search(text, max(0, match.start() - 30), match.start()):
            continue  # "the Supreme Commander of the Armed Forces": a longer title, listed
        start = match.start("name")
        if (addressed := address.match(text, start)) is not None:
            start = addressed.end()  # "..., General X": the name after its form of address
        found = trim_name(text[start : match.end("name")], base + start, blocked)
        if found is None or len(found[1].split()) < 2:
            continue
        body = match["body"]
        yield found[0], found[1], f"{match['post']} of the {body}", body.split()[0]
