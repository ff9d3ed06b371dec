"""A call told by what was said in it ("had congratulated B by telephone", "briefed B over the
phone") is talks by phone on its day, and a call a story recalls as a duty ("It is to recall
that the Head of State had maintained, on 20 February, a telephone conversation with B",
translated French) was held, not planned. A message, a letter or talks still to come are no
call held."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

_FILED = datetime.date(2024, 5, 6)
_LEAD = "ACCRA, 6 May 2024. President Yaw Mensah received the envoy of Chile on Monday. "


def _calls(sentence: str) -> list[tuple[list[str], str | None, str]]:
    document = read(_LEAD + sentence, _FILED)
    return [
        (names, day, meeting.mode)
        for (names, day), meeting in zip(dated_meetings(document), document.meetings, strict=True)
    ]


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "President Yaw Mensah had congratulated Prime Minister Lena Berg by telephone on "
            "April 9, a day after her appointment.",
            "Lena Berg",
        ),
        (
            "President Yaw Mensah thanked President Ilan Soto over the phone on April 9.",
            "Ilan Soto",
        ),
        ("President Yaw Mensah briefed President Ilan Soto by phone on April 9.", "Ilan Soto"),
        (
            "President Yaw Mensah invited President Ilan Soto by telephone on April 9 to the "
            "summit.",
            "Ilan Soto",
        ),
        (
            "It is to recall that the Head of State had maintained, on 9 April, a telephone "
            "conversation with President Ilan Soto, in the course of which the two Statesmen "
            "passed in review the cooperation.",
            "Ilan Soto",
        ),
        (
            "It is to note that the Head of State held talks with President Ilan Soto on 9 April.",
            "Ilan Soto",
        ),
    ],
)
def test_talks_cues_phone_greetings_are_calls_held(sentence: str, other: str) -> None:
    assert _calls(sentence) == [
        (
            sorted(["Yaw Mensah", other]),
            "2024-04-09",
            "in-person" if "held talks" in sentence else "phone",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Yaw Mensah congratulated President Ilan Soto by telephone message on April 9.",
        "President Yaw Mensah congratulated President Ilan Soto in a letter on April 9.",
        "President Yaw Mensah thanked President Ilan Soto for his support on April 9.",
        "It is to be hoped that President Yaw Mensah is to hold talks with President Ilan Soto.",
    ],
)
def test_talks_cues_phone_greetings_need_a_call_held(sentence: str) -> None:
    assert _calls(sentence) == []
