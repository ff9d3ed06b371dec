"""The process that runs ``dkg serve``'s hand-out (:mod:`dkg.service.connection_hand_out`), and
the owner's side of it.

Why a process of its own: in a thread of the owner, the hand-out shared the owner's GIL with
the ingest pipeline of ``POST /api/documents``, which the owner runs itself for uploads of fewer
than 16 documents (larger ones are extracted in worker processes). Each step of handing out a
connection (select, accept, send) gives the GIL up and waits to get it back, up to a switch
interval each time from a thread that computes: measured at corpus size, a new connection's
first answer came 6-7 ms later at the median and 10-13 ms later at the 90th percentile than a
kept-alive one's while the owner extracted uploads of ten documents (docs/service.md). Here it
shares its interpreter with nothing.

The owner starts it with the listening socket and one end of a socketpair, on which it sends,
for each serving process it starts, the process id with the owner's ends of its connections
socket and claim file (``SCM_RIGHTS``), and the process id of each one that retires. The
hand-out process exits when that socket closes (the owner stopped, or died).
"""

from __future__ import annotations

import argparse
import logging
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import Final

from dkg.service.connection_claims import ClaimFile
from dkg.service.connection_hand_out import HandOut, Taker

logger = logging.getLogger(__name__)

_NOTICE: Final = struct.Struct("=cQ")
"""Owner to hand-out process: :data:`_ADD` (with two descriptors) or :data:`_RETIRE`, and the
serving process's id."""
_ADD: Final = b"a"
_RETIRE: Final = b"r"
_STOP_S: Final = 5.0


class HandOutProcess:
    """The owner's side: starts the hand-out process on ``listener`` and tells it of each
    serving process."""

    def __init__(self, listener: socket.socket) -> None:
        """Hand out the connections accepted on ``listener`` once started."""
        self.listener = listener
        self._notices, self._theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._lock = threading.Lock()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the process (it accepts nothing until a serving process is added and says it
        is ready)."""
        listener, theirs = self.listener, self._theirs
        command = [
            sys.executable,
            "-m",
            "dkg.service.hand_out_process",
            "--listener",
            str(listener.fileno()),
            "--owner",
            str(theirs.fileno()),
        ]
        try:
            self.process = subprocess.Popen(  # noqa: S603 - our module
                command, pass_fds=(listener.fileno(), theirs.fileno())
            )
        finally:
            theirs.close()

    def add(self, pid: int, channel: socket.socket, claims: ClaimFile) -> None:
        """Hand connections to serving process ``pid`` over ``channel`` (the owner's copies of
        ``channel`` and ``claims`` are closed: the hand-out process holds its own)."""
        try:
            with self._lock:
                socket.send_fds(
                    self._notices,
                    [_NOTICE.pack(_ADD, pid)],
                    [channel.fileno(), claims.descriptor],
                )
        except OSError:  # it has ended: the supervisor sees that and stops the service
            logger.error("the connection hand-out process is gone; serving process %d idles", pid)
        finally:
            channel.close()
            claims.close()

    def retire(self, pid: int) -> None:
        """Hand serving process ``pid`` nothing more and take back what it has not taken."""
        with self._lock:
            try:
                self._notices.sendall(_NOTICE.pack(_RETIRE, pid))
            except OSError:
                logger.error("the connection hand-out process is gone")

    @property
    def ended(self) -> bool:
        """Whether the process was started and has ended."""
        return self.process is not None and self.process.poll() is not None

    def close(self) -> None:
        """End the process (it sees its socket close) and wait for it."""
        self._notices.close()
        self._theirs.close()
        if self.process is None:
            return
        try:
            self.process.wait(_STOP_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _follow_owner(owner: socket.socket, hand_out: HandOut, closing: threading.Event) -> None:
    """Add and retire serving processes as the owner says; stop when its socket closes."""
    while True:
        try:
            data, descriptors, _, _ = socket.recv_fds(owner, _NOTICE.size, 2)
        except OSError:
            data, descriptors = b"", []
        if not data:
            closing.set()
            return
        kind, pid = _NOTICE.unpack(data)
        if kind == _ADD and len(descriptors) == 2:
            hand_out.add(
                Taker(pid, socket.socket(fileno=descriptors[0]), ClaimFile(descriptors[1]))
            )
        elif kind == _RETIRE:
            hand_out.retire(pid)


def main(argv: Sequence[str] | None = None) -> None:
    """Hand out connections until the owner is gone."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--listener", type=int, required=True, help="listening socket descriptor")
    parser.add_argument("--owner", type=int, required=True, help="descriptor of the owner's socket")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s:     %(message)s", level=logging.INFO)
    hand_out = HandOut(socket.socket(fileno=args.listener))
    closing = threading.Event()
    owner = socket.socket(fileno=args.owner)
    threading.Thread(target=_follow_owner, args=(owner, hand_out, closing), daemon=True).start()
    hand_out.run(closing)
    hand_out.close()


if __name__ == "__main__":
    main()
