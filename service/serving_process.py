"""One serving process of ``dkg serve``: uvicorn on the connections the hand-out hands it,
answering with :func:`dkg.service.app.create_serving_app`.

Started by :class:`~dkg.service.serving_supervisor.ServingSupervisor` as
``python -m dkg.service.serving_process --control FD --connections FD --claims FD
--snapshots DIR --writer SOCK``; its settings come from the same ``DKG_*`` environment as the
supervisor's.

Two socketpairs join it to ``dkg serve``, each read by a thread of its own:

- The *connections* socket brings each connection the hand-out accepted (its number and
  descriptor, ``SCM_RIGHTS``), and nothing else. Its thread only hands each one to the event
  loop, so a connection is taken at once even while the process is opening a new snapshot (tens
  to hundreds of ms at 10^6 triples), and no descriptor can be read by a reader that expects
  one-byte notices (which would leak it, or count its byte as a notice). The event loop claims
  each connection (:mod:`dkg.service.connection_claims`) and answers on the same socket that it
  took it, or that it declined it because the hand-out took it back meanwhile (the process was
  stopped or its loop blocked, :mod:`dkg.service.connection_hand_out`): it is the event loop
  that answers, because a connection is served only once the loop runs.
- The *control* socket carries the rest, both ways: the process writes ``r`` there when it
  retires (a query ran past its limit), so the supervisor starts its successor at once rather
  than when it exits; it opens each new snapshot when the owner says a write published one, and
  answers once it has (:mod:`dkg.service.snapshot_notices`); and it exits when the socket
  closes, i.e. when the supervisor is gone, however it died.

Retiring stops accepting connections but does not drop the keep-alive ones: uvicorn's shutdown
would close each idle one, and a client sending its next request at that moment gets no answer
at all. Instead every connection gets its next answer with ``Connection: close`` (or ends at
uvicorn's keep-alive timeout, as any idle one does), and the process exits when none is left.

Each answer leaves in one send (:class:`OneSendPerTurn`): uvicorn writes the status line and
headers, then the body, each straight to the socket, which made two TCP segments of every small
answer and woke the client twice.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import socket
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final, cast

import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from dkg.service.app import create_serving_app
from dkg.service.connection_claims import ClaimFile
from dkg.service.connection_hand_out import ANSWER, DECLINED, HANDED, TAKEN
from dkg.service.settings import Settings
from dkg.service.snapshot_notices import SnapshotFollower

RETIRING: Final = b"r"


class _RetiringServer(uvicorn.Server):
    """uvicorn serving the connections handed over on ``connections``, whose shutdown after a
    timeout lets each connection end after one more answer."""

    retiring = False

    def __init__(
        self, config: uvicorn.Config, connections: socket.socket, claims: ClaimFile
    ) -> None:
        """Serve ``config``'s app on the connections that ``connections`` brings, each once
        claimed in ``claims``."""
        super().__init__(config)
        self.connections = connections
        self.claims = claims
        self._taking: set[asyncio.Task[None]] = set()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """uvicorn's start-up without a listening socket, then take the connections handed
        over (until the supervisor is gone, when the process exits)."""
        await super().startup(sockets=[])
        loop = asyncio.get_running_loop()

        def create_protocol() -> asyncio.Protocol:
            # What uvicorn's own listening server builds for each connection.
            return self.config.http_protocol_class(  # type: ignore[call-arg]
                config=self.config, server_state=self.server_state, app_state=self.lifespan.state
            )

        async def take(connection: socket.socket) -> None:
            try:
                await loop.connect_accepted_socket(create_protocol, connection)
            except OSError:
                connection.close()  # the client went away meanwhile

        def serve(number: int, connection: socket.socket) -> None:
            taken = self.claims.claim(number)
            try:
                answer = ANSWER.pack(TAKEN if taken else DECLINED, number)
                self.connections.send(answer, socket.MSG_DONTWAIT)
            except OSError:  # the owner reads late: it learns from the claim file instead
                pass
            if not taken:
                connection.close()  # the owner handed it to another process
                return
            task = loop.create_task(take(connection))
            self._taking.add(task)  # held until done: the loop keeps only weak references
            task.add_done_callback(self._taking.discard)

        threading.Thread(
            target=_take_connections, args=(self.connections, loop, serve), daemon=True
        ).start()
        self.connections.send(ANSWER.pack(TAKEN, 0))  # ready: hand connections to us now

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """When retiring, wait (at most the graceful limit) for the clients' connections to
        end by themselves (the hand-out hands no new ones); then uvicorn's own shutdown."""
        if self.retiring:
            deadline = asyncio.get_running_loop().time() + float(
                self.config.timeout_graceful_shutdown or 0
            )
            while self.server_state.connections and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.1)
        await super().shutdown(sockets)


HELD_BYTES: Final = 64 * 1024
"""More than this is written at once: a streamed answer keeps uvicorn's flow control (the
transport pauses the writer when the client reads slower than the answer is made)."""


class OneSendPerTurn:
    """A transport whose writes in one turn of the event loop leave in one send, at the end of
    the turn (an ASGI answer's start and body are sent in one turn when the body is ready).

    It stands in for uvicorn's transport: everything but writing and closing is forwarded.
    """

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        """Wrap a connection's ``transport``, flushed on ``loop``."""
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []
        self._held = 0

    def write(self, data: bytes) -> None:
        """Queue ``data`` for the send at the end of this turn."""
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self._flush)
        self._pending.append(data)
        self._held += len(data)
        if self._held > HELD_BYTES:
            self._flush()

    def close(self) -> None:
        """Send what is queued, then close."""
        self._flush()
        self._transport.close()

    def _flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            self._held = 0
            if not self._transport.is_closing():
                self._transport.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self._transport, name)


class _HttpProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol (httptools), sending each answer in one write."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Serve the connection through :class:`OneSendPerTurn`."""
        super().connection_made(cast(asyncio.Transport, OneSendPerTurn(transport, self.loop)))


def _closing_when(retiring: threading.Event, app: ASGIApp) -> ASGIApp:
    """``app``, whose answers say ``Connection: close`` once the process is retiring."""

    async def closing(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not retiring.is_set():
            await app(scope, receive, send)
            return

        async def send_closing(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"connection", b"close")]
            await send(message)

        await app(scope, receive, send_closing)

    return closing


def main(argv: Sequence[str] | None = None) -> None:
    """Serve until told to stop, until a query times out, or until the supervisor is gone."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--control", type=int, required=True, help="supervisor socket descriptor")
    parser.add_argument(
        "--connections", type=int, required=True, help="descriptor of the handed connections"
    )
    parser.add_argument("--claims", type=int, required=True, help="descriptor of the claim file")
    parser.add_argument("--snapshots", type=Path, required=True, help="snapshot folder")
    parser.add_argument("--writer", type=Path, required=True, help="the owner's Unix socket")
    args = parser.parse_args(argv)
    settings = Settings()
    control = socket.socket(fileno=args.control)
    connections = socket.socket(fileno=args.connections)
    retiring = threading.Event()
    server: _RetiringServer | None = None

    def retire() -> None:
        """Stop taking connections, finish the requests in flight, exit (once)."""
        if retiring.is_set():
            return
        retiring.set()
        control.sendall(RETIRING)
        if server is not None:
            server.retiring = server.should_exit = True

    follower = SnapshotFollower()
    app = create_serving_app(
        settings,
        snapshot_dir=args.snapshots,
        writer_socket=args.writer,
        on_timeout=retire,
        on_ready=follower.ready,
    )
    config = uvicorn.Config(
        _closing_when(retiring, app),
        http=_HttpProtocol,
        log_level="info",
        access_log=False,
        # Requests still running when the process retires each have their own limit.
        timeout_graceful_shutdown=int(settings.query_timeout_s) + 1,
    )
    server = _RetiringServer(config, connections, ClaimFile(args.claims))
    # What the process holds from here on (modules, routes, models) lives as long as it does:
    # leave it out of the collector's full passes, which otherwise traverse it all (55-65 ms
    # at a time) in the middle of whichever request allocated past the threshold, such as
    # the first one to index a filter table's column after a write.
    gc.freeze()
    threading.Thread(target=_follow_supervisor, args=(follower, control), daemon=True).start()
    server.run()
    # A query past its limit may still be running in a thread: only the process's end stops
    # it, and the interpreter would wait for that thread at a normal exit.
    os._exit(0)


def _follow_supervisor(follower: SnapshotFollower, control: socket.socket) -> None:
    """Open each snapshot the owner announces; exit at once when the supervisor closes its end
    (or died)."""
    follower.follow(control)
    os._exit(0)


def _take_connections(
    connections: socket.socket,
    loop: asyncio.AbstractEventLoop,
    serve: Callable[[int, socket.socket], None],
) -> None:
    """Have ``loop`` serve each connection handed over on ``connections`` (one per message,
    with its number), until the hand-out closes its end (``dkg serve`` is stopping: the
    control socket's thread ends the process)."""
    while True:
        try:
            data, descriptors, _, _ = socket.recv_fds(connections, HANDED.size, 1)
        except OSError:
            return
        if not data:
            return
        (number,) = HANDED.unpack(data)
        for descriptor in descriptors:
            connection = socket.socket(fileno=descriptor)
            try:
                loop.call_soon_threadsafe(serve, number, connection)
            except RuntimeError:  # the loop has closed: the process is ending
                connection.close()  # unclaimed: the owner hands it on once we have exited


if __name__ == "__main__":
    main()
