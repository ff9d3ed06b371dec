"""The text a reader sees in a Markdown file: emphasis, links and heading marks taken away.

Ministries and newsletters publish notes in Markdown, where a figure is often set in bold
("**US$ 105 million in 2023**"): the stars split the amount from the words that say what it
counts, and a link's address runs into the sentence. The words are kept as written; only the
marks go, so quotes read as the page does.
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
