"""Lists of links under a page's "Related" heading: other stories, not this one's text.

A ministry's or outlet's page ends with "Associated Links", "Related news" or "See also" and
a list of other stories' titles, each with its date ("- Prime Minister X to travel to Mexico
(September 16, 2025)"). A title is no fact of the story, and its date is not the visit's: the
items of such a list are boilerplate, as the heading is.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.list_markers import BULLET

_HEADING = re.compile(
    r"^\s*(?:associated|related|similar|other|more|further)\s*"
    r"(?:links?|news|stories|articles|content|items|reading|posts|press\s+releases)?\s*:?\s*$"
    r"|^\s*(?:see\s+also|read\s+(?:more|also)|more\s+on\s+this(?:\s+topic)?)\s*:?\s*$",
    re.IGNORECASE,
)
"""A heading line that opens a list of links: "Associated Links", "Related", "See also:"."""
_ITEM = re.compile(rf"^\s*{BULLET}\s+\S")
"""An item of the list: a title after a dash or bullet."""


def opens_link_list(line: str) -> bool:
    """Whether the line is a heading over a list of links to other stories."""
    return bool(_HEADING.match(line))


def is_link_item(line: str) -> bool:
    """Whether the line is an item of a list (a title after a dash or bullet)."""
    return bool(_ITEM.match(line))
