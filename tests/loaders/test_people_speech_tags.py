"""'..., the deputy minister noted' tells who spoke: the name before it is what was said."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[str]:
    return [p.name for p in PIPELINE(Document("t", "t", text)).people]


def test_people_a_company_before_a_speech_tag_is_no_person() -> None:
    text = (
        "Some 300 firms operate in Chile, among them Codelco Trading and Falabella Retail, "
        "the deputy minister noted."
    )
    assert _people(text) == []
    assert _people("Investors include Sime Darby Plantation, the Ambassador said.") == []


def test_people_an_apposition_closed_by_a_comma_is_the_holder() -> None:
    text = "Trade is growing, said Mark Rutte, the Dutch prime minister, after the talks."
    assert _people(text) == ["Mark Rutte"]
