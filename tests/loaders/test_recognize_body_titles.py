"""A body's name read from its shape ("Ministry of ...") stops before the title of the
person who speaks for it, which the people reader needs."""

from __future__ import annotations

from dkg.loaders import Document
from dkg.loaders.steps.recognize import EntityRecognizer
from dkg.loaders.steps.segment import Segmenter

RECOGNIZER = EntityRecognizer()


def _organizations(text: str) -> list[str]:
    return [o.name for o in RECOGNIZER(Segmenter()(Document("t", "t", text))).organizations]


def test_recognize_body_titles_a_body_stops_before_a_spokesperson() -> None:
    text = "Ministry of National Defense Spokesperson Wu Qian spoke to reporters."
    assert _organizations(text) == ["Ministry of National Defense"]


def test_recognize_body_titles_a_body_stops_before_a_title_after_its_head() -> None:
    assert _organizations("Interior Ministry Spokesman Ali Reza spoke.") == ["Interior Ministry"]


def test_recognize_body_titles_a_body_named_after_a_post_keeps_it() -> None:
    text = "The Council of Ministers and the Commission of the President met."
    assert _organizations(text) == ["Council of Ministers", "Commission of the President"]
