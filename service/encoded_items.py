"""A canned answer as the bytes its pages are cut from: every item encoded once, back to back.

Pages used to be cut from a list of item dicts and encoded for every page; here each item is
encoded once, when the answer is computed, and a page is one slice of bytes between two item
offsets inside the page's envelope (``{"items":[...],"total":n,"limit":l,"offset":o}``, byte for
byte what ``json.dumps`` writes for the same page). The bytes have the layout of the file that
serving processes share (:mod:`dkg.service.shared_answers`), so an answer a sibling process
computed is mapped into memory and paged without being parsed.

Layout: a 16-byte tag, the item count ``n`` and ``n + 1`` offsets (unsigned 64-bit,
little-endian), then the items, each followed by a comma; item ``i`` spans from offset ``i`` to
one byte before offset ``i + 1`` (offsets count from the start of the items).
"""

from __future__ import annotations

import json
import mmap
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

TAG: Final = b"dkg-items-v1\n\0\0\0"
"""Starts every encoded answer; a file without it (another version's layout) is not read."""
_WORD: Final = struct.Struct("<Q")
_HEAD: Final = len(TAG) + _WORD.size
# Same settings as the JSON the endpoints always sent (and JSONResponse writes).
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class EncodedItems:
    """The items of one answer, encoded, in a buffer of the layout above (bytes or a map)."""

    def __init__(self, buffer: bytes | mmap.mmap) -> None:
        """Wrap a buffer written by :meth:`encode` (or a file of its bytes).

        Raises:
            ValueError: the buffer is not an encoded answer, or is cut short.
        """
        if len(buffer) < _HEAD or buffer[: len(TAG)] != TAG:
            raise ValueError("not an encoded canned answer")
        self._buffer = buffer
        self._count: int = _WORD.unpack_from(buffer, len(TAG))[0]
        self._items_at = _HEAD + _WORD.size * (self._count + 1)
        if len(buffer) < self._items_at or len(buffer) != self._items_at + self._offset(
            self._count
        ):
            raise ValueError("the encoded canned answer is cut short")

    @classmethod
    def encode(cls, items: Iterable[Any]) -> EncodedItems:
        """Encode each item once, as the endpoints send it."""
        parts = [_ENCODER.encode(item).encode("utf-8") + b"," for item in items]
        offsets = [0]
        for part in parts:
            offsets.append(offsets[-1] + len(part))
        head = TAG + _WORD.pack(len(parts)) + struct.pack(f"<{len(offsets)}Q", *offsets)
        return cls(b"".join([head, *parts]))

    @classmethod
    def read(cls, path: Path) -> EncodedItems:
        """Map the file at ``path`` into memory (shared by every process that reads it).

        Raises:
            OSError: the file cannot be read.
            ValueError: it holds no complete encoded answer.
        """
        with path.open("rb") as file:
            try:
                mapped = mmap.mmap(file.fileno(), 0, prot=mmap.PROT_READ)
            except ValueError as error:  # an empty file cannot be mapped
                raise ValueError(f"{path} is empty") from error
        return cls(mapped)

    @property
    def size(self) -> int:
        """Bytes of the encoded answer (what a file of it takes)."""
        return len(self._buffer)

    def write(self, path: Path) -> None:
        """Write the encoded answer to ``path`` (the caller moves it into place)."""
        path.write_bytes(self._buffer)

    def __len__(self) -> int:
        return self._count

    def page(self, limit: int, offset: int) -> bytes:
        """The JSON body of one page, ``{items, total, limit, offset}``."""
        return page_body(self.items_bytes(limit, offset), self._count, limit, offset)

    def decode(self, limit: int, offset: int) -> list[Any]:
        """The items of one page, decoded (for an answer whose items are a page's keys)."""
        items: list[Any] = json.loads(b"[" + self.items_bytes(limit, offset) + b"]")
        return items

    def items_bytes(self, limit: int, offset: int) -> bytes:
        """The encoded items of one page, comma-separated, without the comma after the last."""
        first = min(offset, self._count)
        last = min(offset + limit, self._count)
        if last <= first:
            return b""
        start = self._items_at + self._offset(first)
        return bytes(self._buffer[start : self._items_at + self._offset(last) - 1])

    def _offset(self, index: int) -> int:
        value: int = _WORD.unpack_from(self._buffer, _HEAD + _WORD.size * index)[0]
        return value


def page_body(items: bytes, total: int, limit: int, offset: int) -> bytes:
    """The JSON body ``{items, total, limit, offset}`` around encoded, comma-separated items."""
    tail = f'],"total":{total},"limit":{limit},"offset":{offset}}}'
    return b'{"items":[' + items + tail.encode("ascii")
