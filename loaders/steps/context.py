"""Per-sentence views of a Document's annotations, shared by the fact extractors.

Extractors work one sentence at a time; this gathers, once, the mentions that fall inside each
sentence so that no extractor scans the whole document per sentence.
"""

from __future__ import annotations

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


def _inside(items: Sequence[S], sentence: Sentence) -> tuple[S, ...]:
    return tuple(item for item in items if sentence.span.contains(item.span))


def sentence_views(document: Document) -> list[SentenceView]:
    """The content sentences of a document (boilerplate left out), each with its mentions."""
    views = []
    for index, sentence in enumerate(document.sentences):
        if sentence.boilerplate:
            continue
        views.append(
            SentenceView(
                index,
                sentence,
                _inside(document.person_mentions, sentence),
                _inside(document.countries, sentence),
                _inside(document.places, sentence),
                _inside(document.dates, sentence),
            )
        )
    return views
