"""One wrk run over a rotation of requests, and what it measured.

wrk (Debian's package) drives the load because a Python client tops out near 800 requests/s,
below what the servers answer; a Lua script rotates through the calls and prints its summary
as one JSON line, which is parsed into a :class:`Load`.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bench.service_load_servers import Call, tool

WRK_SCRIPT: Final = """
next_id = 0
tid = 0
counter = 0
bust = %(bust)s
calls = {%(calls)s}

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
end

function init(args)
  counter = tid * 1000003
end

function request()
  counter = counter + 1
  local call = calls[(counter %% #calls) + 1]
  local body = call.body
  if bust and body then
    body = body .. "\\n# request " .. counter .. "\\n"
  end
  return wrk.format(call.method, call.path, call.headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "errors": %%d, "p50_us": %%d, "p95_us": %%d}\\n',
    summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95)))
end
"""


@dataclass(frozen=True)
class Load:
    """What one wrk run measured."""

    requests: int
    duration_s: float
    p50_ms: float
    p95_ms: float
    errors: int
    cpu_us: float = 0.0
    """CPU time (user and system) the server's processes spent per completed request, in
    microseconds (0: not measured)."""

    @property
    def requests_per_s(self) -> float:
        """Completed requests per second; with none completed, the bound 1/duration
        (a server that finished nothing in the run is slower than that)."""
        return max(self.requests, 1) / self.duration_s


def lua_string(text: str) -> str:
    """A Lua 5.1 string literal for any text: every byte outside printable ASCII, and the
    quote and backslash, as a decimal escape (LuaJIT, wrk's Lua, knows no \\u escapes)."""
    return (
        '"'
        + "".join(
            chr(b) if 32 <= b < 127 and b not in (34, 92) else f"\\{b:03d}" for b in text.encode()
        )
        + '"'
    )


def wrk_script(calls: Sequence[Call], bust: bool) -> str:
    """A wrk script that rotates through ``calls`` and prints its summary as one JSON line."""
    entries = []
    for call in calls:
        headers = ", ".join(
            f"[{lua_string(k)}] = {lua_string(v)}" for k, v in call.headers().items()
        )
        body = "nil" if call.body is None else lua_string(call.body)
        entries.append(
            f"{{method = {lua_string(call.method)}, path = {lua_string(call.path)}, "
            f"headers = {{{headers}}}, body = {body}}}"
        )
    return WRK_SCRIPT % {"bust": "true" if bust else "false", "calls": ",\n".join(entries)}


def run_wrk(base: str, calls: Sequence[Call], bust: bool, connections: int, duration: int) -> Load:
    """Load ``base`` with wrk for ``duration`` seconds; one thread per four connections."""
    wrk = tool("wrk", "apt-get install -y wrk (Debian)")
    threads = max(1, min(2, connections // 4))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(wrk_script(calls, bust))
    try:
        output = subprocess.run(
            [
                wrk,
                f"-t{threads}",
                f"-c{connections}",
                f"-d{duration}s",
                "--timeout",
                "60s",
                "-s",
                handle.name,
                base + "/",
            ],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    finally:
        os.unlink(handle.name)
    line = next(x for x in output.splitlines() if x.startswith("WRKJSON "))
    data = json.loads(line.removeprefix("WRKJSON "))
    return Load(
        requests=data["requests"],
        duration_s=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p95_ms=data["p95_us"] / 1000,
        errors=data["errors"],
    )
