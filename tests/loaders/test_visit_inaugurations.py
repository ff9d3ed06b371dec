"""A leader who attended another's inauguration made a trip to that leader's country ("Colombia's
President attended Varga's inauguration in January"), at the precision the sentence gives; one
who "travelled to Budapest for Varga's inauguration" has the date of that inauguration."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 4, 20)
TOLD = "President Jorge Diaz of Colombia met President Tomas Varga of Hungary in Bogota on Monday. "


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Colombia's President attended Varga's inauguration in January.", "2025-01"),
        ("Colombia's President Jorge Diaz attended Varga's inauguration in May 2022.", "2022-05"),
        ("Diaz was present at the swearing-in of Varga in May 2022.", "2022-05"),
        ("Diaz will attend Varga's inauguration in May.", "2025-05"),
        (
            "Diaz was among the Heads of State who travelled to Budapest for Varga's "
            "inauguration in May 2022.",
            "2022-05",
        ),
    ],
)
def test_visit_inaugurations_attended_abroad(sentence: str, start: str) -> None:
    assert ("Jorge Diaz", "HU", start) in dated_visits(read(TOLD + sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        "Diaz attended the inauguration of the new bridge in May 2022.",  # no leader's
        "Diaz attended the inauguration in May 2022.",  # whose is not told
        "Varga attended the inauguration of Colombia's new parliament in May 2022.",
    ],
)
def test_visit_inaugurations_need_a_leader_abroad(sentence: str) -> None:
    visits = dated_visits(read(TOLD + sentence, FILED))
    assert not any(start == "2022-05" for _, _, start in visits)


_ARRIVED = (
    "BOGOTA, 20 April 2025. President Tomas Varga of Hungary arrived in Bogota on Sunday for a "
    "state visit and was received by President Jorge Diaz of Colombia. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit follows the attendance by President Diaz at the inauguration of President "
        "Luis Mendoza in Lima on 28 July 2024.",
        "It follows the presence of President Diaz at the swearing-in of President Luis Mendoza "
        "in Lima on 28 July 2024.",
    ],
)
def test_visit_inaugurations_attendance_told_by_a_noun(sentence: str) -> None:
    visits = dated_visits(read(_ARRIVED + sentence, FILED))
    assert ("Jorge Diaz", "PE", "2024-07-28") in visits
    assert ("Tomas Varga", "CO", "2025-04-20") in visits


def test_visit_inaugurations_attendance_at_home_is_no_visit() -> None:
    sentence = (
        "The visit follows the attendance by President Diaz at the inauguration of the new "
        "Mayor Luis Mendoza in Bogota on 28 July 2024."
    )
    visits = dated_visits(read(_ARRIVED + sentence, FILED))
    assert not any(start == "2024-07-28" for _, _, start in visits)


def test_visit_inaugurations_after_attending_is_the_sentence_subjects_trip() -> None:
    sentence = (
        "Diaz was speaking to reporters at his hotel on Friday after attending the "
        "inauguration of Her Excellency Dr Tomas Varga as President of Hungary."
    )
    # the day of the clause the gerund hangs on: he attended by Friday, 18 April
    assert ("Jorge Diaz", "HU", "2025-04-18") in dated_visits(read(TOLD + sentence, FILED))
