"""Behaviour of the extraction scorer: what counts as found, missed or extra, per kind of fact."""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dkg.loaders.evaluation import score
from dkg.loaders.gold import GoldFile, GoldFormatError, load_gold

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
KINDS = ("visits", "meetings", "people", "agreements", "companies", "sectors", "figures")

Items = dict[str, list[dict[str, Any]]]


def ref(name: str) -> dict[str, Any]:
    return {"id": f"urn:test:{name}", "name": name, "wikidata": None}


def src(doc: str) -> list[dict[str, str]]:
    return [{"document": doc, "quote": "(a sentence)"}]


def gold_entry(**facts: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": "doc1", "file": "doc1.txt", "document_date": None}
    entry.update(facts)
    return entry


def write_gold(tmp_path: Path, *entries: dict[str, Any]) -> GoldFile:
    path = tmp_path / "gold.json"
    body = {"format": "diplomatic-gold/1 (see GOLD-FORMAT.md)", "documents": list(entries)}
    path.write_text(json.dumps(body), encoding="utf-8")
    return load_gold(path)


def visit(visitor: str, host: str, start: str | None, **extra: Any) -> dict[str, Any]:
    item = {
        "visitor": ref(visitor),
        "host_country": ref(host),
        "start_date": start,
        "type": "state",
        "status": "happened",
        "place": None,
        "sources": src("doc1"),
    }
    item.update(extra)
    return item


GOLD_VISIT = {
    "visitor": "Kassym-Jomart Tokayev",
    "visitor_country": "Kazakhstan",
    "host_country": "France",
    "city": "Paris",
    "start_date": "2024-11",
    "end_date": None,
    "type": "state",
    "status": "happened",
}


# --- matching rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "found"),
    [
        (visit("Kassym-Jomart Tokayev", "France", "2024-11-05"), True),
        (visit("President Tokayev", "French Republic", "2024-11"), True),  # surname, alias
        (visit("Tokayev", "france", "2024-11-05"), True),  # one-word name
        (visit("Kasym-Zhomart Tokayev", "France", "2024"), False),  # less precise date
        (visit("Tokayev", "France", None), False),  # no date where one is due
        (visit("Tokayev", "France", "2024-12-01"), False),  # another month
        (visit("Tokayev", "Germany", "2024-11"), False),  # another host
        (visit("Emmanuel Macron", "France", "2024-11"), False),  # another visitor
    ],
)
def test_evaluation_visit_needs_visitor_host_and_a_date_as_precise(
    tmp_path: Path, answer: dict[str, Any], found: bool
) -> None:
    gold = write_gold(tmp_path, gold_entry(visits=[GOLD_VISIT]))
    assert score(gold, {"visits": [answer]}).kinds["visits"].correct == int(found)


@pytest.mark.parametrize(
    ("gold_date", "answer_date", "found"),
    [
        ("--11-01", "2024-11-01", True),  # year unknown in the gold: any year fits
        ("--11-01", "--11-01", True),
        ("--11-01", "--11", False),  # less precise than the gold
        ("--11-01", "2024-11-02", False),
        ("2024-11-01", "--11-01", False),  # the gold knows the year; the answer must too
        (None, None, True),  # no gold date: anything fits
        (None, "1999", True),
    ],
)
def test_evaluation_date_without_year_matches_month_and_day(
    tmp_path: Path, gold_date: str | None, answer_date: str | None, found: bool
) -> None:
    gold = write_gold(tmp_path, gold_entry(visits=[{**GOLD_VISIT, "start_date": gold_date}]))
    report = score(gold, {"visits": [visit("Tokayev", "France", answer_date)]})
    assert report.kinds["visits"].correct == int(found)


def test_evaluation_visit_attributes_are_scored_only_on_matched_visits(tmp_path: Path) -> None:
    unspecified = {**GOLD_VISIT, "host_country": "Germany", "type": "unspecified", "city": None}
    gold = write_gold(tmp_path, gold_entry(visits=[GOLD_VISIT, unspecified]))
    answers = [
        visit("Tokayev", "France", "2024-11", type="official", place=ref("Élysée Palace")),
        visit("Tokayev", "Germany", None),  # unmatched: its attributes are not counted
    ]
    attrs = score(gold, {"visits": answers}).attributes
    assert (attrs["visit type"].correct, attrs["visit type"].total) == (0, 1)
    assert (attrs["visit status"].correct, attrs["visit status"].total) == (1, 1)
    assert (attrs["visit city"].correct, attrs["visit city"].total) == (1, 1)  # venue alias


def test_evaluation_meeting_needs_two_participants_and_the_date(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_entry(
            meetings=[
                {"participants": ["Vassilenko", "Guiaugué", "Smith"], "date": "2025-05-07"},
                {"participants": ["Macron"], "date": None, "place": None},
            ]
        ),
    )
    answers = [
        {"participants": [ref("Roman Vassilenko")], "date": "2025-05-07", "sources": src("doc1")},
        {
            "participants": [ref("R. Vassilenko"), ref("Sylvain Guiaugue")],
            "date": "2025-05-07",
            "sources": src("doc1"),
        },
        {"participants": [ref("Emmanuel Macron")], "date": None, "sources": src("doc1")},
    ]
    meetings = score(gold, {"meetings": answers}).kinds["meetings"]
    assert (meetings.correct, meetings.gold, meetings.returned) == (2, 2, 3)


def test_evaluation_optional_people_count_neither_way(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_entry(
            people=[
                {"name": "Emmanuel Macron", "post": "President of France", "country": "France"}
            ],
            people_optional=["Charles de Gaulle"],
        ),
    )
    answers = [
        {
            "name": "Macron",
            "posts": [{"title": "President", "country": None}],
            "sources": src("doc1"),
        },
        {"name": "Charles de Gaulle", "posts": [], "sources": src("doc1")},
        {"name": "Julian Lopez", "posts": [], "sources": src("doc1")},
    ]
    report = score(gold, {"people": answers})
    people = report.kinds["people"]
    assert (people.correct, people.returned) == (1, 2)  # de Gaulle is not counted
    assert people.extras == ("doc1: Julian Lopez",)
    assert report.attributes["person post"].correct == 1
    # Macron's post was read without its country: he cannot be told from another president.
    assert (
        report.attributes["person country"].correct,
        report.attributes["person country"].total,
    ) == (0, 1)


@pytest.mark.parametrize(
    ("answer", "found"),
    [
        ({"count": 36, "value": {"amount": 2.2e9, "currency": "USD"}}, True),
        ({"count": 36, "value": {"amount": 2.24e9, "currency": "USD"}}, True),  # within 2 %
        ({"count": 36, "value": {"amount": 2.3e9, "currency": "USD"}}, False),
        ({"count": 36, "value": None}, True),  # no value given: the count decides
        ({"count": 35, "value": {"amount": 2.2e9, "currency": "USD"}}, False),
    ],
)
def test_evaluation_agreement_count_must_match_and_value_within_two_percent(
    tmp_path: Path, answer: dict[str, Any], found: bool
) -> None:
    gold = write_gold(
        tmp_path,
        gold_entry(agreements=[{"count": 36, "value_usd": 2.2e9, "kind": "all", "date": None}]),
    )
    report = score(gold, {"agreements": [{**answer, "sources": src("doc1")}]})
    assert report.kinds["agreements"].correct == int(found)


def test_evaluation_agreement_date_is_checked_at_the_gold_precision(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_entry(
            agreements=[
                {"count": 12, "value_usd": None, "kind": "all", "date": "2024-03"},
                {"count": 3, "value_usd": None, "kind": "all", "date": "2024-03-05"},
                {"count": 5, "value_usd": None, "kind": "all", "date": None},
            ]
        ),
    )
    answers = [
        {"count": 12, "date": "2024-03-04", "sources": src("doc1")},  # more precise: right
        {"count": 3, "date": "2024-03", "sources": src("doc1")},  # less precise: wrong
        {"count": 5, "date": None, "sources": src("doc1")},  # no gold date: not counted
    ]
    checked = score(gold, {"agreements": answers}).attributes["agreement date"]
    assert (checked.correct, checked.total) == (1, 2)


def test_evaluation_agreements_without_count_or_value_are_not_scored(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_entry(
            agreements=[{"count": None, "value_usd": None, "kind": "several", "date": None}]
        ),
    )
    answer = {"title": "Joint Declaration", "count": None, "value": None, "sources": src("doc1")}
    agreements = score(gold, {"agreements": [answer]}).kinds["agreements"]
    assert (agreements.gold, agreements.returned) == (0, 0)


def test_evaluation_sectors_match_by_words_and_optional_ones_are_free(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_entry(sectors=["nuclear energy", "rare earth metals"], sectors_optional=["trade"]),
    )
    labels = ["the nuclear energy sector", "Trade", "space"]
    answers = [{"label": label, "sources": src("doc1")} for label in labels]
    sectors = score(gold, {"sectors": answers}).kinds["sectors"]
    assert (sectors.correct, sectors.gold, sectors.returned) == (1, 2, 2)
    assert sectors.extras == ("doc1: space",)


def test_evaluation_companies_ignore_case_spacing_and_accents(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, gold_entry(companies=["TotalEnergies", "BOTAŞ"]))
    answers = [{"name": n, "sources": src("doc1")} for n in ("Total Energies", "Botas", "Orano")]
    companies = score(gold, {"companies": answers}).kinds["companies"]
    assert (companies.correct, companies.returned) == (2, 3)


def test_evaluation_figures_need_kind_value_and_year(tmp_path: Path) -> None:
    figures = [
        {"kind": "trade_turnover", "value": 5.5e9, "year": 2024, "text": "trade"},
        {"kind": "other", "value": 17000, "year": None, "text": "visas"},
    ]
    gold = write_gold(tmp_path, gold_entry(figures=figures))
    answers = [
        {"kind": "trade_turnover", "value": 5.52e9, "year": 2024, "sources": src("doc1")},
        {"kind": "exports", "value": 17000, "year": 2024, "sources": src("doc1")},  # any kind
        {"kind": "imports", "value": 5.5e9, "year": 2023, "sources": src("doc1")},
    ]
    result = score(gold, {"figures": answers}).kinds["figures"]
    assert (result.correct, result.returned) == (2, 3)


def test_evaluation_items_count_only_for_the_documents_they_cite(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path,
        gold_entry(companies=["Alstom"]),
        {"id": "doc2", "file": "doc2.txt", "document_date": None, "companies": ["Alstom"]},
    )
    alstom = {"name": "Alstom", "sources": src("doc1") + src("doc2") + src("doc3")}
    companies = score(gold, {"companies": [alstom]}).kinds["companies"]
    assert (companies.correct, companies.gold, companies.returned) == (2, 2, 2)


# --- whole reports -----------------------------------------------------------------------------


def perfect_answer(gold: GoldFile) -> Items:
    """What a flawless extractor would return for the gold, in the REST shapes."""
    items: Items = {k: [] for k in KINDS}
    for doc in gold.documents:
        cite = src(doc.id)
        for v in doc.visits:
            items["visits"].append(
                {
                    "visitor": ref(v.visitor),
                    "host_country": ref(v.host_country),
                    "place": ref(v.city) if v.city else None,
                    "start_date": v.start_date,
                    "type": v.type,
                    "status": v.status,
                    "sources": cite,
                }
            )
        for m in doc.meetings:
            items["meetings"].append(
                {"participants": [ref(p) for p in m.participants], "date": m.date, "sources": cite}
            )
        for p in doc.people:
            country = ref(p.country) if p.country else None
            posts = [{"title": p.post or "", "country": country}] if p.post or p.country else []
            items["people"].append({"name": p.name, "posts": posts, "sources": cite})
        for a in doc.agreements:
            value = {"amount": a.value_usd, "currency": "USD"} if a.value_usd else None
            items["agreements"].append(
                {"count": a.count, "value": value, "date": a.date, "sources": cite}
            )
        items["companies"] += [{"name": c, "sources": cite} for c in doc.companies]
        items["sectors"] += [{"label": s, "sources": cite} for s in doc.sectors]
        items["figures"] += [
            {"kind": f.kind, "value": f.value, "year": f.year, "sources": cite} for f in doc.figures
        ]
    return items


def test_evaluation_perfect_answer_scores_one_and_empty_answer_has_no_recall() -> None:
    gold = load_gold(SAMPLES / "gold.json")
    perfect = score(gold, perfect_answer(gold))
    assert perfect.weighted_f1 == 1.0
    assert all(a.correct == a.total for a in perfect.attributes.values())
    empty = score(gold, {})
    assert all(empty.kinds[k].recall == 0.0 for k in KINDS)
    assert empty.weighted_f1 == 0.0


def test_evaluation_extras_lower_precision_not_recall() -> None:
    gold = load_gold(SAMPLES / "gold.json")
    items = perfect_answer(gold)
    doc = gold.documents[0].id
    items["companies"].append({"name": "Imaginary Holdings", "sources": src(doc)})
    companies = score(gold, items).kinds["companies"]
    assert companies.recall == 1.0
    assert companies.precision < 1.0
    assert f"{doc}: Imaginary Holdings" in companies.extras


def test_evaluation_render_lists_misses_and_extras_only_when_verbose(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, gold_entry(companies=["Alstom"]))
    report = score(gold, {"companies": [{"name": "Orano", "sources": src("doc1")}]})
    brief, full = report.render(), report.render(verbose=True)
    assert "companies       1     1     0   0.00   0.00   0.00" in brief
    assert f"weighted F1: {report.weighted_f1:.3f}" in brief
    assert "missed" not in brief and "extra" not in brief
    assert "missed companies: doc1: Alstom" in full
    assert "extra  companies: doc1: Orano" in full


# --- the gold format ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (gold_entry(visits=[{**GOLD_VISIT, "type": "royal"}]), "visits[0].type"),
        (gold_entry(visits=[{**GOLD_VISIT, "start_date": "Nov 2024"}]), "visits[0].start_date"),
        (
            gold_entry(figures=[{"kind": "other", "value": "many", "year": None}]),
            "figures[0].value",
        ),
        (gold_entry(agreements=[{"count": 2.5, "value_usd": None}]), "agreements[0].count"),
        (gold_entry(meetings=[{"participants": []}]), "meetings[0].participants"),
        ({"file": "x.txt", "document_date": None}, "documents[0] (id None).id"),
    ],
)
def test_evaluation_load_gold_names_the_entry_and_field(
    tmp_path: Path, entry: dict[str, Any], message: str
) -> None:
    with pytest.raises(GoldFormatError, match=re.escape(message)):
        write_gold(tmp_path, entry)


def test_evaluation_load_gold_rejects_another_format(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"format": "something-else", "documents": []}))
    with pytest.raises(GoldFormatError, match="diplomatic-gold/1"):
        load_gold(path)


def test_evaluation_sample_gold_describes_every_sample_document() -> None:
    gold = load_gold(SAMPLES / "gold.json")
    described = {p.name for p in gold.document_paths()}
    on_disk = {p.name for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md", ".jsonl", ".html"}}
    assert described == on_disk - {"README.md"}
    records = {
        json.loads(line)["id"]
        for p in SAMPLES.glob("*.jsonl")
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    jsonl_ids = {d.id for d in gold.documents if d.file.endswith(".jsonl")}
    assert records == jsonl_ids
    for doc in gold.documents:
        if not doc.file.endswith(".jsonl"):
            assert Path(doc.file).stem == doc.id


# --- agreement with the users' scorer ----------------------------------------------------------


def shared_scorer() -> ModuleType:
    shared = Path(os.environ.get("DKG_SHARED", REPO.parent / "shared"))
    script = shared / "tools" / "score_extraction.py"
    if not script.is_file():
        pytest.skip(f"the users' scorer is not here ({script}); set DKG_SHARED to compare")
    spec = importlib.util.spec_from_file_location("shared_score_extraction", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def degraded(items: Items, keep_every: int, junk: bool) -> Items:
    """A plausible imperfect answer: some facts dropped, a few wrong ones added."""
    out: Items = {k: [x for i, x in enumerate(v) if i % keep_every] for k, v in items.items()}
    if junk:
        for kind, facts in items.items():
            for fact in facts[::5]:
                wrong = {**fact, "sources": fact["sources"]}
                if kind == "visits":
                    wrong["host_country"] = ref("Atlantis")
                elif kind in ("companies", "people"):
                    wrong["name"] = "Nobody Inparticular"
                elif kind == "sectors":
                    wrong["label"] = "basket weaving"
                elif kind == "figures":
                    wrong["value"] = 12345.0
                elif kind == "agreements":
                    wrong["count"] = 999
                elif kind == "meetings":
                    wrong["participants"] = [ref("Nobody")]
                out[kind].append(wrong)
    return out


def with_optional_people(items: Items, gold: GoldFile) -> Items:
    """Names the gold leaves open returned as people: neither rewarded nor punished."""
    extra = [
        {"name": name, "posts": [], "sources": src(doc.id)}
        for doc in gold.documents
        for name in doc.people_optional
    ]
    return {**items, "people": items["people"] + extra}


def cited_everywhere(items: Items, gold: GoldFile) -> Items:
    """Every fact cited by every document: each document judges all of them."""
    everywhere = [s for doc in gold.documents for s in src(doc.id)]
    return {k: [{**x, "sources": everywhere} for x in v] for k, v in items.items()}


def shared_numbers(
    module: ModuleType, gold_path: Path, items: Mapping[str, Sequence[Any]]
) -> tuple[float, dict[str, tuple[float, float, float]], dict[str, tuple[int, int]]]:
    docs = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    api = {k: list(items.get(k, [])) for k in KINDS}
    overall, text, prf = module.score(docs, api)
    attributes = {
        m[1]: (int(m[2]), int(m[3]))
        for m in re.finditer(
            r"^(visit type|visit status|visit city|person post)\s+(\d+)/(\d+)", text, re.M
        )
    }
    return overall, prf, attributes


@pytest.mark.parametrize(
    "answer",
    [
        "perfect",
        "empty",
        "every-other",
        "sparse-with-junk",
        "cited-by-every-document",
        "optional-people-too",
    ],
)
def test_evaluation_agrees_with_the_shared_scorer(answer: str) -> None:
    module = shared_scorer()
    samples = SAMPLES / "gold.json"
    seeds = Path(module.__file__).parents[1] / "corpus" / "seeds.gold.json"
    for gold_path in (samples, seeds):
        gold = load_gold(gold_path)
        perfect = perfect_answer(gold)
        items: Items = {
            "perfect": perfect,
            "empty": {},
            "every-other": degraded(perfect, 2, junk=False),
            "sparse-with-junk": degraded(perfect, 3, junk=True),
            "cited-by-every-document": cited_everywhere(
                perfect_answer(GoldFile(gold.path, gold.documents[:4])), gold
            ),
            "optional-people-too": with_optional_people(degraded(perfect, 3, junk=True), gold),
        }[answer]
        ours = score(gold, items)
        overall, prf, attributes = shared_numbers(module, gold_path, items)
        assert ours.weighted_f1 == pytest.approx(overall)
        # "agreement date" is ours alone: the shared scorer does not print it.
        assert {k: (ours.attributes[k].correct, ours.attributes[k].total) for k in attributes} == (
            attributes
        )
        assert set(attributes) == set(ours.attributes) - {"person country", "agreement date"}
        for kind in KINDS:
            k = ours.kinds[kind]
            assert (k.precision, k.recall, k.f1) == pytest.approx(prf[kind]), kind
