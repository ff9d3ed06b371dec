"""Wikidata's action API, asked politely: the two calls ``dkg link`` needs, and nothing else.

Wikimedia asks API clients for a User-Agent that names the tool and a way to reach its
maintainers, for ``maxlag`` so that bots back off while the database replicas lag, and to wait
as long as a 429 or 503 answer's Retry-After says (https://www.mediawiki.org/wiki/API:Etiquette,
https://www.mediawiki.org/wiki/Manual:Maxlag_parameter). A lagging server answers ``maxlag``
with status 200, an ``error`` member whose code is ``maxlag`` and a Retry-After header, so that
answer is waited out like a 503. Retries are bounded: past them the run stops with
:class:`ApiUnavailable` rather than hammering a server that is refusing us.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Final

import httpx

DEFAULT_API: Final = "https://www.wikidata.org/w/api.php"
BATCH_IDS: Final = 50
"""The most ids one ``wbgetentities`` call takes (the API's limit for clients without bot
rights)."""
SEARCH_LIMIT: Final = 10
"""Candidates asked for one name: a person or company shares a name with a few items at most,
and a name shared by more is left unlinked anyway when two of them pass the checks."""
MAX_RETRIES: Final = 4
MAX_WAIT_S: Final = 60.0
"""A Retry-After longer than this is not waited out: the run stops and says so."""
TIMEOUT_S: Final = 30.0
"""Seconds to connect, or between two reads of an answer, before the API counts as unreachable."""
RETRIED_STATUSES: Final = frozenset({429, 503})

Json = dict[str, Any]


def _release() -> str:
    try:
        return version("diplomatic-knowledge-graph")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "0"


RELEASE: Final = _release()
"""This project's version: in the User-Agent, and in the links' software agent."""
USER_AGENT: Final = (
    f"diplomatic-knowledge-graph/{RELEASE} (dkg link; https://w3id.org/diplomatic-kg; "
    f"links the entities of a local knowledge graph) httpx/{httpx.__version__}"
)


class ApiUnavailable(Exception):
    """The API could not be reached, or kept refusing; the message says what to do."""


class WikidataApi:
    """A client for ``wbsearchentities`` and ``wbgetentities`` at one API URL."""

    def __init__(self, url: str = DEFAULT_API) -> None:
        """Ask ``url`` (an ``api.php``)."""
        self.url = url
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            timeout=TIMEOUT_S,
            follow_redirects=True,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def search(self, name: str) -> list[str]:
        """The ids of the items whose label or alias matches ``name``, best first.

        Raises:
            ApiUnavailable: see :meth:`get`.
        """
        answer = self.get(
            {
                "action": "wbsearchentities",
                "search": name,
                "language": "en",
                "uselang": "en",
                "type": "item",
                "limit": str(SEARCH_LIMIT),
            }
        )
        return [str(hit["id"]) for hit in answer.get("search", []) if "id" in hit]

    def entities(self, ids: Sequence[str]) -> dict[str, Json]:
        """The labels, aliases and claims of up to :data:`BATCH_IDS` items, by id.

        An id the API does not know (deleted, merged away) is left out.

        Raises:
            ValueError: more ids than one call takes.
            ApiUnavailable: see :meth:`get`.
        """
        if len(ids) > BATCH_IDS:
            raise ValueError(f"at most {BATCH_IDS} ids per call, got {len(ids)}")
        answer = self.get(
            {
                "action": "wbgetentities",
                "ids": "|".join(ids),
                "props": "labels|aliases|claims",
                "languages": "en|mul",
            }
        )
        found = answer.get("entities", {})
        return {i: e for i, e in found.items() if isinstance(e, dict) and "missing" not in e}

    def get(self, params: Mapping[str, str]) -> Json:
        """One API call with ``format=json`` and ``maxlag=5``, retried when the server asks.

        Raises:
            ApiUnavailable: the server cannot be reached, answers an error, or still refuses
                after :data:`MAX_RETRIES` waits.
        """
        query = {**params, "format": "json", "maxlag": "5"}
        for attempt in range(MAX_RETRIES + 1):
            try:
                response = self._client.get(self.url, params=query)
            except httpx.HTTPError as error:
                raise ApiUnavailable(
                    f"cannot reach {self.url}: {error or type(error).__name__}; "
                    "use --offline to link from the cache only"
                ) from None
            answer = _json_of(response)
            lagging = answer is not None and answer.get("error", {}).get("code") == "maxlag"
            if response.status_code not in RETRIED_STATUSES and not lagging:
                return _checked(self.url, response, answer)
            wait = _retry_after(response)
            if attempt == MAX_RETRIES or wait > MAX_WAIT_S:
                break
            time.sleep(wait)
        raise ApiUnavailable(
            f"{self.url} keeps asking us to wait (status {response.status_code}"
            f"{', database lag' if lagging else ''}); try again later, or use --offline "
            "to link from the cache only"
        )


def _json_of(response: httpx.Response) -> Json | None:
    """The answer's JSON object, or None when it is not one (an HTML page, a proxy's error)."""
    try:
        answer = response.json()
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def _checked(url: str, response: httpx.Response, answer: Json | None) -> Json:
    """The answer of a call the server did not ask us to retry, or why it is of no use."""
    if response.status_code != 200 or answer is None:
        raise ApiUnavailable(
            f"{url} answered {response.status_code} {response.reason_phrase}"
            f"{' (not JSON)' if answer is None else ''}: is it "
            "Wikidata's api.php? Give the right one with --api or $DKG_WIKIDATA_API"
        )
    if "error" in answer:
        error = answer["error"]
        raise ApiUnavailable(f"{url} refused the request: {error.get('info', error)}")
    return answer


def _retry_after(response: httpx.Response) -> float:
    """Seconds the server asked us to wait (Retry-After in seconds), else 5."""
    try:
        return max(0.0, float(response.headers.get("Retry-After", "5")))
    except ValueError:  # an HTTP date: rare from MediaWiki, waited as its default
        return 5.0
