"""Talks held separately are one meeting per person met."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[list[str]]:
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return sorted(sorted(names[k] for k in m.participants) for m in document.meetings)


@pytest.mark.parametrize(
    "text",
    [
        "President Javier Milei and Vice President Victoria Villarruel held separate meetings "
        "with Italian Prime Minister Giorgia Meloni in Buenos Aires on 20 November 2024.",
        "Italian Prime Minister Giorgia Meloni met President Javier Milei and Vice President "
        "Victoria Villarruel separately in Buenos Aires on 20 November 2024.",
    ],
)
def test_meetings_separately_one_per_person_met(text: str) -> None:
    assert _meetings(text) == [
        ["Giorgia Meloni", "Javier Milei"],
        ["Giorgia Meloni", "Victoria Villarruel"],
    ]


def test_meetings_separately_joint_talks_stay_one_meeting() -> None:
    text = (
        "President Javier Milei and Vice President Victoria Villarruel held talks with Italian "
        "Prime Minister Giorgia Meloni in Buenos Aires on 20 November 2024."
    )
    assert _meetings(text) == [["Giorgia Meloni", "Javier Milei", "Victoria Villarruel"]]


def test_meetings_separately_each_talks_verb_has_its_own_people() -> None:
    text = (
        "On 2 June 2024 the Kenyan President William Ruto held talks with Prime Minister "
        "Abiy Ahmed and met President of the National Assembly Tagesse Chafo."
    )
    surnames = [[name.split()[-1] for name in names] for names in _meetings(text)]
    assert surnames == [["Ahmed", "Ruto"], ["Chafo", "Ruto"]]


def test_meetings_separately_talks_between_the_two_presidents() -> None:
    text = (
        "Kenyan President William Ruto arrived in Addis Ababa on 2 June 2024 on a state visit "
        "to Ethiopia. Ethiopian Prime Minister Abiy Ahmed hosted a ceremony for his Kenyan "
        "counterpart, followed by talks between the two leaders."
    )
    assert _meetings(text) == [["Abiy Ahmed", "William Ruto"]]


def test_meetings_separately_narrow_and_extended_rounds_are_one_meeting() -> None:
    text = (
        "Kenyan President William Ruto arrived in Addis Ababa on 2 June 2024 on a state visit "
        "to Ethiopia. Ethiopian Prime Minister Abiy Ahmed held talks with William Ruto on "
        "2 June 2024. After the talks, the two leaders led an expanded meeting with their "
        "foreign ministers, Musalia Mudavadi and Taye Atske Selassie."
    )
    assert _meetings(text) == [
        ["Abiy Ahmed", "Musalia Mudavadi", "Taye Atske Selassie", "William Ruto"]
    ]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "On 5 May 2024 President Emmanuel Macron hosted a state banquet in honour of "
            "President Xi Jinping.",
            [],
        ),
        (
            "On 5 May 2024 President Emmanuel Macron met President Xi Jinping for lunch.",
            [["Emmanuel Macron", "Xi Jinping"]],
        ),
        (
            "On 5 May 2024 President Emmanuel Macron hosted President Xi Jinping for talks.",
            [["Emmanuel Macron", "Xi Jinping"]],
        ),
    ],
)
def test_meetings_separately_a_hosted_dinner_is_not_talks(
    text: str, meetings: list[list[str]]
) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(
    "text",
    [
        "On his second day in Lima, Chilean President Tomas Rojas met President Ana Flores, "
        "Prime Minister Luis Vega and Congress President Sara Mendez.",
        "Chilean President Tomas Rojas later met with President Ana Flores, Prime Minister Luis "
        "Vega and Congress President Sara Mendez in Lima.",
        "Chilean President Tomas Rojas held talks with President Ana Flores, Prime Minister Luis "
        "Vega and Congress President Sara Mendez on Tuesday.",
    ],
)
def test_meetings_one_visitor_meeting_a_list_meets_each_in_turn(text: str) -> None:
    assert _meetings(text) == [
        ["Ana Flores", "Tomas Rojas"],
        ["Luis Vega", "Tomas Rojas"],
        ["Sara Mendez", "Tomas Rojas"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Tomas Rojas held trilateral talks with President Ana Flores and "
        "Prime Minister Luis Vega in Lima.",
        "Chilean President Tomas Rojas, President Ana Flores and Prime Minister Luis Vega met "
        "in Lima on Tuesday.",
        "Chilean President Tomas Rojas met President Ana Flores and Prime Minister Luis Vega "
        "together at the palace.",
        "Chilean President Tomas Rojas met President Ana Flores in the presence of Prime "
        "Minister Luis Vega.",
        "Chilean President Tomas Rojas held talks with President Ana Flores, with Prime "
        "Minister Luis Vega also present.",
    ],
)
def test_meetings_talks_at_one_table_stay_one_meeting(text: str) -> None:
    assert _meetings(text) == [["Ana Flores", "Luis Vega", "Tomas Rojas"]]


def test_meetings_separately_someone_met_under_an_earlier_with_is_no_side_of_the_talks() -> None:
    text = (
        "Prime Minister Narendra Modi co-chaired the summit in Bridgetown with Prime Minister "
        "Keith Rowley on 20 November 2024, and held separate talks with Prime Minister Philip "
        "Davis on the sidelines."
    )
    assert _meetings(text) == [["Narendra Modi", "Philip Davis"]]


def test_meetings_separately_with_one_person_met_is_one_pair() -> None:
    text = (
        "Prime Minister Narendra Modi held separate talks with Prime Minister Philip Davis in "
        "Bridgetown on 20 November 2024."
    )
    assert _meetings(text) == [["Narendra Modi", "Philip Davis"]]


@pytest.mark.parametrize(
    "text",
    [
        # the "with" of the cue opens the list; the second "with" is one counterpart's own
        "In the afternoon, President Gustavo Petro held separate meetings with Premier Li Qiang "
        "and with Chairman Zhao Leji in Beijing.",
        "President Gustavo Petro held separate talks with Premier Li Qiang and with Chairman "
        "Zhao Leji in Beijing on 14 May 2025.",
        "President Gustavo Petro held separate meetings with Premier Li Qiang and Chairman Zhao "
        "Leji in Beijing on 14 May 2025.",
    ],
)
def test_meetings_separately_each_with_its_own_with(text: str) -> None:
    assert _meetings(text) == [
        ["Gustavo Petro", "Li Qiang"],
        ["Gustavo Petro", "Zhao Leji"],
    ]


def test_meetings_separately_talks_with_two_together_stay_one_table() -> None:
    # near-miss: the same two "with"s, but talks at one table
    text = (
        "President Gustavo Petro held trilateral talks with Premier Li Qiang and with Chairman "
        "Zhao Leji in Beijing on 14 May 2025."
    )
    assert _meetings(text) == [["Gustavo Petro", "Li Qiang", "Zhao Leji"]]
