"""``dkg link``: give the store's people and companies their Wikidata ids, on clear evidence.

Offline tables cannot cover everyone a decade of diplomatic news names, so the ids come from
Wikidata's API (:mod:`dkg.cli.wikidata_api`), each answer kept in a cache
(:mod:`dkg.cli.wikidata_cache`); the rules deciding a link are in
:mod:`dkg.cli.wikidata_match`, and the links graph in :mod:`dkg.cli.wikidata_links`. Nothing
else in the project touches the network, and nothing runs this unless asked: the machine may
have no internet, and ``--offline`` links from the cache alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from tqdm import tqdm

from dkg.cli.commands import UsageError, open_store
from dkg.cli.locations import resolve_store_path
from dkg.cli.owner import read_owner
from dkg.cli.wikidata_api import DEFAULT_API, ApiUnavailable, WikidataApi
from dkg.cli.wikidata_cache import CACHE_FILE, AnswerCache, CachedWikidata, CacheUnreadable, Item
from dkg.cli.wikidata_links import LINKS_GRAPH, kept_links, link_triples, subjects_to_link
from dkg.cli.wikidata_match import (
    Decision,
    Subject,
    business_classes,
    classes_to_check,
    decide,
    office_countries,
    offices_to_check,
)

API_VARIABLE: Final = "DKG_WIKIDATA_API"
SAVE_EVERY: Final = 25
"""Subjects between two writes of the cache, so an interrupted run keeps most answers."""
LISTED: Final = ("ambiguous", "no evidence")
"""Outcomes the summary lists one by one: a researcher may settle them by hand."""


class NotCached(Exception):
    """Offline, and the cache lacks an answer the decision needs."""


@dataclass
class LinkReport:
    """What one run decided."""

    decisions: list[Decision] = field(default_factory=list)
    skipped: int = 0
    """Subjects beyond ``--limit``: their earlier links are kept as they were."""
    asked: int = 0


def run_link(args: argparse.Namespace) -> int:
    """``dkg link``: decide every subject, then replace the links graph in one write."""
    store_path = resolve_store_path(args.store, args.environ)
    owner = read_owner(store_path)
    if owner is not None:
        raise UsageError(
            f"the store {store_path} is in use by `dkg serve` (pid {owner.pid}, {owner.url}): "
            "stop it, run `dkg link`, then start it again"
        )
    api_url = args.api or args.environ.get(API_VARIABLE) or DEFAULT_API
    cache_path = Path(args.cache) if args.cache else store_path / CACHE_FILE
    with open_store(store_path, create=False) as store:
        try:
            cache = AnswerCache(cache_path)
        except CacheUnreadable as error:
            raise UsageError(str(error)) from None
        api = None if args.offline else WikidataApi(api_url)
        wikidata = CachedWikidata(cache, api, dt.date.today)
        subjects = subjects_to_link(store)
        chosen = subjects if args.limit is None else subjects[: args.limit]
        report = LinkReport(skipped=len(subjects) - len(chosen))
        try:
            report.decisions = _decide_all(chosen, wikidata, sys.stderr.isatty())
        except ApiUnavailable as error:
            raise UsageError(str(error)) from None
        finally:
            cache.save()
            if api is not None:
                api.close()
        report.asked = wikidata.asked
        judged = {d.subject.iri for d in report.decisions if d.outcome != "not cached"}
        present = {s.iri for s in subjects}
        triples = link_triples(report.decisions)
        triples += kept_links(store, keep=present - judged)
        store.replace_graph(LINKS_GRAPH, triples)
    _print_summary(report, store_path, cache_path)
    return 0


def _decide_all(
    subjects: list[Subject], wikidata: CachedWikidata, progress: bool
) -> list[Decision]:
    decisions: list[Decision] = []
    with tqdm(subjects, unit="name", disable=not progress, file=sys.stderr) as bar:
        for count, subject in enumerate(bar, start=1):
            try:
                decisions.append(_decide_one(subject, wikidata))
            except NotCached:
                decisions.append(Decision(subject, "not cached"))
            if count % SAVE_EVERY == 0:
                wikidata.cache.save()
    return decisions


def _decide_one(subject: Subject, wikidata: CachedWikidata) -> Decision:
    """Ask for the subject's candidates, then what judging them needs, and decide.

    Raises:
        NotCached: offline, and the cache lacks one of those answers.
    """
    if subject.kind == "person" and not subject.countries:
        return decide(subject, [], {}, set())  # nothing to check a candidate against: no call
    ids = wikidata.search(subject.name)
    if ids is None:
        raise NotCached
    items = _required(wikidata.items(ids))
    offices = _required(wikidata.items(sorted(offices_to_check(subject, items.values()))))
    classes = classes_to_check(subject, items.values())
    businesses = business_classes(classes, _fetcher(wikidata)) if classes else set()
    return decide(subject, items.values(), office_countries(offices), businesses)


def _required(items: dict[str, Item] | None) -> dict[str, Item]:
    if items is None:
        raise NotCached
    return items


def _fetcher(wikidata: CachedWikidata) -> Callable[[list[str]], dict[str, Item]]:
    return lambda ids: _required(wikidata.items(ids))


def _print_summary(report: LinkReport, store_path: Path, cache_path: Path) -> None:
    """What was linked, per kind, and why the others were not; listing the ones a person
    could settle (two candidates pass, or candidates whose statements disagree)."""
    for decision in report.decisions:
        if decision.outcome in LISTED:
            subject = decision.subject
            print(
                f"{decision.outcome}: {subject.name} ({subject.iri}): "
                f"{', '.join(decision.candidates)}",
                file=sys.stderr,
            )
    outcomes = Counter(d.outcome for d in report.decisions)
    per_kind = ", ".join(
        f"{_count(report.decisions, kind, linked=True)} of {_count(report.decisions, kind)} {label}"
        for kind, label in (("person", "people"), ("company", "companies"))
    )
    reasons = "; ".join(
        f"{outcomes[o]} {o}" for o in sorted(outcomes) if o != "linked" and outcomes[o]
    )
    limit = f", {report.skipped} left for another run (--limit)" if report.skipped else ""
    print(
        f"linked {per_kind}; not linked: {reasons or 'none'}{limit}. "
        f"{report.asked} API call(s), the rest from {cache_path}; links in <{LINKS_GRAPH.value}> "
        f"of {store_path}",
        file=sys.stderr,
    )


def _count(decisions: Iterable[Decision], kind: str, *, linked: bool = False) -> int:
    return sum(
        1 for d in decisions if d.subject.kind == kind and (not linked or d.outcome == "linked")
    )
