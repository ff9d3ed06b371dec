"""A briefing transcript names its speaker in full in the title line and then only by family
name in the labels of each turn ("**Chen:**"): the title line's name is a person, though the
story never writes it in full again."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read

TITLE = "Regular Press Briefing by Foreign Ministry Spokesperson Chen Hua\n\n"
TURNS = (
    "{label} Good afternoon. Premier Li Wen will pay an official visit to Chile in June.\n\n"
    "**Question:** What is expected of the visit?\n\n"
    "{label} It will deepen the partnership.\n"
)


def _people(text: str) -> set[str]:
    document = read("date 2024-05-22\n" + text)
    return {p.name for p in document.people}


@pytest.mark.parametrize("label", ["**Chen:**", "Chen:", "MR CHEN:", "**Hua:**"])
def test_capital_headings_transcript_speakers_label_keeps_the_title_lines_name(
    label: str,
) -> None:
    assert "Chen Hua" in _people(TITLE + TURNS.format(label=label))


@pytest.mark.parametrize("label", ["**Spokesperson:**", "Chen said:"])
def test_capital_headings_transcript_speakers_no_label_no_name(label: str) -> None:
    assert "Chen Hua" not in _people(TITLE + TURNS.format(label=label))


def test_capital_headings_transcript_speakers_a_headline_verb_stays_out_of_the_name() -> None:
    people = _people(
        "President Ruto Receives Envoy From Chile\n\n**Ruto:** I received the envoy today.\n\n"
        "President William Ruto received Ambassador Rosa Vidal of Chile in Nairobi.\n"
    )
    assert people == {"William Ruto", "Rosa Vidal"}
