"""/api/visits timed cold: each filtered request sent once right after the data version changes.

A write to a scratch graph makes a new version, so the canned caches start empty, as they do
when new documents arrive; one Python client measures latency, not throughput.
"""

from __future__ import annotations

from dataclasses import dataclass
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


def change_version(ours: Server, token: str, number: int) -> None:
    """Write one triple to a scratch graph: a new data version, so the canned cache is cold."""
    update = (
        f"DROP SILENT GRAPH <{SCRATCH_GRAPH}> ; "
        f"INSERT DATA {{ GRAPH <{SCRATCH_GRAPH}> "
        f'{{ <{SCRATCH_GRAPH}> <{SCRATCH_GRAPH}#n> "{number}" }} }}'
    )
    call = Call("POST", "/sparql", update, "application/sparql-update", accept="*/*")
    status, body, _ = send(ours.base, call, {"Authorization": f"Bearer {token}"})
    if status != 204:
        raise RuntimeError(f"the version-changing update answered {status}: {body.decode()[:500]}")


def cold_visits(dataset: str, ours: Server, token: str, cycles: int) -> Cold:
    """/api/visits latencies right after each of ``cycles`` version changes.

    Each filtered request is sent once per version, as a researcher's script would after new
    documents arrive; the service's background warming of the unfiltered lists runs meanwhile,
    as it does in production. Between cycles the workers are left to finish.
    """
    visit_paths, _ = canned_paths(sample_values(ours))
    samples = []
    for cycle in range(cycles):
        change_version(ours, token, cycle)
        for path in visit_paths:
            status, body, seconds = send(ours.base, Call("GET", path, accept="application/json"))
            if status != 200:
                raise RuntimeError(f"{path} answered {status}: {body.decode()[:500]}")
            samples.append(seconds * 1000)
        wait_idle(ours)
    drop = f"DROP SILENT GRAPH <{SCRATCH_GRAPH}>"
    call = Call("POST", "/sparql", drop, "application/sparql-update", accept="*/*")
    send(ours.base, call, {"Authorization": f"Bearer {token}"})
    return Cold(dataset, samples)
