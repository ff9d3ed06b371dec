"""/api/visits timed cold: each filtered request sent once right after the data version changes.

A write to a scratch graph makes a new version, so the canned caches start empty, as they do
when new documents arrive; one Python client measures latency, not throughput. The time the
write took to be acknowledged is kept too: the owner precomputes the unfiltered canned answers
before it publishes a snapshot, so that is how long new data takes to become visible.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Final

from bench.service_load_mixes import canned_paths, sample_values
from bench.service_load_servers import Call, Server, send, wait_idle
from dkg.ontology.document_names import graph_name_for

SCRATCH_GRAPH: Final = graph_name_for("bench-service-load-version").value


@dataclass(frozen=True)
class Cold:
    """Latencies of /api/visits right after a data version change, in ms."""

    dataset: str
    samples: list[float]
    paths: list[str] = field(default_factory=list)
    """The request of each sample."""
    writes: list[float] = field(default_factory=list)
    """Ms each version-changing write took to be acknowledged (and visible), per cycle."""


def change_version(ours: Server, token: str, number: int) -> float:
    """Write one triple to a scratch graph: a new data version, so the canned cache is cold.
    Returns the ms the write took to be acknowledged."""
    update = (
        f"DROP SILENT GRAPH <{SCRATCH_GRAPH}> ; "
        f"INSERT DATA {{ GRAPH <{SCRATCH_GRAPH}> "
        f'{{ <{SCRATCH_GRAPH}> <{SCRATCH_GRAPH}#n> "{number}" }} }}'
    )
    call = Call("POST", "/sparql", update, "application/sparql-update", accept="*/*")
    status, body, seconds = send(ours.base, call, {"Authorization": f"Bearer {token}"})
    if status != 204:
        raise RuntimeError(f"the version-changing update answered {status}: {body.decode()[:500]}")
    return seconds * 1000


def cold_visits(dataset: str, ours: Server, token: str, cycles: int) -> Cold:
    """/api/visits latencies right after each of ``cycles`` version changes.

    Each request is sent once per version, as a researcher's script would after new documents
    arrive (the unfiltered list was precomputed before the write was acknowledged, as in
    production; the filtered ones run now). Between cycles the workers are left to finish.
    Each cycle's write time and latencies are printed as they come.
    """
    visit_paths, _ = canned_paths(sample_values(ours))
    cold = Cold(dataset, [])
    for cycle in range(cycles):
        cold.writes.append(change_version(ours, token, cycle))
        latest = {}
        for path in visit_paths:
            status, body, seconds = send(ours.base, Call("GET", path, accept="application/json"))
            if status != 200:
                raise RuntimeError(f"{path} answered {status}: {body.decode()[:500]}")
            cold.samples.append(seconds * 1000)
            cold.paths.append(path)
            latest[path] = round(seconds * 1000, 1)
        print(
            f"  cold cycle {cycle}: write {cold.writes[-1]:.0f} ms, then (ms) "
            + json.dumps(latest),
            file=sys.stderr,
            flush=True,
        )
        wait_idle(ours)
    drop = f"DROP SILENT GRAPH <{SCRATCH_GRAPH}>"
    call = Call("POST", "/sparql", drop, "application/sparql-update", accept="*/*")
    send(ours.base, call, {"Authorization": f"Bearer {token}"})
    return cold
