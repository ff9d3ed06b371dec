"""FactAnnotator: runs the sentence-level fact finders (economic figures, ...) over a Document.

The finders are pure text functions (``find_figures(sentence, offset, context)``); this step
gives them each content sentence with the document context they need and collects what they
return, so the finders stay testable on bare strings.
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import Document
from dkg.loaders.steps.figures import FigureContext, FigureMention, find_figures


class FactAnnotator:
    """Collects the economic figures of every content sentence."""

    name = "annotate-facts"
    requires = frozenset({"sentences", "date", "countries"})
    provides = frozenset({"figures"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its figures."""
        countries = tuple(dict.fromkeys(c.iso2 for c in document.countries))
        context = FigureContext(
            document_year=document.date.year if document.date else None, countries=countries
        )
        figures: list[FigureMention] = []
        for sentence in document.sentences:
            if not sentence.boilerplate:
                figures.extend(find_figures(sentence.text, sentence.span.start, context))
        return replace(document, figures=tuple(figures))
