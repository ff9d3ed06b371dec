"""Who owns an on-disk store, so other ``dkg`` processes can still reach its data.

RocksDB admits one process per store folder. ``dkg serve`` is that process while it runs; it
leaves a small file in the store folder saying where it listens. ``dkg query`` and ``dkg export``
then send their work to the running service over HTTP instead of failing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

OWNER_FILE = "dkg-serve.json"


@dataclass(frozen=True)
class Owner:
    """A running ``dkg serve``: its process id and base URL."""

    pid: int
    url: str


def write_owner(store_path: Path, owner: Owner) -> None:
    """Announce this process as the owner of the store."""
    (store_path / OWNER_FILE).write_text(json.dumps({"pid": owner.pid, "url": owner.url}))


def clear_owner(store_path: Path) -> None:
    """Withdraw the announcement (on shutdown)."""
    (store_path / OWNER_FILE).unlink(missing_ok=True)


def read_owner(store_path: Path) -> Owner | None:
    """The live owner of the store, or None when no running service announced itself."""
    try:
        data = json.loads((store_path / OWNER_FILE).read_text())
        owner = Owner(pid=int(data["pid"]), url=str(data["url"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, but another user's
    return owner
