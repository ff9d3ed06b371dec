"""A country name two countries share ("Korea") reads as the one the sentence names."""

from __future__ import annotations

from dkg.loaders import Document
from dkg.loaders.steps.recognize import EntityRecognizer
from dkg.loaders.steps.segment import Segmenter

RECOGNIZER = EntityRecognizer()


def _recognize(text: str) -> Document:
    return RECOGNIZER(Segmenter()(Document("t", "t", text)))


def _countries(text: str) -> list[tuple[str, str]]:
    document = _recognize(text)
    return [(text[m.span.start : m.span.end], m.iso2) for m in document.countries]


def test_recognize_shared_names_korea_is_the_north_when_the_sentence_names_the_dprk() -> None:
    text = "The chairman of the Workers' Party of Korea toured a DPRK tractor plant."
    assert _countries(text) == [("Korea", "KP"), ("DPRK", "KP")]


def test_recognize_shared_names_korea_alone_stays_the_south() -> None:
    assert _countries("Korea and Chile opened a trade office.") == [
        ("Korea", "KR"),
        ("Chile", "CL"),
    ]


def test_recognize_shared_names_both_koreas_named_leave_the_usual_reading() -> None:
    text = "North Korea fired a missile as South Korea and Korean allies watched."
    assert _countries(text) == [("North Korea", "KP"), ("South Korea", "KR"), ("Korean", "KR")]
