"""`dkg serve` as users start it: samples on an empty default store, other commands through it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dkg.loaders.gold import load_gold
from tests.support import REPO, RunDkg, free_port


def _get_json(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=30) as response:
        data: dict[str, object] = json.load(response)
    return data


@pytest.mark.slow
def test_serve_loads_the_samples_into_an_empty_default_store(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DKG_STORE"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # where the default store lives
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    dkg = [sys.executable, "-m", "dkg.cli.main"]
    server = subprocess.Popen(
        [*dkg, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                documents = _get_json(f"{base}/api/documents")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the service did not start"
                time.sleep(0.5)
        expected = {d.id for d in load_gold(REPO / "samples" / "gold.json").documents}
        assert documents["total"] == len(expected)

        # A second command on the same (default) store goes through the running service.
        asked = subprocess.run(
            [*dkg, "query", "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert asked.returncode == 0, asked.stderr
        assert str(len(expected)) in asked.stdout
        refused = subprocess.run(
            [*dkg, "ingest", str(REPO / "samples")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert refused.returncode == 2
        assert "POST /api/documents" in refused.stderr and "Traceback" not in refused.stderr
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        if server.stderr is not None:
            server.stderr.close()
    store = tmp_path / "data" / "diplomatic-kg" / "store"
    assert not (store / "dkg-serve.json").exists()


def test_serve_on_a_port_in_use_says_so_in_one_line(run_dkg: RunDkg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = run_dkg("serve", "--store", store, "--port", port, timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"dkg serve: port {port} on 127.0.0.1 is already in use (another `dkg serve`?): "
        "stop that program, or choose a free port with --port"
    ]
    assert not (store / "dkg-serve.json").exists()
