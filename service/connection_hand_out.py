"""``dkg serve``'s hand-out: accept each connection and pass it to a serving process that takes
it, in turn; take back the ones a process does not take, and hand them on. It runs in a process
of its own (:mod:`dkg.service.hand_out_process`).

Why in turn: when the serving processes accepted on the shared socket themselves, the first to
wake took every pending connection, so a client opening its pool at once often had it all on
one process, one core serving while the other idled (docs/service.md).

Why take back: a process that is stopped (``SIGSTOP``), whose event loop is blocked, that
retires or that dies would otherwise keep what was handed to it: its clients wait until it goes
on, or are reset when it ends. So the hand-out keeps its copy of each connection until the
process's event loop says it has taken it (an answer on the connections socket), and

- hands nothing to a process that is starting (until it says its event loop runs) or that has
  not taken a connection within :data:`TAKE_WITHIN_S` (it is *stalled* until it answers
  again), and prefers one with fewer than
  :data:`MOST_UNTAKEN` connections waiting;
- takes back what such a process, a retiring one or a dead one has not taken, and hands it to
  another. :mod:`dkg.service.connection_claims` makes sure that a stopped process that goes on
  does not serve a connection taken back meanwhile: it closes its copy unread, answers that it
  declined it, and is handed connections again.

A connection is numbered per process in the order handed; the process's answer carries the
number, so an answer lost or late is made good by the next one (everything up to the number
has been seen). No connection is accepted while none can be handed (they wait in the listen
queue, as they would for a busy server).
"""

from __future__ import annotations

import errno
import itertools
import logging
import select
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Final

from dkg.service.connection_claims import ClaimFile

logger = logging.getLogger(__name__)

TAKE_WITHIN_S: Final = 0.25
"""A connection a process has not taken after this long is handed to another one. A busy event
loop takes a connection within milliseconds; a process merely descheduled on a loaded machine
costs, at worst, one connection going to another process."""
MOST_UNTAKEN: Final = 4
"""A process with this many connections waiting gets more only when every other has as many."""
HANDED: Final = struct.Struct("=Q")
"""Hand-out to process: the connection's number (its descriptor rides along, ``SCM_RIGHTS``)."""
ANSWER: Final = struct.Struct("=cQ")
"""Process to hand-out: :data:`TAKEN` or :data:`DECLINED`, and the connection's number; once
started, :data:`TAKEN` with number 0 (it is ready)."""
TAKEN: Final = b"t"
DECLINED: Final = b"d"
_LONGEST_WAIT_S: Final = 0.2
"""Longest select wait: how soon a retiring process's untaken connections are taken back."""
_SHORTEST_WAIT_S: Final = 0.01


def connection_channel() -> tuple[socket.socket, socket.socket]:
    """The socketpair a serving process's connections go over (the hand-out's end, the
    process's end): one message per connection or answer, so neither side splits a stream."""
    return socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)


@dataclass(eq=False)
class _Handed:
    number: int
    connection: socket.socket
    """The hand-out's copy, closed once the process has taken it."""
    at: float


@dataclass(eq=False)
class Taker:
    """A serving process as the hand-out sees it."""

    pid: int
    channel: socket.socket
    """The hand-out's end of its connections socket (see :func:`connection_channel`)."""
    claims: ClaimFile
    ready: bool = False
    """Its event loop runs (it said so once started): a starting process is handed nothing."""
    retiring: bool = False
    stalled: bool = False
    """It left a connection untaken past :data:`TAKE_WITHIN_S`: skipped until it answers."""
    handed: int = 0
    """Number of the last connection handed to it."""
    untaken: deque[_Handed] = field(default_factory=deque)

    @property
    def takes(self) -> bool:
        """Whether it may be handed a connection now."""
        return self.ready and not (self.retiring or self.stalled)


class HandOut:
    """Hands the connections accepted on ``listener`` to the serving processes added to it."""

    def __init__(self, listener: socket.socket) -> None:
        """Hand out nothing until :meth:`run` and :meth:`add`."""
        self.listener = listener
        self._takers: list[Taker] = []
        self._lock = threading.Lock()
        self._waiting: deque[socket.socket] = deque()
        """Accepted or taken back, not handed yet (oldest first)."""
        self._turns = itertools.count()

    def add(self, taker: Taker) -> None:
        """Hand connections to ``taker`` from now on (until its channel closes)."""
        with self._lock:
            self._takers.append(taker)

    def retire(self, pid: int) -> None:
        """Hand serving process ``pid`` nothing more, and take back what it has not taken."""
        with self._lock:
            for taker in self._takers:
                if taker.pid == pid:
                    taker.retiring = True

    def run(self, closing: threading.Event) -> None:
        """Accept, hand out, hear the processes' answers and take back late connections until
        ``closing`` is set."""
        self.listener.setblocking(False)  # a client gone between select and accept: no wait
        while not closing.is_set():
            with self._lock:
                takers = list(self._takers)
            accepting = not self._waiting and any(taker.takes for taker in takers)
            watched = [taker.channel for taker in takers]
            readable, _, _ = select.select(
                [*watched, self.listener] if accepting else watched, [], [], self._wait(takers)
            )
            for taker in takers:
                if taker.channel in readable:
                    self._hear(taker)
            self._take_back(takers)
            if self.listener in readable:
                self._accept(closing)
            while self._waiting and self._hand(self._waiting[0]):
                self._waiting.popleft()

    def close(self) -> None:
        """Close the hand-out's copies and ends (after :meth:`run` has returned)."""
        with self._lock:
            takers, self._takers = self._takers, []
        for taker in takers:
            for handed in taker.untaken:
                handed.connection.close()
            taker.channel.close()
            taker.claims.close()
        for connection in self._waiting:
            connection.close()
        self._waiting.clear()

    def _wait(self, takers: list[Taker]) -> float:
        """Until the oldest untaken connection is late (within sensible bounds)."""
        if self._waiting:
            return _SHORTEST_WAIT_S
        oldest = min((taker.untaken[0].at for taker in takers if taker.untaken), default=None)
        if oldest is None:
            return _LONGEST_WAIT_S
        late_in = oldest + TAKE_WITHIN_S - time.monotonic()
        return min(_LONGEST_WAIT_S, max(_SHORTEST_WAIT_S, late_in))

    def _accept(self, closing: threading.Event) -> None:
        try:
            connection, _ = self.listener.accept()
        except OSError as error:
            if error.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                logger.error("cannot accept a connection now: %s", error)
                closing.wait(1.0)
            return  # else the client went away before it was accepted
        self._waiting.append(connection)

    def _hand(self, connection: socket.socket) -> bool:
        """Pass ``connection`` to the next process in turn that can take it: one with room
        first, else the one with the fewest waiting. False when none could."""
        with self._lock:
            takers = [taker for taker in self._takers if taker.takes]
        if not takers:
            return False
        first = next(self._turns)
        in_turn = [takers[(first + offset) % len(takers)] for offset in range(len(takers))]
        in_turn.sort(key=lambda taker: max(0, len(taker.untaken) - MOST_UNTAKEN + 1))
        for taker in in_turn:
            number = taker.handed + 1
            try:
                socket.send_fds(
                    taker.channel, [HANDED.pack(number)], [connection.fileno()], socket.MSG_DONTWAIT
                )
            except OSError:
                continue  # its queue is full, or it has ended (its channel reads the end)
            taker.handed = number
            taker.untaken.append(_Handed(number, connection, time.monotonic()))
            return True
        return False

    def _hear(self, taker: Taker) -> None:
        """Release what ``taker`` says it took; when its channel ends (it has exited), hand on
        what it never took."""
        while True:
            try:
                answer = taker.channel.recv(ANSWER.size, socket.MSG_DONTWAIT)
            except BlockingIOError:
                return
            except OSError:  # reset: it has ended
                answer = b""
            if not answer:
                self._forget(taker)
                return
            _, number = ANSWER.unpack(answer)
            taker.ready, taker.stalled = True, False  # its event loop runs
            _release(taker, number)

    def _forget(self, taker: Taker) -> None:
        with self._lock:
            self._takers.remove(taker)
        _release(taker, taker.claims.claimed())  # final: it can claim no more
        self._hand_on(taker, "ended")
        taker.channel.close()
        taker.claims.close()

    def _take_back(self, takers: list[Taker]) -> None:
        """Take back the connections of a retiring process, and of one that has left its
        oldest untaken past :data:`TAKE_WITHIN_S`, and hand them to the others."""
        now = time.monotonic()
        for taker in takers:
            if not taker.untaken:
                continue
            late = now - taker.untaken[0].at > TAKE_WITHIN_S
            if not (late or taker.retiring):
                continue
            claimed = taker.claims.take_back(taker.handed)
            if claimed is None:  # stopped while claiming one: skip it, try again later
                taker.stalled = True
                continue
            _release(taker, claimed)
            if taker.untaken and not taker.retiring and not taker.stalled:
                taker.stalled = True
                logger.warning(
                    "serving process %d took no connection for %.2f s (stopped, or its event "
                    "loop blocked): it gets none until it goes on",
                    taker.pid,
                    now - taker.untaken[0].at,
                )
            self._hand_on(taker, "retiring" if taker.retiring else "stalled")

    def _hand_on(self, taker: Taker, why: str) -> None:
        """Queue ``taker``'s untaken connections, ahead of newer ones, for other processes."""
        if taker.untaken:
            logger.info(
                "handing %d connections of serving process %d (%s) to the others",
                len(taker.untaken),
                taker.pid,
                why,
            )
        self._waiting.extendleft(reversed([handed.connection for handed in taker.untaken]))
        taker.untaken.clear()


def _release(taker: Taker, through: int) -> None:
    """Close the hand-out's copies of ``taker``'s connections numbered up to ``through``: it has
    taken them (it takes them in order)."""
    while taker.untaken and taker.untaken[0].number <= through:
        taker.untaken.popleft().connection.close()
