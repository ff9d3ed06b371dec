"""Two people named after a plural title: "their foreign ministers, A and B"."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed were joined by "
            "their foreign ministers, Musalia Mudavadi and Taye Atske Selassie.",
            ["William Ruto", "Abiy Ahmed", "Musalia Mudavadi", "Taye Atske Selassie"],
        ),
        (
            "The talks were prepared by the two ambassadors, Maria Silva and Kenji Tanaka.",
            ["Maria Silva", "Kenji Tanaka"],
        ),
        (
            "Before the talks their foreign ministers, Álvaro Leyva of Colombia and Carlos Faría "
            "of Venezuela, joined the two leaders.",
            ["Álvaro Leyva", "Carlos Faría"],
        ),
        (
            "The accord was signed by both ambassadors, Maria Silva of Brazil and Kenji Tanaka "
            "of Japan.",
            ["Maria Silva", "Kenji Tanaka"],
        ),
        ("Their ministers, and the others, stayed behind.", []),
    ],
)
def test_people_plural_title_names_each_person(text: str, names: list[str]) -> None:
    assert [p.name for p in PIPELINE(Document("t", "t", text)).people] == names
