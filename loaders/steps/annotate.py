"""FactAnnotator: runs the sentence-level fact finders (figures, agreements, ...) on a Document.

The finders are pure text functions (``find_figures(sentence, offset, context)``); this step
gives them each content sentence with the document context they need and collects what they
return, so the finders stay testable on bare strings.
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import Document
from dkg.loaders.steps.agreements import (
    AgreementContext,
    AgreementMention,
    find_agreements,
    merge_agreements,
)
from dkg.loaders.steps.figures import FigureContext, FigureMention, find_figures
from dkg.loaders.steps.sectors import SectorMatcher, SectorMention
from dkg.ontology.vocabulary import sector_concepts


class FactAnnotator:
    """Collects the economic figures, agreements and sectors of every content sentence."""

    name = "annotate-facts"
    requires = frozenset({"sentences", "date", "countries"})
    provides = frozenset({"figures", "agreements", "sectors"})

    def __init__(self) -> None:
        self.sectors = SectorMatcher(sector_concepts())

    def __call__(self, document: Document) -> Document:
        """Return the document with its figures."""
        countries = tuple(dict.fromkeys(c.iso2 for c in document.countries))
        context = FigureContext(
            document_year=document.date.year if document.date else None, countries=countries
        )
        parties = AgreementContext(countries=countries)
        figures: list[FigureMention] = []
        agreements: list[AgreementMention] = []
        sectors: list[SectorMention] = []
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            figures.extend(find_figures(sentence.text, sentence.span.start, context))
            agreements.extend(find_agreements(sentence.text, sentence.span.start, parties))
            sectors.extend(self.sectors.find(sentence.text, sentence.span.start))
        return replace(
            document,
            figures=tuple(figures),
            agreements=tuple(merge_agreements(agreements)),
            sectors=tuple(sectors),
        )
