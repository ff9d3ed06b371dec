"""Dotted initials that open a person's name, not an acronym or a legal form.

"E.P." is the European Parliament's acronym and a Portuguese firm's legal form, "S.A." a
Spanish one; written before a given name and a family name ("the Minister of Trade and Tobago
Affairs, E.P. Dalton Pierre, is ...") they are the person's initials. A long post ends in a
comma before its holder, so the initials also follow a capitalised portfolio as a legal form
follows a firm's name.
"""

from __future__ import annotations

import functools
import re

from dkg.loaders.gazetteer import fold, load_gazetteer

_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){2,3}$")
_NAME_AFTER = re.compile(
    r"\s+(?P<first>[A-Z][\w'\u2019-]+)(?:\s+[A-Z][\w'\u2019-]+){1,3}"
    r"(?=\s*,|\s+[a-z]|\s*[.;:)]?\s*$)"
)
"""A given name and a family name, then a comma, a word in lower case or the sentence's end.
Two words at least, so "Acme, S.A. said" keeps its legal form; the comma or lower case after
them, so a sentence that goes on with more capitalised words is not read as a name."""


@functools.cache
def _post_words() -> frozenset[str]:
    """The first words of posts in states and firms ("president", "chief"): after an acronym
    they open its holder's post ("the E.P. President Anna Holt"), not a name."""
    titles = load_gazetteer().titles
    return frozenset(
        fold(title).split()[0] for title in (*titles.head_titles, *titles.company_posts)
    )


def open_a_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is dotted initials ("E.P.", "J. R.") followed by a
    person's given and family name.

    >>> text = "the Minister of Trade, E.P. Dalton Pierre, is in Accra"
    >>> open_a_name(text, 23, 27), open_a_name("a deal with Ibercaja, S.A. on Monday", 22, 26)
    (True, False)
    >>> open_a_name("the E.P. President Anna Holt said", 4, 8)
    False
    """
    if _INITIALS.search(text, start, end) is None:
        return False
    name = _NAME_AFTER.match(text, end)
    return name is not None and fold(name["first"]) not in _post_words()
