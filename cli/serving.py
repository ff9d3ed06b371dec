"""``dkg serve``: open the store, fill an empty default store with the samples, run the app."""

from __future__ import annotations

import errno
import os
import signal
import socket
import sys
import threading
from pathlib import Path

import dkg.samples
from dkg.cli.ingest import ingest_paths
from dkg.cli.owner import Owner, clear_owner, write_owner


def sample_folder() -> Path:
    """The project's own sample documents, bundled with the package."""
    return Path(dkg.samples.__file__).resolve().parent


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket the serving processes share.

    Raises:
        UsageError: the address cannot be used; the message says which option changes it.
    """
    from dkg.cli.commands import UsageError

    try:
        return socket.create_server((host, port), backlog=2048)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise UsageError(
                f"port {port} on {host} is already in use (another `dkg serve`?): stop that "
                "program, or choose a free port with --port"
            ) from None
        # create_server re-raises as a plain OSError: a negative errno is the resolver's
        code = error.errno or 0
        why = os.strerror(code) if code > 0 else "the host is not known"
        raise UsageError(
            f"cannot listen on {host} port {port} ({why}): choose another address with --host "
            "or another port with --port"
        ) from None


def run_service(*, store_path: Path, store_given: bool, host: str, port: int) -> int:
    """Serve until interrupted (SIGINT or SIGTERM); returns the exit status."""
    from dkg.cli.commands import open_store
    from dkg.service.serving_supervisor import serve
    from dkg.service.settings import Settings

    settings = Settings(store_path=store_path)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with open_store(store_path, create=True) as store:
        if not store_given and not store.graph_names():
            print(f"the store {store_path} is empty: loading the sample documents", file=sys.stderr)
            report = ingest_paths(store, [sample_folder()], progress=sys.stderr.isatty())
            print(f"stored {len(report.stored)} sample document(s)", file=sys.stderr)
        with _listen(host, port) as listener:
            write_owner(store_path, Owner(pid=os.getpid(), url=f"http://{host}:{port}"))
            print(f"serving on http://{host}:{port} (Ctrl-C to stop)", file=sys.stderr)
            try:
                serve(settings, store, ingest=ingest_paths, listener=listener, until=stop.is_set)
            finally:
                clear_owner(store_path)
    return 0
