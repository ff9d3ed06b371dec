"""A form of address written with a dot ("Smt.", "Engr.", "Atty.") does not end a sentence, so
the person named after it keeps the title written before it."""

from __future__ import annotations

from dkg.loaders.steps.segment import split_sentences
from tests.loaders.reading import read


def test_segment_dotted_honorifics_keep_the_name_in_its_sentence() -> None:
    text = "Governor Engr. Babajide Sanwo-Olu opened the port. Trade grew."
    assert [s.text for s in split_sentences(text)] == [
        "Governor Engr. Babajide Sanwo-Olu opened the port.",
        "Trade grew.",
    ]


def test_segment_dotted_honorifics_name_the_person_not_the_honorific() -> None:
    text = (
        "NEW DELHI, 3 March 2024 - President Smt. Droupadi Murmu received the visiting "
        "President of Ghana, Nana Akufo-Addo, at Rashtrapati Bhavan today."
    )
    document = read(text)
    assert {p.name for p in document.people} == {"Droupadi Murmu", "Nana Akufo-Addo"}


def test_segment_dotted_honorifics_undotted_titles_still_end_sentences() -> None:
    text = "The minister thanked the Emir. Talks then turned to energy."
    assert len(split_sentences(text)) == 2
