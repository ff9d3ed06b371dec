"""Notices of a new snapshot, from the owner of ``dkg serve`` to its serving processes, and
their answer once they have opened it.

Why: a serving process used to learn of a write at its next request, which then opened the new
snapshot (17-29 ms of CPU, 39-52 ms wall at 10^6 triples) and mapped the filter table the owner
had filed in it: the slowest of the first requests after a write were each a process's first.
Now, after a write has published a snapshot, the supervisor (in the owner) writes
:data:`PUBLISHED` on each serving process's control socket; the process opens the snapshot,
maps and indexes the filed tables, and writes :data:`OPENED` back; the owner acknowledges the
write once every process has answered (at most :data:`OPEN_WAIT_S` later, so a stuck process
never holds writes up: one that did not answer opens the snapshot at its next request, as
before). So a client that reads after its write's acknowledgement reads it (which held before)
and finds it open on whichever process answers.

One :data:`OPENED` answers each :data:`PUBLISHED`, in order, so the owner counts answers
against notices and an answer that came too late for an earlier write is not taken for the
latest one's.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from typing import Final

from dkg.service.errors import StoreUnavailable

PUBLISHED: Final = b"p"
"""Owner to serving process: a write has published a snapshot."""
OPENED: Final = b"o"
"""Serving process to owner: the newest snapshot is open (one per :data:`PUBLISHED`)."""
OPEN_WAIT_S: Final = 5.0
"""Longest a write's acknowledgement waits for the serving processes to open its snapshot
(opening takes some 50 ms at 10^6 triples; a process starting up answers once it serves)."""

logger = logging.getLogger(__name__)


class SnapshotFollower:
    """A serving process's side: opens each snapshot it is told of, then says so."""

    def __init__(self) -> None:
        """Wait for :meth:`ready` before opening anything (the app is starting)."""
        self._open: Callable[[], None] = lambda: None
        self._ready = threading.Event()

    def ready(self, open_published: Callable[[], None]) -> None:
        """Called once the app serves, with the function that opens the newest snapshot and
        maps what was filed in it."""
        self._open = open_published
        self._ready.set()

    def follow(self, control: socket.socket) -> None:
        """Answer the notices arriving on ``control`` until it closes (the supervisor is gone)."""
        while True:
            try:
                message = control.recv(64)
            except OSError:
                return
            if not message:
                return
            notices = message.count(PUBLISHED)
            if not notices:
                continue
            # A notice that arrives while the app starts waits for it: the snapshot its
            # lifespan opened may be older than the one announced.
            if self._ready.wait(OPEN_WAIT_S):
                self._open_now()
            try:
                control.sendall(OPENED * notices)
            except OSError:
                return

    def _open_now(self) -> None:
        try:
            self._open()
        except (OSError, StoreUnavailable) as error:  # its next request opens it instead
            logger.warning("could not open the new snapshot ahead of requests: %s", error)
