"""Who serves a handed connection: the serving process that claims it, or the hand-out that
takes it back first; never both.

Why: the hand-out of ``dkg serve`` (:mod:`dkg.service.connection_hand_out`) hands each
connection to a serving process and keeps its own copy of the descriptor until the process has
taken it, so that a connection stuck in the queue of a stopped, blocked, retiring or dead
process can be handed to another one. But a stopped process may go on at any moment and take
what is in its queue: if the hand-out had handed the same connection elsewhere meanwhile, two
processes would read one client's requests. So each process has a claim file shared with the
hand-out (a memfd: two counters under a POSIX record lock), and the two sides decide under the
lock:

- the serving process, when its event loop takes connection number ``n`` (they are numbered
  per process, in the order handed), *claims* it unless the hand-out has taken back every
  connection up to a number ``>= n``, in which case it closes its copy unread;
- the hand-out *takes back* every connection it has handed that the process has not claimed, by
  raising that number to the last it handed; the claimed counter it reads under the same lock
  says which ones the process already serves.

The event loop claims connections in the order they were handed, so one counter each way
suffices. A process that died can no longer claim: its counter is final and is read unlocked.
"""

from __future__ import annotations

import errno
import fcntl
import os
import struct
from typing import Final

_COUNTER: Final = struct.Struct("=Q")
_CLAIMED_AT: Final = 0
"""Offset of the highest connection number the serving process has claimed."""
_TAKEN_BACK_AT: Final = _COUNTER.size
"""Offset of the highest connection number the hand-out has taken back."""


class ClaimFile:
    """The claim file of one serving process, from either side (the same descriptor number
    is passed to the process)."""

    def __init__(self, descriptor: int) -> None:
        """Use an open claim file (see :meth:`create`)."""
        self.descriptor = descriptor

    @classmethod
    def create(cls) -> ClaimFile:
        """A new claim file with both counters at 0, inheritable by a serving process."""
        descriptor = os.memfd_create("dkg-connection-claims", 0)
        os.ftruncate(descriptor, 2 * _COUNTER.size)
        return cls(descriptor)

    def claim(self, number: int) -> bool:
        """Serving process: claim connection ``number``; False when the hand-out took it back
        (the process must then close its copy without reading from it).

        Waits for the lock, which the hand-out holds only while it takes connections back.
        """
        fcntl.lockf(self.descriptor, fcntl.LOCK_EX)
        try:
            if self._read(_TAKEN_BACK_AT) >= number:
                return False
            os.pwrite(self.descriptor, _COUNTER.pack(number), _CLAIMED_AT)
            return True
        finally:
            fcntl.lockf(self.descriptor, fcntl.LOCK_UN)

    def take_back(self, through: int) -> int | None:
        """Hand-out: take back every connection numbered up to ``through`` that the process has
        not claimed; returns the highest number it has claimed (those are its to serve), or
        None when the process holds the lock now (stopped while claiming: try again later)."""
        try:
            fcntl.lockf(self.descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EAGAIN):
                return None
            raise
        try:
            os.pwrite(self.descriptor, _COUNTER.pack(through), _TAKEN_BACK_AT)
            return self._read(_CLAIMED_AT)
        finally:
            fcntl.lockf(self.descriptor, fcntl.LOCK_UN)

    def claimed(self) -> int:
        """Hand-out, once the process has ended: the highest number it claimed."""
        return self._read(_CLAIMED_AT)

    def close(self) -> None:
        """Close this side's descriptor."""
        os.close(self.descriptor)

    def _read(self, offset: int) -> int:
        (value,) = _COUNTER.unpack(os.pread(self.descriptor, _COUNTER.size, offset))
        return int(value)
