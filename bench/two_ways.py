"""Two ways of answering the same request, timed alternately in one process, compared.

Used by the benchmarks that put a new path beside the old one (`bench.memory_copy`,
`bench.cold_filters`): each run alternates which way goes first, so a change in the machine's
load falls on both, and the line printed gives the median CPU of each, their ratio and
whether every answer was byte-identical.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping

Ask = Callable[[], tuple[float, bytes]]
"""One request one way: the CPU it took, in ms, and the body it answered."""


def compare(path: str, ways: Mapping[str, Ask], repeat: int) -> str:
    """``repeat`` runs of the two ``ways`` (the old one first in the mapping), alternating
    which goes first: one line with the median CPU of each, new / old, and whether every
    body was the same."""
    old, new = ways
    cpu: dict[str, list[float]] = {old: [], new: []}
    bodies: set[bytes] = set()
    for number in range(repeat):
        for way in (old, new) if number % 2 == 0 else (new, old):
            spent, body = ways[way]()
            cpu[way].append(spent)
            bodies.add(body)
    old_ms, new_ms = (statistics.median(cpu[way]) for way in (old, new))
    return (
        f"{path}: {old} {old_ms:.1f} ms, {new} {new_ms:.1f} ms of CPU, "
        f"ratio {new_ms / old_ms:.2f}, identical: {len(bodies) == 1}"
    )
