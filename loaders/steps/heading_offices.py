"""The office a release's heading writes on the line under its author's name:

    Senator the Hon Jane Roe
    Minister for Foreign Affairs

Government media releases put the author's name with its styles on one line and the office
on the next. Titles are read before a name on the same line ("Senator" in "Senator the Hon
Jane Roe"), so without this reading the office, the post the release is written in, is lost.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from dkg.loaders.document import Document, Post
from dkg.loaders.steps.person_clusters import Candidate

_HEADING_LINES = 6
"""Lines at the top of the text a heading may hold: the kind of release, author, post, date."""
_OFFICE_LENGTH = 80
"""A longer line is a paragraph of the story, not an office."""
_WORD = r"(?:[A-Z][\w.'\u2019-]*|the|for|of|and|&)"
_OFFICE_LINE = re.compile(rf"{_WORD}(?:,?[^\S\n]+{_WORD})*")
"""A line of capitalised words only, but for the small words of a portfolio: "Minister for
Trade and Tourism", "Minister of Foreign Affairs"."""


def heading_offices(
    document: Document,
    candidates: list[Candidate],
    is_office: Callable[[str], bool],
    post: Callable[[str, str | None], Post],
) -> Iterator[Candidate]:
    """A further reading of each name on a heading line whose next line is an office alone
    (``is_office``): the name with that office as its post."""
    lines = _top_lines(document.text)
    for (start, end), (office_start, office_end) in itertools.pairwise(lines):
        office = document.text[office_start:office_end].strip()
        if len(office) > _OFFICE_LENGTH or not _OFFICE_LINE.fullmatch(office):
            continue
        if not is_office(office):
            continue  # "Visit to Fiji", "Prime Minister Visits Fiji": a headline, no office
        if any(office_start <= c.name_span.start < office_end for c in candidates):
            continue  # "Prime Minister Josaia Vula": a name with its own title
        for candidate in candidates:
            if start <= candidate.name_span.start < end:
                yield Candidate(candidate.name_span, candidate.name, post(office, None))


def _top_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the first non-empty lines of the text, blank lines between them left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(spans) < _HEADING_LINES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            spans.append((start, end))
        start = end + 1
    return spans
