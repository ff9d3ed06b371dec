"""Per-sentence views of a Document's annotations, shared by the fact extractors.

Extractors work one sentence at a time; this gathers, once, the mentions that fall inside each
sentence so that no extractor scans the whole document per sentence.
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


@dataclass(frozen=True)
class SentenceView:
    """One content sentence with the mentions inside it, in text order."""

    index: int
    sentence: Sentence
    people: tuple[PersonMention, ...]
    countries: tuple[CountryMention, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]

    @property
    def text(self) -> str:
        """The sentence text."""
        return self.sentence.text

    @property
    def start(self) -> int:
        """Offset of the sentence in the document."""
        return self.sentence.span.start

    def local(self, span: TextSpan) -> tuple[int, int]:
        """A document span as offsets into this sentence's text."""
        return span.start - self.start, span.end - self.start


def _inside(items: Sequence[S], starts: list[int], sentence: Sentence) -> tuple[S, ...]:
    """The items (sorted by start) that lie in the sentence, found by bisection."""
    low = bisect.bisect_left(starts, sentence.span.start)
    high = bisect.bisect_left(starts, sentence.span.end)
    return tuple(item for item in items[low:high] if item.span.end <= sentence.span.end)


def _sorted(items: Sequence[S]) -> tuple[list[S], list[int]]:
    ordered = sorted(items, key=lambda item: item.span.start)
    return ordered, [item.span.start for item in ordered]


def sentence_views(document: Document) -> list[SentenceView]:
    """The content sentences of a document (boilerplate left out), each with its mentions."""
    people, people_at = _sorted(document.person_mentions)
    countries, countries_at = _sorted(document.countries)
    places, places_at = _sorted(document.places)
    dates, dates_at = _sorted(document.dates)
    views = []
    for index, sentence in enumerate(document.sentences):
        if sentence.boilerplate:
            continue
        views.append(
            SentenceView(
                index,
                sentence,
                _inside(people, people_at, sentence),
                _inside(countries, countries_at, sentence),
                _inside(places, places_at, sentence),
                _inside(dates, dates_at, sentence),
            )
        )
    return views
