"""Presence beside a host: "X received Y, with Crown Prince Z at his side".

Someone standing at a host's side (an heir, a minister, a spouse) witnesses the host's talks
and is no party of talks of their own: the gold counts one meeting, of host and guest, and no
meeting of the one beside them with either.
"""

from __future__ import annotations

from dkg.loaders.prefilter import Prefiltered

_AT_SIDE = Prefiltered(
    r"(?:^|,?(?<!\s)\s+)(?:[Ww]ith|[Hh]aving)\s++(?:[^,.;]{1,80}?\s++|(?<=\s\s\s))(?:at|by)\s+"
    r"(?:his|her|their)\s+sides?\b"
)
"""The phrase that places someone beside the host: ", with Crown Prince X at his side", "With
his foreign minister by his side, ..."."""


def side_presence(text: str) -> list[tuple[int, int]]:
    """Where a sentence puts people beside a host ("with X at his side"), as (start, end) pairs
    of the sentence's text: the people named there take no part in talks of their own."""
    if "side" not in text:
        return []
    return [m.span() for m in _AT_SIDE.finditer(text)]
