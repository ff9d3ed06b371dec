"""A stand-in for Wikidata's action API on 127.0.0.1, replaying hand-written answers.

The machine that runs the tests has no internet, so ``dkg link`` is tested against this server:
it answers ``wbsearchentities`` and ``wbgetentities`` in the API's own JSON format from the
files in ``tests/fixtures/wikidata`` (see its README), records every request it gets, and can
be told to refuse the first requests with 429 and a Retry-After, as a busy API does.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "wikidata"


@dataclass
class Request:
    """One request the server got: its query parameters and User-Agent."""

    params: dict[str, str]
    user_agent: str


@dataclass
class ReplayServer:
    """The replaying API; ``with ReplayServer() as api:`` serves at ``api.url``."""

    refuse_first: int = 0
    """How many requests are refused (with Retry-After: 0) before answers start."""
    refusal: str = "429"
    """How: "429" (Too Many Requests), or "maxlag" (status 200 and a maxlag error, as the API
    answers while its database replicas lag more than the request's maxlag allows)."""
    requests: list[Request] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/w/api.php"

    def answer(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """The status and JSON body the API gives for these parameters."""
        if len(self.requests) < self.refuse_first:
            if self.refusal == "maxlag":
                info = "Waiting for a database server: 6 seconds lagged."
                return 200, {"error": {"code": "maxlag", "info": info, "lag": 6, "type": "db"}}
            return 429, {"error": {"code": "too-many-requests", "info": "slow down"}}
        if params.get("action") == "wbsearchentities":
            name = params.get("search", "")
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            path = FIXTURES / "search" / f"{slug}.json"
            if path.exists():
                return 200, json.loads(path.read_text(encoding="utf-8"))
            return 200, {"searchinfo": {"search": name}, "search": [], "success": 1}
        if params.get("action") == "wbgetentities":
            entities = {}
            for item_id in params.get("ids", "").split("|"):
                path = FIXTURES / "entities" / f"{item_id}.json"
                found = path.exists()
                entities[item_id] = (
                    json.loads(path.read_text(encoding="utf-8"))
                    if found
                    else {"id": item_id, "missing": ""}
                )
            return 200, {"entities": entities, "success": 1}
        return 200, {"error": {"code": "badvalue", "info": "Unrecognized value for action"}}

    def __enter__(self) -> ReplayServer:
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                params = {key: values[-1] for key, values in query.items()}
                status, body = replay.answer(params)
                replay.requests.append(Request(params, self.headers.get("User-Agent", "")))
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                if "error" in body and len(replay.requests) <= replay.refuse_first:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the tests read ``requests`` instead."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    def asked(self, action: str) -> list[dict[str, str]]:
        """The parameters of the requests for one API action."""
        return [r.params for r in self.requests if r.params.get("action") == action]
