"""Place names that hold a small lower-case word tied by a hyphen ("Port-au-Prince",
"Mazar-i-Sharif") are read whole; runs that only look like them still name their parts."""

from __future__ import annotations

import pytest

from dkg.loaders import Document
from dkg.loaders.steps.recognize import EntityRecognizer
from dkg.loaders.steps.segment import Segmenter


def _places(text: str) -> list[tuple[str, str]]:
    document = EntityRecognizer()(Segmenter()(Document("t", "t", text)))
    return [(p.name, p.country) for p in document.places]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The envoy landed in Port-au-Prince late on Friday.", ("Port-au-Prince", "HT")),
        ("Aid convoys left Mazar-i-Sharif at dawn.", ("Mazar-i-Sharif", "AF")),
        ("Fighting was reported near Deir ez-Zor this week.", ("Deir ez-Zor", "SY")),
        ("The ministers dined in Frankfurt am Main.", ("Frankfurt", "DE")),
    ],
)
def test_recognize_hyphenated_particles_keep_a_city_whole(
    sentence: str, place: tuple[str, str]
) -> None:
    assert _places(sentence) == [place]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("A new Paris-to-London rail link was announced.", [("Paris", "FR"), ("London", "GB")]),
        ("The Nairobi-led force reached Cap-Haitien.", [("Nairobi", "KE"), ("Cap-Haïtien", "HT")]),
    ],
)
def test_recognize_hyphenated_particles_do_not_join_two_places(
    sentence: str, places: list[tuple[str, str]]
) -> None:
    assert _places(sentence) == places
