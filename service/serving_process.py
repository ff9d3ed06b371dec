"""One serving process of ``dkg serve``: uvicorn on the listening socket it inherited from the
supervisor, answering with :func:`dkg.service.app.create_serving_app`.

Started by :class:`~dkg.service.serving_supervisor.ServingSupervisor` as
``python -m dkg.service.serving_process --listen FD --control FD --snapshots DIR --writer SOCK``;
its settings come from the same ``DKG_*`` environment as the supervisor's.

The control socket joins it to the supervisor both ways: the process writes ``r`` there when
it retires (a query ran past its limit), so the supervisor starts its successor at once rather
than when it exits; and it exits when the socket closes, i.e. when the supervisor is gone,
however it died.
"""

from __future__ import annotations

import argparse
import os
import socket
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import uvicorn

from dkg.service.app import create_serving_app
from dkg.service.settings import Settings

RETIRING: Final = b"r"


def main(argv: Sequence[str] | None = None) -> None:
    """Serve until told to stop, until a query times out, or until the supervisor is gone."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--listen", type=int, required=True, help="listening socket descriptor")
    parser.add_argument("--control", type=int, required=True, help="supervisor socket descriptor")
    parser.add_argument("--snapshots", type=Path, required=True, help="snapshot folder")
    parser.add_argument("--writer", type=Path, required=True, help="the owner's Unix socket")
    args = parser.parse_args(argv)
    settings = Settings()
    control = socket.socket(fileno=args.control)
    listener = socket.socket(fileno=args.listen)
    retiring = threading.Event()
    server: uvicorn.Server | None = None

    def retire() -> None:
        """Stop taking connections, finish the requests in flight, exit (once)."""
        if retiring.is_set():
            return
        retiring.set()
        control.sendall(RETIRING)
        if server is not None:
            server.should_exit = True

    app = create_serving_app(
        settings, snapshot_dir=args.snapshots, writer_socket=args.writer, on_timeout=retire
    )
    config = uvicorn.Config(
        app,
        log_level="info",
        access_log=False,
        # Requests still running when the process retires each have their own limit.
        timeout_graceful_shutdown=int(settings.query_timeout_s) + 1,
    )
    server = uvicorn.Server(config)
    threading.Thread(target=_end_with_supervisor, args=(control,), daemon=True).start()
    server.run(sockets=[listener])
    # A query past its limit may still be running in a thread: only the process's end stops
    # it, and the interpreter would wait for that thread at a normal exit.
    os._exit(0)


def _end_with_supervisor(control: socket.socket) -> None:
    """Exit at once when the supervisor closes its end (or died)."""
    while True:
        try:
            if not control.recv(64):
                break
        except OSError:
            break
    os._exit(0)


if __name__ == "__main__":
    main()
