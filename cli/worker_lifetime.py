"""Ingest workers end when the ingest that started them is gone.

Workers come from a forkserver, so they are not the ingest's children and no signal reaches
them when it dies. An ingest killed with SIGKILL (or by the OOM killer) left its workers
blocked for ever on a result pipe nobody reads, each holding ~60 MB, and the forkserver with
them. A thread in each worker checks that the ingest still exists and ends the worker when it
does not; the forkserver then sees its last client go and exits too.
"""

from __future__ import annotations

import os
import threading
import time

CHECK_SECONDS = 1.0
"""How often a worker looks for its ingest: a leak lasts at most this long."""


def end_with(ingest_pid: int) -> None:
    """Worker initializer: exit this process soon after ``ingest_pid`` has ended."""
    threading.Thread(target=_watch, args=(ingest_pid,), name="end-with-ingest", daemon=True).start()


def _watch(ingest_pid: int) -> None:
    while True:
        time.sleep(CHECK_SECONDS)
        try:
            os.kill(ingest_pid, 0)
        except (ProcessLookupError, PermissionError):
            # Gone (or its pid already reused by another user's process). os._exit, not
            # sys.exit: the main thread may be blocked writing to a pipe whose reader is dead.
            os._exit(1)
