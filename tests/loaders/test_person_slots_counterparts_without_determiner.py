"""News style drops the determiner before a counterpart's demonym: "he and Kyrgyz counterpart X
signed" names X, a person of that country, as "his Kyrgyz counterpart X" does, so the talks
are between the two and X's own trip is X's. A firm after "peer" or "host" stays no person."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, dated_visits, read

_FILED = datetime.date(2023, 10, 12)


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read(text, _FILED).people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Uzbek President Timur Rakhimov met Tajik counterpart Farrukh Nazarov in Dushanbe.",
            "Farrukh Nazarov",
            "TJ",
        ),
        (
            "Chilean Foreign Minister Ana Vidal spoke with Peruvian homologue Jorge Salas.",
            "Jorge Salas",
            "PE",
        ),
        (
            "On Tuesday Tajik counterpart Farrukh Nazarov greeted President Timur Rakhimov.",
            "Farrukh Nazarov",
            "TJ",
        ),
    ],
)
def test_person_slots_counterpart_without_determiner_is_a_person(
    text: str, name: str, country: str
) -> None:
    assert _people(text).get(name) == country


def test_person_slots_counterpart_without_determiner_meets_and_travels() -> None:
    text = (
        "TASHKENT, 12 October 2023. Uzbek President Timur Rakhimov arrived in Dushanbe on "
        "October 10 on a two-day state visit, and by the evening he and Tajik counterpart "
        "Farrukh Nazarov had held talks. Nazarov reciprocated with a state visit to Tashkent "
        "in May 2019."
    )
    document = read(text, _FILED)
    assert dated_meetings(document) == [(["Farrukh Nazarov", "Timur Rakhimov"], "2023-10-10")]
    assert ("Farrukh Nazarov", "UZ", "2019-05") in dated_visits(document)


@pytest.mark.parametrize(
    "text",
    [
        "Uzbek President Timur Rakhimov arrived in Dushanbe. Chinese peer Huawei Tech sent staff.",
        "Uzbek President Timur Rakhimov arrived in Dushanbe. French host Canal Media aired it.",
    ],
)
def test_person_slots_peer_or_host_without_determiner_is_no_person(text: str) -> None:
    assert set(_people(text)) == {"Timur Rakhimov"}
