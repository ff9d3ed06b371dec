"""The marks that open an item of a list: a dash, an asterisk, a bullet and their kin.

Key points above a story, outcome lists, chronologies and digests put one before each item.
Readers that look at the start of a sentence skip it (a "He" after it still opens the
sentence), and a line that starts with one is an item, not a headline. One definition, so
that every reader agrees on what an item looks like.
"""

from __future__ import annotations

import re

BULLET = "[-*+\u2022\u2013\u2014\u00b7\u25cf\u25aa]"
"""A regex character class of the item marks (dash, asterisk, Markdown's plus, bullet, en and
em dash, middle dot, black circle, small square)."""

ITEM = re.compile(rf"^\s*(?:{BULLET}|\(?\d{{1,2}}[.)]|\(?[a-z][.)])\s+")
"""A list item's marker at the start of a line: a dash, an asterisk, a bullet, or a number or
letter."""
