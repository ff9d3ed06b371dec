"""Headlines written in title case, whose names are checked like those of headings in capitals.

Agencies and ministries capitalise every long word of a headline ("Crown Prince Receives Emir of
Kuwait", "Kenya, Iran Sign Five MoUs as President Raisi Pays State Visit"). The people recognizer
tells names by their capital initial, so a verb or a noun after a title runs into the name it
reads ("Receives Emir", "Raisi Pays State Visit"), and that made-up person then takes the place
of the real visitor. Such a headline is the same trap as a heading set in capitals, and the same
check applies: a name read from it is kept when the text writes it again below.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Sentence
from dkg.loaders.steps.list_markers import BULLET
from dkg.loaders.steps.read import SENTENCE_END
from dkg.loaders.steps.release_authors import is_post_word

_HEADLINE_PARAGRAPHS = 3
"""A headline comes before the story: after a masthead or a ministry's name at most."""
_LONG_WORD = re.compile(r"(?<![\w'\u2019-])[^\W\d_][\w'\u2019-]{3,}")
"""A word of four letters or more: title case capitalises every one of them, and running text
does not (a headline's "of", "at", "as" stay in lower case)."""
_MIN_LONG_WORDS = 4
"""Fewer long words make a label or a name line ("Ministry of External Affairs"), not a
headline with a verb."""
_LIST_ITEM = re.compile(rf"{BULLET}\s")
"""A list item's marker: the key points under a headline are items, not headlines, however
many of their words are names ("- He met President X at Y Palace and Prime Minister Z")."""


def is_title_case_headline(sentence: Sentence) -> bool:
    """True for a line at the top, not ended like a sentence, whose long words all start with a
    capital letter."""
    if sentence.paragraph >= _HEADLINE_PARAGRAPHS or sentence.dateline:
        return False
    if SENTENCE_END.search(sentence.text) or _LIST_ITEM.match(sentence.text):
        return False
    if sentence.text.endswith(":"):
        return False  # a speaker's label ("Foreign Minister Alberto van Klaveren:") opens a turn
    if _names_a_post(sentence.text):
        return False
    words = _LONG_WORD.findall(sentence.text)
    return len(words) >= _MIN_LONG_WORDS and all(w[0].isupper() for w in words)


def _names_a_post(line: str) -> bool:
    """Whether the line ends, after a comma, in nothing but the words of a post: a release's
    author line "Senator the Hon Penny Wong, Minister for Foreign Affairs" names its writer
    and says nothing else, unlike a headline ("Minister Receives Envoy, Signs Accord")."""
    head, comma, post = line.rpartition(",")
    words = post.split()
    return bool(comma and head.strip() and words) and all(is_post_word(w) for w in words)
