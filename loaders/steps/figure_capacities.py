"""Capacities, which are no figures of a relationship: "centres able to handle 36,000 people".

A count of people or firms is a figure when it says how many there are ("some 30,000 students
from Nepal"); what a building, a port or a programme could take in ("the centres could handle
up to 36,000 people a year", "a hall that seats 2,000 visitors") is a technical quantity, like
the megawatts of a plant, which the gold leaves out.
"""

from __future__ import annotations

import re

_CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:handl|accommodat|process|seat)(?:e|es|ed|ing)?|seats|"
    r"(?:(?:can|could|will|would|able\s+to)\s+(?:take|receive|welcome|host|house|hold|serve))|"
    r"capacity\s+(?:of|for|to\s+\w+)|(?:designed|built|sized)\s+for|room\s+for)\s+"
    r"(?:(?:at\s+least|nearly|almost|about|around|some|over|more\s+than|up\s+to|roughly)\s+)?$",
    re.I,
)
"""A verb or noun of capacity right before the count: "could handle up to", "seats", "has a
capacity of", "able to host", "room for"; "hosts 500,000 refugees" tells how many are there."""


def is_capacity(before: str) -> bool:
    """Whether the count that follows ``before`` (the sentence up to it) is a capacity.

    >>> is_capacity("The new centres could handle up to ")
    True
    >>> is_capacity("Kenya hosts ")
    False
    """
    return _CAPACITY_BEFORE.search(before[-60:]) is not None
