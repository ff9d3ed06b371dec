"""A small in-process cache of assembled canned-query answers.

Keys hold the store version, so a write makes every older entry unreachable; they age out of
the LRU order instead of being invalidated one by one. Repeated canned requests (a UI refresh,
a script paging through ``offset``) are then answered without running SPARQL at all.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class ResultCache(Generic[V]):
    """A thread-safe least-recently-used mapping with a fixed number of entries."""

    def __init__(self, capacity: int = 256) -> None:
        """Keep at most ``capacity`` answers (0 disables caching)."""
        self.capacity = capacity
        self._entries: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        """The cached value for ``key``, now the most recently used, or None."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> None:
        """Store ``value``, dropping the least recently used entry when full."""
        if self.capacity <= 0:
            return
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
