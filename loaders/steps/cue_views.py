"""The sentences of a document in which a cue may be found: none when the whole text cannot
hold it.

Some readers of the visit and meeting steps look for one rare cue ("the last to make the
trip", "the visit runs until", "the parties discussed") in every sentence of a document, and
most documents hold none. Each sentence's text is a piece of the document's text, so a cue's
filter (``Prefiltered.may_match``: strings every match needs) that rejects the whole text
rejects every sentence too; one test of the document then answers for all of its sentences,
and the readers do exactly what they did, for less.
"""

from __future__ import annotations

from dkg.loaders.document import Document
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView, sentence_views


def views_that_may_hold(*cues: Prefiltered, document: Document) -> list[SentenceView]:
    """The content sentences of ``document`` (``sentence_views``), or none when no one of the
    ``cues`` can match anywhere in its text."""
    if not any(cue.may_match(document.text) for cue in cues):
        return []
    return sentence_views(document)
