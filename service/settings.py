"""Service settings: built once (from ``DKG_*`` environment variables or explicitly in tests)
and passed into :func:`dkg.service.app.create_app`; no other module reads the environment."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_workers() -> int:
    # One per core (at least two). Twice the cores helped many light queries at 8 clients
    # (0.17x -> 0.45x of Oxigraph, same-run ratios) but made heavy ones share the cores: at
    # 10^6 triples the canned cache warming then ran past the 30 s limit.
    return max(2, os.cpu_count() or 2)


class Settings(BaseSettings):
    """Every knob of the web service, each documented (the table in the docs is built from it)."""

    model_config = SettingsConfigDict(env_prefix="DKG_", extra="ignore", frozen=True)

    store_path: Path | None = Field(
        default=None,
        description="Folder of the on-disk store the service opens for writing; "
        "None keeps the data in memory (tests, demos).",
    )
    update_token: SecretStr | None = Field(
        default=None,
        description="Bearer token that enables SPARQL Update, Graph Store writes and "
        "POST /api/documents; when unset the service is read-only.",
    )
    query_timeout_s: float = Field(
        default=30.0,
        gt=0,
        description="Wall-clock limit for one query; the worker process running it is killed "
        "and the client gets 503 with Retry-After.",
    )
    max_result_rows: int = Field(
        default=10_000,
        gt=0,
        description="Most solutions (or triples) one answer carries; a longer answer is cut "
        "and says so in the Result-Truncated header and, for JSON, a 'truncated' member.",
    )
    max_request_bytes: int = Field(
        default=10 * 1024 * 1024,
        gt=0,
        description="Largest request body (and query string) accepted; larger gets 413.",
    )
    service_allowlist: list[str] = Field(
        default_factory=list,
        description="SPARQL endpoints a query may call with SERVICE (federation), e.g. "
        "https://query.wikidata.org/sparql; SERVICE to any other endpoint gets 400.",
    )
    base_url: str | None = Field(
        default=None,
        description="Public URL of the service (e.g. https://dkg.example.org) used in the "
        "service description and VoID; by default taken from each request.",
    )
    workers: int = Field(
        default_factory=_default_workers,
        ge=1,
        description="Query worker processes of an app that owns its store (tests, embedding; "
        "`dkg serve` answers queries in its serving processes instead): how many queries run "
        "at once; each one reads a read-only snapshot of the store.",
    )
    serving_processes: int = Field(
        default_factory=_default_workers,
        ge=1,
        description="Processes `dkg serve` starts to answer HTTP; they share the listening "
        "socket, and one whose query times out is replaced.",
    )
    publish_warm: bool = Field(
        default=False,
        description="Whether `dkg serve` computes a new snapshot's unfiltered canned answers "
        "before publishing it: readers then never wait for an unfiltered /api list after a "
        "write, but each write is acknowledged only after that work (about 25 s of CPU at "
        "10^6 triples). Off: a write is visible at once and the lists are warmed right after.",
    )
    snapshot_dir: Path | None = Field(
        default=None,
        description="Where read-only snapshots of the store for the query workers are kept; "
        "by default a temporary folder (best on the same file system as store_path, "
        "where a snapshot is made of hard links in milliseconds).",
    )
    retry_after_s: int = Field(
        default=5,
        ge=0,
        description="Seconds a client is asked to wait (Retry-After) after a 503.",
    )
    queries_dir: Path | None = Field(
        default=None,
        description="Folder of canned queries (*.rq) served under /api; by default the "
        "queries shipped with the package.",
    )
