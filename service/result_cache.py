"""A small in-process cache of assembled canned-query answers.

Keys hold the store version, so a write makes every older entry unreachable; they age out of
the LRU order instead of being invalidated one by one. Repeated canned requests (a UI refresh,
a script paging through ``offset``) are then answered without running SPARQL at all.

Computing is single-flight: while one thread computes a key, others asking for the same key wait
for its answer instead of running the same query again (eight clients opening the same page
right after a write cost one query, not eight).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Generic, TypeVar

V = TypeVar("V")


class ResultCache(Generic[V]):
    """A thread-safe least-recently-used mapping whose entries weigh at most ``capacity``."""

    def __init__(self, capacity: int = 256, weigh: Callable[[V], int] | None = None) -> None:
        """Keep answers weighing at most ``capacity`` together (0 disables caching).

        By default every entry weighs 1, so ``capacity`` counts entries; ``weigh`` gives each
        value its own weight (the byte length of an encoded page), so the cache holds a byte
        budget whatever the page sizes.
        """
        self.capacity = capacity
        self._weigh = weigh
        self._weight = 0
        self._entries: OrderedDict[Hashable, V] = OrderedDict()
        self._pending: dict[Hashable, Future[V]] = {}
        self._lock = threading.Lock()

    def get_or_compute(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The cached value for ``key``, or ``compute()`` run once however many threads ask.

        Raises:
            Whatever ``compute`` raises (to every waiting thread); nothing is cached then.
        """
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
            pending = self._pending.get(key)
            owner = pending is None
            if pending is None:
                pending = self._pending[key] = Future()
        if not owner:
            return pending.result()
        try:
            value = compute()
        except BaseException as error:
            pending.set_exception(error)
            raise
        else:
            self.put(key, value)
            pending.set_result(value)
            return value
        finally:
            with self._lock:
                self._pending.pop(key, None)

    def get(self, key: Hashable) -> V | None:
        """The cached value for ``key``, now the most recently used, or None."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> None:
        """Store ``value``, dropping the least recently used entries while over capacity.

        A value weighing more than the whole capacity is not kept at all.
        """
        weight = self._weight_of(value)
        if weight > self.capacity:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._weight -= self._weight_of(old)
            self._entries[key] = value
            self._weight += weight
            while self._weight > self.capacity:
                _, dropped = self._entries.popitem(last=False)
                self._weight -= self._weight_of(dropped)

    def _weight_of(self, value: V) -> int:
        return 1 if self._weigh is None else self._weigh(value)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
