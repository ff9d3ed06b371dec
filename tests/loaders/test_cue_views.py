"""A cue's filter tested once on the whole document stands for its test on every sentence:
each sentence's text is a piece of the document's, so what the whole text lacks, no sentence
holds (cue_views.py)."""

from __future__ import annotations

import re

from dkg.loaders.document import Document, Sentence, TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import sentence_views
from dkg.loaders.steps.cue_views import views_that_may_hold

_TEXT = "The President arrived on Monday. The visit runs until Friday."


def _document() -> Document:
    first, second = _TEXT.split(". ")
    sentences = (
        Sentence(TextSpan(0, len(first) + 1), first + ".", 0),
        Sentence(TextSpan(len(first) + 2, len(_TEXT)), second, 0),
    )
    return Document("t", "t", _TEXT, sentences=sentences)


def test_cue_views_are_every_sentence_when_the_text_may_hold_the_cue() -> None:
    document = _document()
    views = views_that_may_hold(Prefiltered(r"\bruns\s+until\b"), document=document)
    assert [v.text for v in views] == [v.text for v in sentence_views(document)]
    assert len(views) == 2


def test_cue_views_are_none_when_no_sentence_can_hold_the_cue() -> None:
    cue = Prefiltered(r"\bthe\s+last\s+to\s+visit\b")
    assert views_that_may_hold(cue, document=_document()) == []


def test_cue_views_any_of_several_cues_keeps_the_sentences() -> None:
    absent, present = Prefiltered(r"\bdeparts\b"), Prefiltered(r"\barrived\b")
    assert len(views_that_may_hold(absent, present, document=_document())) == 2


def test_cue_views_case_blind_cue_is_found_in_any_case() -> None:
    cue = Prefiltered(r"\bTHE VISIT RUNS\b", re.IGNORECASE)
    assert len(views_that_may_hold(cue, document=_document())) == 2
