"""``dkg evaluate``: ingest documents into a throw-away store and score the REST answers.

The facts are read back through the service's own REST API (in process, no network), so the
numbers are those a user's scorer gets from ``dkg serve`` on the same documents.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from dkg.cli.ingest import ingest_paths
from dkg.loaders.evaluation import KINDS, score
from dkg.loaders.gold import GoldFormatError, load_gold
from dkg.service.app import create_app
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore

PAGE = 1000


class EvaluationError(Exception):
    """The evaluation cannot run (bad gold file); the message says why."""


def fetch_items(client: TestClient, kind: str) -> list[dict[str, Any]]:
    """Every item of ``/api/{kind}``, page by page."""
    items: list[dict[str, Any]] = []
    while True:
        response = client.get(f"/api/{kind}", params={"limit": PAGE, "offset": len(items)})
        response.raise_for_status()
        page = response.json()
        items += page["items"]
        if not page["items"] or len(items) >= page["total"]:
            return items


def run_evaluation(gold_path: Path, docs: list[Path], *, verbose: bool) -> int:
    """Print precision, recall and F1 per kind; exit status 1 when a document was rejected.

    Raises:
        EvaluationError: the gold file is missing or not in the gold format.
    """
    try:
        gold = load_gold(gold_path)
    except (OSError, GoldFormatError) as error:
        raise EvaluationError(str(error)) from None
    with tempfile.TemporaryDirectory(prefix="dkg-evaluate-") as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        try:
            report = ingest_paths(store, docs, progress=sys.stderr.isatty())
            for rejected in report.rejected:
                print(f"rejected {rejected.source}: {rejected.message}", file=sys.stderr)
            stored = {s.name for s in report.stored}
            missing = [d.id for d in gold.documents if d.id not in stored]
            if missing:
                print(
                    f"{len(missing)} gold document(s) were not among those ingested: "
                    + ", ".join(missing[:10]),
                    file=sys.stderr,
                )
            settings = Settings(store_path=Path(tmp) / "store", workers=1)
            with TestClient(create_app(settings, store=store)) as client:
                items = {kind: fetch_items(client, kind) for kind in KINDS}
        finally:
            store.close()
    print(score(gold, items).render(verbose))
    return 1 if report.rejected else 0
