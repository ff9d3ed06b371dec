"""The dataset as a whole: ``GET /dataset`` streams every quad (what ``dkg export`` reads when
the service owns the store) and ``GET /.well-known/void`` describes it in VoID."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterator
from typing import Final

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse
from pyoxigraph import RdfFormat
from starlette.concurrency import run_in_threadpool

from dkg.ontology import PREFIXES
from dkg.service.descriptions import CLASS_QUERY, COUNT_QUERY, void_description
from dkg.service.negotiation import DATASETS, GRAPHS
from dkg.service.openapi_docs import GRAPH_ANSWERS, answer_content, problems, string_parameter
from dkg.service.results import GraphResult, SelectResult, graph_media_type, write_graph
from dkg.service.runtime import Runtime
from dkg.service.snapshot_reader import SnapshotStore
from dkg.service.store.base import Store

logger = logging.getLogger(__name__)

_DATASET_FORMATS: Final = {
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
}
_CHUNK_BYTES: Final = 64 * 1024


class _Cancelled(Exception):
    """The client went away; stop dumping."""


class _ChunkWriter:
    """A file-like sink that hands the dump to the response in chunks, with back-pressure."""

    def __init__(self, chunks: queue.Queue[bytes | None], cancelled: threading.Event) -> None:
        self._chunks = chunks
        self._cancelled = cancelled
        self._buffer = bytearray()

    def write(self, data: bytes) -> int:
        self._buffer += data
        if len(self._buffer) >= _CHUNK_BYTES:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._buffer:
            self._put(bytes(self._buffer))
            self._buffer.clear()

    def _put(self, item: bytes | None) -> None:
        while not self._cancelled.is_set():
            try:
                self._chunks.put(item, timeout=1)
                return
            except queue.Full:
                continue
        raise _Cancelled

    def close(self) -> None:
        self.flush()
        self._put(None)


def stream_dump(store: Store | SnapshotStore, rdf_format: RdfFormat) -> Iterator[bytes]:
    """Yield the store's dump while a thread writes it, holding at most a few chunks in memory."""
    chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
    cancelled = threading.Event()
    writer = _ChunkWriter(chunks, cancelled)

    def produce() -> None:
        try:
            store.dump(writer, rdf_format)  # type: ignore[arg-type]
            writer.close()
        except (_Cancelled, OSError) as error:
            if not cancelled.is_set():
                logger.error("dumping the dataset failed: %s", error)
                chunks.put(None)

    threading.Thread(target=produce, name="dkg-dump", daemon=True).start()
    try:
        while (chunk := chunks.get()) is not None:
            yield chunk
    finally:
        cancelled.set()


def build_router(runtime: Runtime) -> APIRouter:
    """The /dataset and /.well-known/void routes."""
    settings = runtime.settings
    router = APIRouter(tags=["Dataset"])
    void_cache: dict[str, tuple[SelectResult, SelectResult]] = {}

    @router.get(
        "/dataset",
        summary="Every quad of the store, streamed",
        description="N-Quads by default; TriG, or Turtle / N-Triples (the union of all "
        "graphs) by content negotiation or format=.",
        response_class=StreamingResponse,
        responses={
            200: {
                "description": "The whole dataset",
                "content": answer_content(DATASETS.offers),
            },
            **problems(406, 503),
        },
        openapi_extra={
            "parameters": [string_parameter("format", "nquads, trig, turtle or ntriples")]
        },
    )
    def export_dataset(request: Request) -> StreamingResponse:
        """Stream the dataset (a consistent state: later writes do not show up half way)."""
        format_name = DATASETS.require(
            request.headers.get("accept"), request.query_params.get("format")
        )
        rdf_format = _DATASET_FORMATS[format_name]
        return StreamingResponse(
            stream_dump(runtime.dataset.store, rdf_format),
            media_type=rdf_format.media_type,
            headers={"Vary": "Accept"},
        )

    @router.get(
        "/.well-known/void",
        summary="VoID description of the dataset",
        response_class=Response,
        responses={
            200: {
                "description": "VoID (Turtle by default)",
                "content": GRAPH_ANSWERS,
            },
            **problems(406, 503),
        },
        openapi_extra={"parameters": [string_parameter("format", "turtle, jsonld, ...")]},
    )
    async def void(request: Request) -> Response:
        """Triple count, class partitions, endpoint and dump locations."""
        format_name = GRAPHS.require(
            request.headers.get("accept"), request.query_params.get("format")
        )
        version = runtime.version
        if version not in void_cache:
            counts = await run_in_threadpool(runtime.run_query, COUNT_QUERY)
            classes = await run_in_threadpool(runtime.run_query, CLASS_QUERY)
            assert isinstance(counts, SelectResult) and isinstance(classes, SelectResult)  # noqa: S101
            void_cache.clear()
            void_cache[version] = (counts, classes)
        counts, classes = void_cache[version]
        graph_count = len(await run_in_threadpool(runtime.dataset.store.graph_names))
        base_url = (settings.base_url or str(request.base_url)).rstrip("/")
        triples = void_description(base_url, counts, classes, graph_count)
        body = write_graph(GraphResult(triples), format_name, PREFIXES)
        return Response(body, media_type=graph_media_type(format_name), headers={"Vary": "Accept"})

    return router
