"""``dkg evaluate``: ingest documents into a throw-away store and score the REST answers.

The facts are read back through the service's own REST API, served on a free loopback port for
the length of the run, so the numbers are those a user's scorer gets from ``dkg serve`` on the
same documents.
"""

from __future__ import annotations

import json
import socket
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from dkg.cli.ingest import ingest_paths
from dkg.loaders.evaluation import KINDS, score
from dkg.loaders.gold import GoldFormatError, load_gold
from dkg.service.app import create_app
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore

PAGE = 1000


class EvaluationError(Exception):
    """The evaluation cannot run (bad gold file); the message says why."""


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` on a free port of 127.0.0.1 in a thread; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="dkg-evaluate-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise EvaluationError("the service for the evaluation did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def fetch_items(base: str, kind: str) -> list[dict[str, Any]]:
    """Every item of ``/api/{kind}``, page by page."""
    items: list[dict[str, Any]] = []
    while True:
        query = urllib.parse.urlencode({"limit": PAGE, "offset": len(items)})
        with urllib.request.urlopen(f"{base}/api/{kind}?{query}", timeout=300) as response:  # noqa: S310 - loopback
            page = json.load(response)
        items += page["items"]
        if not page["items"] or len(items) >= page["total"]:
            return items


def run_evaluation(gold_path: Path, docs: list[Path], *, verbose: bool) -> int:
    """Print precision, recall and F1 per kind; exit status 1 when a document was rejected.

    Raises:
        EvaluationError: the gold file is missing or not in the gold format.
    """
    try:
        gold = load_gold(gold_path)
    except (OSError, GoldFormatError) as error:
        raise EvaluationError(str(error)) from None
    with tempfile.TemporaryDirectory(prefix="dkg-evaluate-") as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        try:
            report = ingest_paths(store, docs, progress=sys.stderr.isatty())
            for rejected in report.rejected:
                print(f"rejected {rejected.source}: {rejected.message}", file=sys.stderr)
            stored = {s.name for s in report.stored}
            missing = [d.id for d in gold.documents if d.id not in stored]
            if missing:
                print(
                    f"{len(missing)} gold document(s) were not among those ingested: "
                    + ", ".join(missing[:10]),
                    file=sys.stderr,
                )
            settings = Settings(store_path=Path(tmp) / "store", workers=1)
            with serving(create_app(settings, store=store)) as base:
                items = {kind: fetch_items(base, kind) for kind in KINDS}
        finally:
            store.close()
    print(score(gold, items).render(verbose))
    return 1 if report.rejected else 0
