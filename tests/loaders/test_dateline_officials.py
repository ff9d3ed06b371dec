"""An official of no stated country in a story filed from that official's country."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _countries(text: str) -> dict[str, str | None]:
    document = PIPELINE(Document("t", "t", text))
    return {
        p.name: p.country or next((q.country for q in p.posts if q.country), None)
        for p in document.people
    }


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "HARARE, 9 June - President Tendai Moyo has today held talks with his Botswanan "
            "counterpart Kabo Sebina at State House.",
            "Tendai Moyo",
            "ZW",
        ),
        (
            "Accra, 14 Nov (GNA) - The Vice President, Kwame Asante, will pay a working visit "
            "to Lome next week.",
            "Kwame Asante",
            "GH",
        ),
        (
            "Damascus - SANA: Prime Minister Adel Haddad received the Cypriot envoy on Sunday.",
            "Adel Haddad",
            "SY",
        ),
    ],
)
def test_dateline_officials_take_the_datelines_country(text: str, name: str, country: str) -> None:
    assert _countries(text)[name] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a guest's post is bare too
        ("ROME - President Li Wei arrived in Rome on Sunday for a state visit.", "Li Wei"),
        # a city opening a sentence is no dateline
        ("Nairobi is busy. President Amos Kiprono spoke on Monday.", "Amos Kiprono"),
        # two bare posts: one may be a guest the text does not tell as one
        (
            "OSLO, 2 May - Prime Minister Erik Lunde held talks with President Ana Costa.",
            "Ana Costa",
        ),
        # a city and a date on a line of their own close a release's heading
        (
            "Lima, 6 May 2025\n\nThe Minister of Mining, Rosa Vidal, travelled to Quito.",
            "Rosa Vidal",
        ),
    ],
)
def test_dateline_officials_never_guess(text: str, name: str) -> None:
    assert _countries(text)[name] is None
