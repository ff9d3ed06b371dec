"""The user's three sample documents, scored against their gold facts with the shared scorer.

The shared scorer (``../shared/tools/score_extraction.py``) reads facts from the REST API; here
the same ``score`` function is fed items built straight from the pipeline's output, so the
extraction is measured without a store or a server. It runs only where ``../shared`` exists.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dkg.loaders import default_pipeline, read_documents
from dkg.loaders.document import Document, PartialDate

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "corpus" / "seeds.gold.json"
SCORER = SHARED / "tools" / "score_extraction.py"

pytestmark = pytest.mark.skipif(
    not (GOLD.exists() and SCORER.exists()),
    reason="needs ../shared/corpus/seeds.gold.json and ../shared/tools (the user's samples)",
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lexical(value: PartialDate | None) -> str | None:
    return value.lexical if value is not None else None


def api_items(document: Document) -> dict[str, list[dict[str, Any]]]:
    """What the REST API would list for this one document, in the API's item shapes."""
    from dkg.loaders.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    names = {c.iso2: c.name for c in gazetteer.countries}
    people = {p.key: p for p in document.people}
    source = [{"document": document.name}]

    def ref(name: str | None) -> dict[str, Any] | None:
        return {"name": name} if name else None

    visits = [
        {
            "visitor": ref(people[v.visitor].name if v.visitor in people else v.visitor),
            "host_country": ref(names.get(v.host_country)),
            "place": ref(v.place.city if v.place else None),
            "start_date": _lexical(v.start),
            "type": v.visit_type,
            "status": v.status,
            "sources": source,
        }
        for v in document.visits
    ]
    meetings = [
        {
            "participants": [ref(people[k].name) for k in m.participants if k in people],
            "date": _lexical(m.date),
            "sources": source,
        }
        for m in document.meetings
    ]
    persons = [
        {"name": p.name, "posts": [{"title": post.title} for post in p.posts], "sources": source}
        for p in document.people
    ]
    agreements: list[dict[str, Any]] = []
    for a in document.agreements:
        value = {"amount": float(a.value)} if a.value is not None else None
        agreements.append({"count": a.count, "value": value, "sources": source})
        for part in a.breakdown:
            part_value = {"amount": float(part.value)} if part.value is not None else None
            agreements.append({"count": part.count, "value": part_value, "sources": source})
    figures = [
        {"kind": f.kind.value, "value": float(f.value), "year": f.year, "sources": source}
        for f in document.figures
    ]
    return {
        "visits": visits,
        "meetings": meetings,
        "people": persons,
        "agreements": agreements,
        "companies": [{"name": c, "sources": source} for c in _companies(document)],
        "sectors": [{"label": s, "sources": source} for s in _sectors(document)],
        "figures": figures,
    }


def _companies(document: Document) -> list[str]:
    return list(dict.fromkeys(c.name for c in document.companies))


def _sectors(document: Document) -> list[str]:
    return list(dict.fromkeys(s.label for s in document.sectors))


def extract_seeds() -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Run the default pipeline on every gold document; return gold entries and API items."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    pipeline = default_pipeline()
    api: dict[str, list[dict[str, Any]]] = {}
    for entry in gold:
        for item in read_documents(GOLD.parent / entry["file"]):
            assert isinstance(item, Document), item
            for kind, items in api_items(pipeline(item)).items():
                api.setdefault(kind, []).extend(items)
    return gold, api


def test_extraction_seeds_visits_meetings_agreements_are_exact() -> None:
    gold, api = extract_seeds()
    _, report, prf = _scorer().score(gold, api, verbose=True)
    for kind in ("visits", "meetings", "agreements"):
        assert prf[kind][2] == 1.0, report


def test_extraction_seeds_weighted_f1_reaches_the_bar() -> None:
    gold, api = extract_seeds()
    overall, report, _ = _scorer().score(gold, api, verbose=True)
    print(report)
    assert overall >= 0.95, report


@pytest.mark.slow
def test_extraction_seeds_through_the_cli_and_service_reach_the_bar() -> None:
    """The users' own scorer: ingest with ``dkg``, serve, read the REST API, score."""
    dkg = Path(sys.executable).with_name("dkg")
    done = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--dkg", str(dkg), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    scores = json.loads(done.stdout)
    assert scores["weighted_f1"] >= 0.95, scores
    for kind in ("visits", "meetings", "agreements"):
        assert scores["kinds"][kind]["f"] == 1.0, scores
