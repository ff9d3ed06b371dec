"""Generated-request fuzzing from the OpenAPI document (schemathesis): every operation, with
valid and invalid parameters and bodies, must answer without a 5xx and inside what the document
says (status code, content type, headers and body schema).

The service runs for real, on a socket, over its own throwaway store holding the sample dataset,
with the update token configured and document ingestion on, so that the write endpoints are
reached too. The run is derandomized: CI sends the same requests every time. ``make fuzz`` runs
the same test with many more examples per operation (``DKG_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from dkg.cli.ingest import ingest_paths
from dkg.service.app import create_app
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore
from tests.service.protocol.conftest import TOKEN, RunningServer, load_sample, make_settings

EXAMPLES_PER_OPERATION = int(os.environ.get("DKG_FUZZ_EXAMPLES", "15"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@schemathesis.serializer(
    "application/sparql-query",
    "application/sparql-update",
    "text/turtle",
    "application/n-triples",
    "application/rdf+xml",
)
def text_body(_: schemathesis.SerializationContext, value: object) -> dict[str, bytes]:
    """SPARQL and RDF bodies are text: send generated strings as UTF-8, anything else as JSON."""
    if isinstance(value, bytes):
        return {"data": value}
    return {"data": (value if isinstance(value, str) else json.dumps(value)).encode("utf-8")}


def fuzzed_settings(snapshot_dir: Path | None) -> Settings:
    """The test settings, with a small request cap so that long generated values meet 413 too."""
    return make_settings(Path(), snapshot_dir=snapshot_dir, max_request_bytes=64 * 1024)


# The document the operations are generated from; test_openapi_fuzz_document_is_the_served_one
# checks that it is exactly what the running service publishes at /openapi.json.
DOCUMENT = create_app(fuzzed_settings(None)).openapi()
schema = schemathesis.openapi.from_dict(DOCUMENT)


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """The whole service on a real socket, over a store only this module writes to."""
    store = EmbeddedStore()
    load_sample(store)
    app = create_app(
        fuzzed_settings(tmp_path_factory.mktemp("fuzz")), store=store, ingest=ingest_paths
    )
    with RunningServer(app) as server:
        yield server


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """One keep-alive connection for all generated requests."""
    with requests.Session() as http:
        yield http


def test_openapi_fuzz_document_is_the_served_one(fuzzed_server: RunningServer) -> None:
    served = requests.get(f"{fuzzed_server.url}/openapi.json", timeout=30)
    assert served.status_code == 200
    assert served.json() == DOCUMENT


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_openapi_fuzz_every_operation_answers_as_documented(
    case: schemathesis.Case, fuzzed_server: RunningServer, session: requests.Session
) -> None:
    # Every case carries the token, so that writes get past the 401 and reach the store.
    case.headers = {"Authorization": f"Bearer {TOKEN}", **(case.headers or {})}
    case.call_and_validate(
        base_url=fuzzed_server.url,
        session=session,
        checks=CHECKS,
        timeout=30,
        allow_redirects=False,  # a 303 is an answer to check, not a step to follow
    )
