"""Canned answers shared by the serving processes of ``dkg serve``: computed once, read by all.

Each serving process used to keep its own answers: a page primed in one process was computed
again by the next one a client's connection reached, and at a million triples every process
ran each unfiltered query itself after a write (seconds of CPU each, on cores the others
needed). Now an answer is a file (:class:`~dkg.service.encoded_items.EncodedItems`) in the
``answers`` folder of the snapshot it was read from: one process computes it under a file lock
while the others wait for it, and every process maps the same file into memory. The folder goes
with its snapshot, so an answer can never outlive the data version it belongs to.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Final

from dkg.service.encoded_items import EncodedItems

ANSWERS: Final = "answers"
"""The folder, inside a snapshot, of the answers read from it."""
BUDGET_BYTES: Final = 1024 * 1024 * 1024
"""Most bytes of answer files one snapshot keeps; past it, answers are computed per process."""
_POLL_S: Final = (0.002, 0.05)
"""First and longest pause between two looks at a lock another process holds."""


class SharedAnswers:
    """The answers of one snapshot, shared by the processes that read it."""

    def __init__(self, snapshot: Path, *, wait_s: float, budget_bytes: int = BUDGET_BYTES) -> None:
        """Share answers in ``snapshot``'s answers folder.

        A process waits at most ``wait_s`` (the query time limit) for a sibling computing the
        same answer, then computes it itself: a sibling past the limit is retiring.
        """
        self.directory = snapshot / ANSWERS
        self.wait_s = wait_s
        self.budget_bytes = budget_bytes

    def get_or_compute(self, key: str, compute: Callable[[], EncodedItems]) -> EncodedItems:
        """The answer filed under ``key``, or ``compute()`` run by one process and filed.

        Raises:
            Whatever ``compute`` raises; nothing is filed then, and the next process to ask
            computes it again.
        """
        path = self._path(key)
        found = _read(path)
        if found is not None:
            return found
        try:
            self.directory.mkdir(exist_ok=True)
            lock = path.with_suffix(".lock").open("ab")
        except OSError:  # the snapshot was superseded and deleted meanwhile
            return compute()
        with lock:
            if not _acquire(lock, time.monotonic() + self.wait_s):
                return compute()
            found = _read(path)
            if found is not None:
                return found
            answer = compute()
            self._file(path, answer)
            return answer

    def peek(self, key: str) -> EncodedItems | None:
        """The answer filed under ``key`` if one is, without computing or waiting for it."""
        return _read(self._path(key))

    def computing(self, key: str) -> bool:
        """Whether another process is computing ``key`` now (background warming then leaves
        it to that process and computes the next answer instead)."""
        try:
            with self._path(key).with_suffix(".lock").open("rb") as lock:
                if not _acquire(lock, 0.0):
                    return True
        except FileNotFoundError:
            return False
        return False

    def _path(self, key: str) -> Path:
        return self.directory / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:40] + ".items")

    def _file(self, path: Path, answer: EncodedItems) -> None:
        """File ``answer`` in one step (a reader never sees half of it), within the budget."""
        used = sum(entry.stat().st_size for entry in self.directory.glob("*.items"))
        if used + answer.size > self.budget_bytes:
            return
        draft = path.with_suffix(f".{os.getpid()}.draft")
        try:
            answer.write(draft)
            os.replace(draft, path)
        except OSError:  # the snapshot was superseded and deleted meanwhile
            draft.unlink(missing_ok=True)


def _read(path: Path) -> EncodedItems | None:
    try:
        return EncodedItems.read(path)
    except (OSError, ValueError):
        return None


def _acquire(lock: IO[bytes], deadline: float) -> bool:
    """Take the exclusive lock on ``lock`` before ``deadline`` (a monotonic time)."""
    pause = _POLL_S[0]
    while True:
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(pause)
            pause = min(2 * pause, _POLL_S[1])
