"""Extraction accuracy: compare what the service returns with a hand-made gold file.

Researchers report these numbers in papers, so they must be the same as the users' own scorer
(``../shared/tools/score_extraction.py``) computes from the REST items: facts are matched one to
one, greedily in gold order, within each document; precision, recall and F1 are summed over all
documents per kind of fact and combined into a weighted F1. The gold format is documented in
``../shared/corpus/GOLD-FORMAT.md`` and ``samples/README.md``.

:func:`score` is the public surface, a pure function: it compares a gold file (read by
:func:`dkg.loaders.gold.load_gold`) with items shaped like the REST API's (``API.md``), each item
carrying ``"sources": [{"document": name, "quote": ...}]``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from dkg.loaders.fact_matching import (
    close,
    date_fits,
    fold,
    name_of,
    same_city,
    same_country,
    same_person,
    same_phrase,
)
from dkg.loaders.gold import (
    GoldAgreement,
    GoldDocument,
    GoldFigure,
    GoldFile,
    GoldMeeting,
    GoldVisit,
)

KINDS: Final = ("visits", "meetings", "people", "agreements", "companies", "sectors", "figures")
"""The kinds of fact that are scored, in the order the report lists them."""

WEIGHTS: Final[Mapping[str, int]] = {
    "visits": 3,
    "meetings": 2,
    "people": 2,
    "agreements": 2,
    "figures": 2,
    "companies": 1,
    "sectors": 1,
}
"""Weight of each kind in the weighted F1: visits matter most, companies and sectors least."""

ATTRIBUTES: Final = (
    "visit type",
    "visit status",
    "visit city",
    "person post",
    "person country",
    "agreement date",
)
"""Attributes of matched facts; the users' scorer checks the first four. ``person country`` and
``agreement date`` are ours: the country a person serves is what ``dkg link`` checks a Wikidata
candidate against and what /api/people filters by (a person whose posts give none counts as
wrong), and the day a researcher filters agreements by is judged as visit dates are."""


# --- the report --------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindScore:
    """Counts and measures for one kind of fact, summed over all documents."""

    gold: int
    returned: int
    correct: int
    misses: tuple[str, ...]
    extras: tuple[str, ...]

    @property
    def precision(self) -> float:
        """Share of returned facts that are right; with nothing returned, 1 only if none was due."""
        if self.returned:
            return self.correct / self.returned
        return 0.0 if self.gold else 1.0

    @property
    def recall(self) -> float:
        """Share of gold facts found; 1 when the gold has none."""
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class AttributeScore:
    """How often an attribute of a matched fact (e.g. a visit's type) is right."""

    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        """Share right, or None when no matched fact carried the attribute."""
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class Report:
    """Scores per kind, attribute accuracies and the weighted F1."""

    kinds: Mapping[str, KindScore]
    attributes: Mapping[str, AttributeScore]

    @property
    def weighted_f1(self) -> float:
        """F1 per kind averaged with :data:`WEIGHTS`."""
        total = sum(WEIGHTS[k] * self.kinds[k].f1 for k in KINDS)
        return total / sum(WEIGHTS.values())

    def render(self, verbose: bool = False) -> str:
        """A plain-text table; ``verbose`` adds every missed and every extra fact."""
        lines = [f"{'kind':<11} {'gold':>5} {'got':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for kind in KINDS:
            s = self.kinds[kind]
            lines.append(
                f"{kind:<11} {s.gold:>5} {s.returned:>5} {s.correct:>5}"
                f" {s.precision:>6.2f} {s.recall:>6.2f} {s.f1:>6.2f}"
            )
        for name in ATTRIBUTES:
            a = self.attributes[name]
            lines.append(f"{name:<15} {a.correct}/{a.total} right")
        if verbose:
            for kind in KINDS:
                lines += [f"  missed {kind}: {m}" for m in self.kinds[kind].misses]
                lines += [f"  extra  {kind}: {e}" for e in self.kinds[kind].extras]
        lines.append(f"weighted F1: {self.weighted_f1:.3f}")
        return "\n".join(lines)


# --- scoring -----------------------------------------------------------------------------------

G = TypeVar("G")
Item = Mapping[str, Any]


@dataclass
class _Tally:
    gold: int = 0
    returned: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def freeze(self) -> KindScore:
        return KindScore(
            self.gold, self.returned, self.correct, tuple(self.misses), tuple(self.extras)
        )


def _pair(
    golds: Sequence[G], items: Sequence[Item], fits: Callable[[G, Item], bool]
) -> list[tuple[G, Item]]:
    """Match each gold fact, in order, with the first unused item that fits it."""
    free = list(range(len(items)))
    pairs: list[tuple[G, Item]] = []
    for g in golds:
        for n, i in enumerate(free):
            if fits(g, items[i]):
                pairs.append((g, items[i]))
                del free[n]
                break
    return pairs


def _record(
    tally: _Tally,
    doc: str,
    golds: Sequence[G],
    items: Sequence[Item],
    pairs: list[tuple[G, Item]],
    show_gold: Callable[[G], str],
    show_item: Callable[[Item], str],
) -> None:
    tally.gold += len(golds)
    tally.returned += len(items)
    tally.correct += len(pairs)
    found = {id(g) for g, _ in pairs}
    used = {id(a) for _, a in pairs}
    tally.misses += [f"{doc}: {show_gold(g)}" for g in golds if id(g) not in found]
    tally.extras += [f"{doc}: {show_item(a)}" for a in items if id(a) not in used]


def _cited(item: Item, doc: str) -> bool:
    sources = item.get("sources") or []
    return any((s.get("document") if isinstance(s, Mapping) else str(s)) == doc for s in sources)


class _Scorer:
    """Accumulates tallies and attribute counts over the documents of one gold file."""

    def __init__(self) -> None:
        self.tallies = {k: _Tally() for k in KINDS}
        self.attributes = {a: [0, 0] for a in ATTRIBUTES}

    def check(self, attribute: str, right: bool) -> None:
        self.attributes[attribute][0] += right
        self.attributes[attribute][1] += 1

    def visits(self, doc: GoldDocument, items: Sequence[Item]) -> None:
        def fits(g: GoldVisit, a: Item) -> bool:
            return (
                same_person(g.visitor, a.get("visitor"))
                and same_country(g.host_country, a.get("host_country"))
                and date_fits(g.start_date, a.get("start_date"))
            )

        pairs = _pair(doc.visits, items, fits)
        for g, a in pairs:
            if g.type != "unspecified":
                self.check("visit type", a.get("type") == g.type)
            self.check("visit status", a.get("status") == g.status)
            if g.city:
                self.check("visit city", same_city(g.city, a.get("place")))
        _record(
            self.tallies["visits"],
            doc.id,
            doc.visits,
            items,
            pairs,
            lambda g: f"{g.visitor} -> {g.host_country} {g.start_date}",
            lambda a: (
                f"{name_of(a.get('visitor'))} -> {name_of(a.get('host_country'))}"
                f" {a.get('start_date')}"
            ),
        )

    def meetings(self, doc: GoldDocument, items: Sequence[Item]) -> None:
        def fits(g: GoldMeeting, a: Item) -> bool:
            present = a.get("participants") or []
            found = sum(any(same_person(p, q) for q in present) for p in g.participants)
            return found >= min(2, len(g.participants)) and date_fits(g.date, a.get("date"))

        _record(
            self.tallies["meetings"],
            doc.id,
            doc.meetings,
            items,
            _pair(doc.meetings, items, fits),
            lambda g: f"{list(g.participants)} {g.date}",
            lambda a: f"{[name_of(p) for p in a.get('participants') or []]} {a.get('date')}",
        )

    def people(self, doc: GoldDocument, items: Sequence[Item]) -> None:
        # A name the gold leaves open counts neither way, unless it is also a gold person.
        counted = [
            a
            for a in items
            if any(same_person(p.name, a) for p in doc.people)
            or not any(same_person(o, a) for o in doc.people_optional)
        ]
        pairs = _pair(doc.people, counted, lambda g, a: same_person(g.name, a))
        for g, a in pairs:
            if g.post:
                head = fold(g.post).split()[0]
                titles = (fold(p.get("title")).split() for p in a.get("posts") or [])
                self.check("person post", any(head in words for words in titles))
            if g.country:
                countries = (p.get("country") for p in a.get("posts") or [])
                self.check("person country", any(same_country(g.country, c) for c in countries))
        _record(
            self.tallies["people"], doc.id, doc.people, counted, pairs, lambda g: g.name, name_of
        )

    def agreements(self, doc: GoldDocument, items: Sequence[Item]) -> None:
        # Without a count or a value an agreement cannot be checked, on either side.
        golds = [g for g in doc.agreements if g.count is not None or g.value_usd]
        checkable = [a for a in items if a.get("count") is not None or a.get("value")]

        def fits(g: GoldAgreement, a: Item) -> bool:
            if g.count is not None and a.get("count") != g.count:
                return False
            value = a.get("value")
            if g.value_usd and value:
                return close(float(value["amount"]), g.value_usd, 0.02)
            return True

        pairs = _pair(golds, checkable, fits)
        for g, a in pairs:
            if g.date:
                self.check("agreement date", date_fits(g.date, a.get("date")))
        _record(
            self.tallies["agreements"],
            doc.id,
            golds,
            checkable,
            pairs,
            lambda g: f"count={g.count} value={g.value_usd} ({g.kind})",
            lambda a: f"count={a.get('count')} value={a.get('value')} ({a.get('kind')})",
        )

    def companies(self, doc: GoldDocument, items: Sequence[Item]) -> None:
        def fits(g: str, a: Item) -> bool:
            return fold(g).replace(" ", "") == fold(name_of(a)).replace(" ", "")

        pairs = _pair(doc.companies, items, fits)
        _record(self.tallies["companies"], doc.id, doc.companies, items, pairs, str, name_of)

    def sectors(self, doc: GoldDocument, items: Sequence[Item]) -> None:
        # Sectors are phrases, not one-to-one facts: a gold sector is found when any label
        # matches it, and a label is extra only when it matches no gold or optional sector.
        labels = [str(a.get("label") or name_of(a)) for a in items]
        allowed = doc.sectors + doc.sectors_optional
        found = [g for g in doc.sectors if any(same_phrase(g, label) for label in labels)]
        extras = [lb for lb in labels if not any(same_phrase(g, lb) for g in allowed)]
        tally = self.tallies["sectors"]
        tally.gold += len(doc.sectors)
        tally.correct += len(found)
        tally.returned += len(found) + len(extras)
        tally.misses += [f"{doc.id}: {g}" for g in doc.sectors if g not in found]
        tally.extras += [f"{doc.id}: {lb}" for lb in extras]

    def figures(self, doc: GoldDocument, items: Sequence[Item]) -> None:
        def fits(g: GoldFigure, a: Item) -> bool:
            raw = a.get("value")
            if raw is None:
                return False
            try:
                value = float(raw)
            except (TypeError, ValueError):
                return False
            if abs(value - g.value) > 0.01 * abs(g.value) + 1e-9:
                return False
            if g.kind != "other" and a.get("kind") != g.kind:
                return False
            return g.year is None or a.get("year") == g.year

        _record(
            self.tallies["figures"],
            doc.id,
            doc.figures,
            items,
            _pair(doc.figures, items, fits),
            lambda g: f"{g.kind} {g.value:g} {g.year} ({g.text})",
            lambda a: f"{a.get('kind')} {a.get('value')} {a.get('year')}",
        )


def score(gold: GoldFile, items: Mapping[str, Sequence[Mapping[str, Any]]]) -> Report:
    """Compare the service's items with the gold, document by document.

    ``items`` maps a kind (see :data:`KINDS`; a missing kind counts as nothing returned) to
    REST items; an item belongs to every document its ``sources`` name.
    """
    scorer = _Scorer()
    by_kind: dict[str, Callable[[GoldDocument, Sequence[Item]], None]] = {
        "visits": scorer.visits,
        "meetings": scorer.meetings,
        "people": scorer.people,
        "agreements": scorer.agreements,
        "companies": scorer.companies,
        "sectors": scorer.sectors,
        "figures": scorer.figures,
    }
    for doc in gold.documents:
        for kind in KINDS:
            mine = [a for a in items.get(kind, ()) if _cited(a, doc.id)]
            by_kind[kind](doc, mine)
    return Report(
        kinds={k: t.freeze() for k, t in scorer.tallies.items()},
        attributes={a: AttributeScore(ok, n) for a, (ok, n) in scorer.attributes.items()},
    )
