"""Ingest workers fork from a process that already built the pipeline and the shapes."""

from __future__ import annotations

import subprocess
import sys


def test_worker_warmup_leaves_the_pipeline_built_and_out_of_the_collectors_reach() -> None:
    # In a process of its own: importing the module freezes that process's objects.
    probe = (
        "import gc, time\n"
        "import dkg.cli.worker_warmup\n"
        "from dkg.loaders import Document, build_graph\n"
        "frozen = gc.get_freeze_count()\n"
        "started = time.process_time()\n"
        "build_graph(Document(name='n', source='n', text='The king of Spain visited Rabat.'))\n"
        "print(frozen, time.process_time() - started)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    frozen, first_document = result.stdout.split()
    assert int(frozen) > 10_000  # the gazetteer, patterns and shapes
    assert float(first_document) < 0.3  # not the ~0.6 s of building the pipeline
