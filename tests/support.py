"""Plain helpers for tests (fixtures live in conftest.py files)."""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

RunDkg = Callable[..., subprocess.CompletedProcess[str]]
"""The type of the `run_dkg` fixture: run `dkg ARGS...` and return the finished process."""


def shared_folder() -> Path | None:
    """The read-only ../shared folder beside the checkout (or $DKG_SHARED), if present."""
    candidate = Path(os.environ.get("DKG_SHARED", REPO.parent / "shared"))
    return candidate if (candidate / "corpus").is_dir() else None


def write_rdf_document(path: Path, triples: int, *, tag: str = "v") -> Path:
    """A syntactically valid N-Triples document graph with ``triples`` generic statements."""
    lines = [
        f'<http://example.org/{path.stem}/s{i}> <http://example.org/p> "{tag} {i}" .'
        for i in range(triples)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on now (for servers the tests start)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
