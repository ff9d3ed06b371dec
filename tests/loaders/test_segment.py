"""Sentences with true offsets; datelines apart; bios, disclaimers and captions marked."""

from __future__ import annotations

from dkg.loaders.steps.segment import split_sentences


def test_segment_offsets_point_at_the_sentence_text() -> None:
    text = (
        " date 2024-01-02 Dr. Ruiz met Mr. Ito on Jan. 2 in Osaka. They spoke for an hour.\nNext."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Dr. Ruiz met Mr. Ito on Jan. 2 in Osaka.",
        "They spoke for an hour.",
        "Next.",
    ]
    for sentence in sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text


def test_segment_dateline_is_a_sentence_of_its_own() -> None:
    sentences = split_sentences("NAIROBI, May 3 (Wire) - The talks began.")
    assert [s.text for s in sentences] == ["NAIROBI, May 3 (Wire)", "The talks began."]


def test_segment_marks_bios_disclaimers_and_captions_as_boilerplate() -> None:
    text = (
        "The ministers met in Hanoi.\n"
        "Photo: the foreign minister at a museum in 2019.\n"
        "Maria Lopez is a senior fellow at a research institute in Madrid.\n"
        "Disclaimer: the opinions expressed here are the sole responsibility of the author.\n"
    )
    flags = [(s.text.split()[0], s.boilerplate) for s in split_sentences(text)]
    assert flags == [("The", False), ("Photo:", True), ("Maria", True), ("Disclaimer:", True)]


def _datelines(text: str) -> list[str]:
    return [s.text for s in split_sentences(text) if s.dateline]


def test_segment_dateline_below_a_headline_and_a_byline_is_found() -> None:
    text = (
        "Envoys agree on grain corridor\n\nBy Maria Lind and Omar Haddad\n\n"
        "ROME, Oct 8 (Harbour Wire) - The two envoys agreed on Tuesday to reopen the corridor."
    )
    assert _datelines(text) == ["ROME, Oct 8 (Harbour Wire)"]


def test_segment_dateline_after_the_first_paragraph_of_text_is_none() -> None:
    text = (
        "Envoys agree on grain corridor\n\nThe envoys agreed to reopen the corridor.\n\n"
        "ROME, Oct 8 (Harbour Wire) - The earlier round had failed."
    )
    assert _datelines(text) == []


def test_segment_dateline_with_the_agency_between_slashes_is_found() -> None:
    text = "KAZAN, June 5. /Volga Wire/. The two ministers met on Thursday."
    assert _datelines(text) == ["KAZAN, June 5. /Volga Wire/."]
    assert _datelines("KAZAN, June 5 and 6 /both days/. Talks went on.") == []


def test_segment_dateline_on_a_line_of_its_own_is_found() -> None:
    sentences = split_sentences("LIMA, Oct. 9 -\n\nThe ministers met on Friday.")
    assert [(s.text, s.dateline) for s in sentences] == [
        ("LIMA, Oct. 9", True),
        ("The ministers met on Friday.", False),
    ]
