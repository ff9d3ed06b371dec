"""Length-prefixed frames between the web process and a query worker, over the raw descriptor of
their socket pair: a message is one ``write`` of header and payload, and a small reply is read
with one ``read``.

Why not ``multiprocessing.Connection.send``/``recv``: per query they cost a ForkingPickler
(with a copy of the dispatch table), a read of the 4-byte header and another of the body, and,
to wait for the reply on the event loop, an ``add_reader`` followed by ``os.set_blocking`` to
undo what uvloop did to the descriptor. Here the web process's end stays non-blocking for good
(every read here copes with ``EAGAIN``), so threads and the event loop can take turns on the
same worker.

The worker's end stays blocking: it has nothing else to do while it waits for a task.
"""

from __future__ import annotations

import asyncio
import os
import select
import struct
import time
from typing import Final, overload

_HEADER: Final = struct.Struct("!Q")
_FIRST_READ: Final = 1 << 16
"""Bytes asked for by the first read of a reply: most answers (and their header) fit."""


class _Frame:
    """A frame being read: the header, then the payload, from chunks of any size."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._size: int | None = None

    @property
    def wanted(self) -> int:
        """How many bytes the next read should ask for."""
        if self._size is None:
            return _FIRST_READ
        return max(1, _HEADER.size + self._size - len(self._buffer))

    def add(self, chunk: bytes) -> bytes | None:
        """Take ``chunk``; the payload once the frame is complete, else None.

        Raises:
            EOFError: the other end closed (``chunk`` is empty).
        """
        if not chunk:
            raise EOFError("the other end of the worker channel closed")
        self._buffer += chunk
        if self._size is None and len(self._buffer) >= _HEADER.size:
            (self._size,) = _HEADER.unpack_from(self._buffer)
        if self._size is not None and len(self._buffer) >= _HEADER.size + self._size:
            return bytes(self._buffer[_HEADER.size : _HEADER.size + self._size])
        return None


def write_frame(fd: int, payload: bytes) -> None:
    """Send ``payload`` as one frame; on a non-blocking descriptor, wait while the socket's
    buffer is full (the worker reads its task at once, so only a huge query ever waits)."""
    data = memoryview(_HEADER.pack(len(payload)) + payload)
    while data:
        try:
            written = os.write(fd, data)
        except BlockingIOError:
            _wait(fd, select.POLLOUT, None)
            continue
        data = data[written:]


@overload
def read_frame(fd: int, timeout: None = None) -> bytes: ...
@overload
def read_frame(fd: int, timeout: float) -> bytes | None: ...
def read_frame(fd: int, timeout: float | None = None) -> bytes | None:
    """The next frame's payload, waiting (this thread) at most ``timeout`` seconds (None: for
    ever); None if it did not arrive in time.

    Raises:
        EOFError: the other end closed.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    frame = _Frame()
    while True:
        try:
            payload = frame.add(os.read(fd, frame.wanted))
        except BlockingIOError:  # the web process's end: wait for data, then read again
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return None
            if not _wait(fd, select.POLLIN, remaining):
                return None
            continue
        if payload is not None:
            return payload


async def read_frame_async(fd: int, timeout: float) -> bytes | None:
    """:func:`read_frame` for the event loop: waits on the loop, without a thread.

    Raises:
        EOFError: the other end closed.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    frame = _Frame()
    while True:
        if not await _readable(loop, fd, deadline):
            return None
        try:
            payload = frame.add(os.read(fd, frame.wanted))
        except BlockingIOError:
            continue
        if payload is not None:
            return payload


async def _readable(loop: asyncio.AbstractEventLoop, fd: int, deadline: float) -> bool:
    """Wait until ``fd`` has data or the loop's clock reaches ``deadline``."""
    ready: asyncio.Future[bool] = loop.create_future()

    def settle(value: bool) -> None:
        if not ready.done():
            ready.set_result(value)

    loop.add_reader(fd, settle, True)
    timer = loop.call_at(deadline, settle, False)
    try:
        return await ready
    finally:
        timer.cancel()
        loop.remove_reader(fd)


def _wait(fd: int, event: int, timeout: float | None) -> bool:
    """Block until ``fd`` is ready for ``event`` (poll, not select: any descriptor number)."""
    poller = select.poll()
    poller.register(fd, event)
    milliseconds = None if timeout is None else max(0, int(timeout * 1000) + 1)
    return bool(poller.poll(milliseconds))
