"""The text a reader sees in a Markdown file: emphasis, links and heading marks taken away.

Ministries and newsletters publish notes in Markdown, where a figure is often set in bold
("**US$ 105 million in 2023**"): the stars split the amount from the words that say what it
counts, and a link's address runs into the sentence. The words are kept as written; only the
marks go, so quotes read as the page does.

Such notes are also saved as plain ``.txt`` files (a scraper's output, a copy made by a script),
and a dateline in bold or italics ("**Lomé, 12 September 2022** \u2013 The President ...")
is then no dateline to the readers of the date and the place. A text file whose lines carry
Markdown's marks is read as Markdown for that reason.
"""

from __future__ import annotations

import re

_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
"""Bold: "**US$ 105 million**" or "__text__"."""
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
"""Italics between single stars: "*Trade Notes brief exporters*"; not a footnote star or "5 * 3"."""
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
"""A link or an image: "[the statement](https://...)" reads "the statement"."""
_HEADING = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)
"""The marks of a heading line: "## The visit" reads "The visit"."""


def markdown_text(text: str) -> str:
    """``text`` without Markdown's emphasis, link and heading marks."""
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    return _HEADING.sub("", text)


_MARKDOWN_LINE = re.compile(
    r"^(?:#{1,6}[ \t]+\S"
    r"|(?:\*\*|__)(?=\S)[^\n]*?(?<=\S)(?:\*\*|__)"
    r"|\*(?=[^\s*])[^*\n]*(?<=[^\s*])\*(?:[ \t]*$|[ \t]*(?:--|[\u2013\u2014-])[ \t])"
    r"|[-*+][ \t]+[^\n]*?(?<![\w*])\*\*(?=[^\s*])[^*\n]*?(?<=[^\s*])\*\*(?![\w*]))",
    re.MULTILINE,
)
"""A line that only Markdown writes: a heading ("# Talks in Lomé"), a line that opens in bold
("**Riga, 14 November 2023 (Agency)**", "**Release Date:** 28 May 2020"), a line wholly in
italics ("*Tallinn, 9 April 2021*"), one that opens with a dateline in italics before the dash
("*CASTRIES, 4 March 2024 (Agency)* -- The minister ..."), or a list item with a bold part
("- Around **11,000** persons commute", whose stars would otherwise stand between a number and
what it counts). A star inside a sentence ("5 * 3", a footnote's "note*") or a hashtag
("#Diplomacy") is none."""


def looks_like_markdown(text: str) -> bool:
    """Whether a plain text file is Markdown: one of its lines is marked up as only Markdown
    marks a line.

    >>> looks_like_markdown("# Talks\\n\\n**Lima, 4 March 2024** - The ministers met.")
    True
    >>> looks_like_markdown("LIMA, 4 March 2024 - Rates rose 5 * 3 times. #Diplomacy")
    False
    """
    if "*" not in text and "#" not in text and "__" not in text:
        return False  # most stories: a scan for each mark at C speed spares the pattern
    return _MARKDOWN_LINE.search(text) is not None
