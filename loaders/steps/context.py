"""Per-sentence views of a Document's annotations, shared by the fact extractors.

Extractors work one sentence at a time; this gathers, once, the mentions that fall inside each
sentence so that no extractor scans the whole document per sentence. The visit and meeting
steps ask for the views of the same annotations several times, so the last views are kept.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from dkg.loaders.document import (
    CountryMention,
    DateMention,
    Document,
    PersonMention,
    PlaceMention,
    Sentence,
    TextSpan,
)


class Spanned(Protocol):
    """Anything with a TextSpan."""

    @property
    def span(self) -> TextSpan: ...


S = TypeVar("S", bound=Spanned)


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One content sentence with the mentions inside it, in text order."""

    index: int
    sentence: Sentence
    people: tuple[PersonMention, ...]
    countries: tuple[CountryMention, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    text: str
    """The sentence text (a field, not a property: the extractors read it thousands of times)."""
    start: int
    """Offset of the sentence in the document."""

    def local(self, span: TextSpan) -> tuple[int, int]:
        """A document span as offsets into this sentence's text."""
        return span.start - self.start, span.end - self.start


def _inside(items: Sequence[S], starts: list[int], start: int, end: int) -> tuple[S, ...]:
    """The items (sorted by start) that lie in ``[start, end)``, found by bisection."""
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_left(starts, end, low)
    if low == high:
        return ()
    return tuple(item for item in items[low:high] if item.span.end <= end)


def _sorted(items: Sequence[S]) -> tuple[list[S], list[int]]:
    ordered = sorted(items, key=lambda item: item.span.start)
    return ordered, [item.span.start for item in ordered]


_Inputs = tuple[object, ...]
_LAST: list[tuple[_Inputs, tuple[SentenceView, ...]]] = []
"""The inputs and views of the last call: steps replace a Document but keep the tuples of the
fields they do not change, so the same tuple objects mean the same views."""


def sentence_views(document: Document) -> list[SentenceView]:
    """The content sentences of a document (boilerplate left out), each with its mentions."""
    inputs: _Inputs = (
        document.sentences,
        document.person_mentions,
        document.countries,
        document.places,
        document.dates,
    )
    last = _LAST[-1] if _LAST else None  # read once: another thread may replace it
    if last is not None and all(a is b for a, b in zip(last[0], inputs, strict=True)):
        return list(last[1])
    views = _views(document)
    _LAST[:] = [(inputs, tuple(views))]
    return views


def _views(document: Document) -> list[SentenceView]:
    people, people_at = _sorted(document.person_mentions)
    countries, countries_at = _sorted(document.countries)
    places, places_at = _sorted(document.places)
    dates, dates_at = _sorted(document.dates)
    views = []
    for index, sentence in enumerate(document.sentences):
        if sentence.boilerplate:
            continue
        start, end = sentence.span.start, sentence.span.end
        views.append(
            SentenceView(
                index,
                sentence,
                _inside(people, people_at, start, end),
                _inside(countries, countries_at, start, end),
                _inside(places, places_at, start, end),
                _inside(dates, dates_at, start, end),
                sentence.text,
                start,
            )
        )
    return views
