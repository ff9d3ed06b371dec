"""The answers ``dkg link`` got from Wikidata, kept in a JSON file so no question is asked twice.

A second run asks the API only what the first did not (new names, new candidates), and
``--offline`` answers from this file alone. Each answer keeps the day it was retrieved: that day,
not the day of the run, is the ``dip:retrievedOn`` of a link made from it. The file is replaced
whole (written beside, then renamed), so an interrupted run leaves the previous file or the new
one, never half of one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from dkg.cli.wikidata_api import BATCH_IDS, Json, WikidataApi

CACHE_FILE: Final = "wikidata-cache.json"
"""The cache's name in the store folder, where it lives unless ``--cache`` says otherwise."""
FORMAT: Final = 1
"""The layout of the file; a file of another layout is read as empty and rewritten."""


@dataclass(frozen=True)
class Item:
    """One Wikidata item as ``wbgetentities`` gave it, the day and the API it came from."""

    id: str
    entity: Json
    retrieved: dt.date
    source: str
    """The URL of the API that answered (Wikidata's, unless ``--api`` named another)."""


class AnswerCache:
    """Search results and items by question, read from and written back to one file."""

    def __init__(self, path: Path) -> None:
        """Read ``path`` if it exists (a file that is not a cache of ours counts as empty)."""
        self.path = path
        self._answers: dict[str, dict[str, Any]] = {}
        self.changed = False
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError, UnicodeDecodeError) as error:
            raise CacheUnreadable(
                f"cannot read the cache {path} ({error}): remove it or give another with --cache"
            ) from None
        if isinstance(data, dict) and data.get("format") == FORMAT:
            self._answers = dict(data.get("answers", {}))

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored answer ``{"retrieved": "YYYY-MM-DD", "source": URL, "value": ...}``, or
        None."""
        return self._answers.get(key)

    def put(self, key: str, value: Any, retrieved: dt.date, source: str) -> None:
        """Remember an answer, the day it came and the API that gave it."""
        self._answers[key] = {"retrieved": retrieved.isoformat(), "source": source, "value": value}
        self.changed = True

    def save(self) -> None:
        """Write the file if anything was added (atomically: a temporary file, renamed)."""
        if not self.changed:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(
            json.dumps({"format": FORMAT, "answers": self._answers}, sort_keys=True, indent=0),
            encoding="utf-8",
        )
        os.replace(partial, self.path)
        self.changed = False


class CacheUnreadable(Exception):
    """The cache file exists but cannot be read as one."""


class CachedWikidata:
    """Wikidata's answers: from the cache first, else from the API (None: offline)."""

    def __init__(
        self, cache: AnswerCache, api: WikidataApi | None, today: Callable[[], dt.date]
    ) -> None:
        """Answer from ``cache``, asking ``api`` what it lacks unless ``api`` is None."""
        self.cache = cache
        self.api = api
        self._today = today
        self.asked = 0
        """API calls made in this run (the cache answered the rest)."""

    def search(self, name: str) -> list[str] | None:
        """Candidate item ids for a name; None when offline and the cache never asked it.

        Raises:
            ApiUnavailable: the API was needed and could not answer.
        """
        key = "search:" + name
        stored = self.cache.get(key)
        if stored is not None:
            return list(stored["value"])
        if self.api is None:
            return None
        found = self.api.search(name)
        self.asked += 1
        self.cache.put(key, found, self._today(), self.api.url)
        return found

    def items(self, ids: Iterable[str]) -> dict[str, Item] | None:
        """The items of ``ids`` that exist, asking the API for the missing ones in batches;
        None when offline and the cache lacks one of them (a decision on part of the
        candidates could link the wrong one).

        An id the API does not know (deleted, merged away) is remembered as such, so it is
        not asked again.

        Raises:
            ApiUnavailable: the API was needed and could not answer.
        """
        wanted = list(dict.fromkeys(ids))
        missing = [i for i in wanted if self.cache.get("item:" + i) is None]
        if missing and self.api is None:
            return None
        if self.api is not None:
            for start in range(0, len(missing), BATCH_IDS):
                batch = missing[start : start + BATCH_IDS]
                found = self.api.entities(batch)
                self.asked += 1
                for item_id in batch:
                    self.cache.put(
                        "item:" + item_id, found.get(item_id), self._today(), self.api.url
                    )
        items: dict[str, Item] = {}
        for item_id in wanted:
            stored = self.cache.get("item:" + item_id)
            if stored is not None and stored["value"] is not None:
                retrieved = dt.date.fromisoformat(stored["retrieved"])
                items[item_id] = Item(item_id, stored["value"], retrieved, stored["source"])
        return items
