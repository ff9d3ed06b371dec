"""``dkg serve``: open the store, fill an empty default store with the samples, run the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dkg.samples
from dkg.cli.ingest import ingest_paths
from dkg.cli.owner import Owner, clear_owner, write_owner


def sample_folder() -> Path:
    """The project's own sample documents, bundled with the package."""
    return Path(dkg.samples.__file__).resolve().parent


def run_service(*, store_path: Path, store_given: bool, host: str, port: int) -> int:
    """Serve until interrupted; returns the exit status."""
    import uvicorn

    from dkg.cli.commands import open_store
    from dkg.service.app import create_app
    from dkg.service.settings import Settings

    settings = Settings(store_path=store_path)
    with open_store(store_path) as store:
        if not store_given and not store.graph_names():
            print(f"the store {store_path} is empty: loading the sample documents", file=sys.stderr)
            report = ingest_paths(store, [sample_folder()], progress=sys.stderr.isatty())
            print(f"stored {len(report.stored)} sample document(s)", file=sys.stderr)
        app = create_app(settings, store=store, ingest=ingest_paths)
        write_owner(store_path, Owner(pid=os.getpid(), url=f"http://{host}:{port}"))
        try:
            uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)
        finally:
            clear_owner(store_path)
    return 0
