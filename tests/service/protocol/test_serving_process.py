"""A serving process's connections: each answer leaves in one send, and nothing is held back
from a closing connection or a large streamed answer."""

from __future__ import annotations

import asyncio
import socket

from dkg.service.serving_process import HELD_BYTES, OneSendPerTurn


async def _pair() -> tuple[asyncio.Transport, socket.socket]:
    """A real loopback connection: our transport on one end, a plain socket on the other."""
    ours, theirs = socket.socketpair()
    transport, _ = await asyncio.get_running_loop().connect_accepted_socket(asyncio.Protocol, ours)
    theirs.setblocking(False)
    return transport, theirs


def _received(peer: socket.socket) -> list[bytes]:
    """What has arrived so far, one entry per read (stops at the end of the stream)."""
    parts = []
    while True:
        try:
            part = peer.recv(1 << 20)
        except BlockingIOError:
            return parts
        if not part:
            return parts
        parts.append(part)


def test_serving_process_answer_leaves_in_one_send() -> None:
    """Headers and body written in one turn reach the client together when the turn ends
    (a plain transport sends each write at once)."""

    async def scenario() -> tuple[list[bytes], list[bytes], list[bytes]]:
        transport, peer = await _pair()
        sending = OneSendPerTurn(transport, asyncio.get_running_loop())
        sending.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        sending.write(b"ok")
        during_turn = _received(peer)
        await asyncio.sleep(0.05)
        after_turn = _received(peer)
        sending.write(b"last")
        sending.close()  # queued bytes go out before the connection closes
        await asyncio.sleep(0.05)
        after_close = _received(peer)
        peer.close()
        return during_turn, after_turn, after_close

    during, after, closed = asyncio.run(scenario())
    assert during == []
    assert after == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"]
    assert closed[0] == b"last"


def test_serving_process_large_answer_is_not_held() -> None:
    """A body over the held size goes to the transport at once, where its flow control (pause
    the writer while the client is slow) applies as without the wrapper."""

    async def scenario() -> int:
        transport, peer = await _pair()
        sending = OneSendPerTurn(transport, asyncio.get_running_loop())
        sending.write(b"x" * (HELD_BYTES + 1))
        in_transport = transport.get_write_buffer_size() + len(b"".join(_received(peer)))
        transport.close()
        peer.close()
        return in_transport

    assert asyncio.run(scenario()) == HELD_BYTES + 1
