"""Spouses beside a leader at talks: "received the President and First Lady X".

A leader's spouse named beside the leader ("the President and First Lady X", "the Prime
Minister and his wife Y") accompanies the leader; the talks are the leader's, and the spouse is
no party to them (the gold lists such spouses as optional people, never as a meeting's
participant). A spouse named alone ("First Lady X met the Queen") holds talks of their own.
"""

from __future__ import annotations

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.joint_visitors import SPOUSE

_BESIDE = Prefiltered(rf"\band\s+(?:(?:his|her|the)\s+)?(?:{SPOUSE.pattern})\.?,?\s+(?=[A-Z])")
"""A spouse joined to the person before: "and First Lady", "and his wife,", "and Mrs"."""


def spouses_beside(text: str) -> list[tuple[int, int]]:
    """Where each spouse named beside another person starts, as spans of one character: the
    person mentioned there accompanies the one before and is no party to the talks."""
    return [(m.end(), m.end() + 1) for m in _BESIDE.finditer(text)]
