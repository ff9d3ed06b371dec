"""A visit typed after its noun, as French and Spanish word it ("visite de travail et
d'amitié"): "a visit of work and friendship" is a working visit; the work a visit is about
("a visit of work on the port") types none."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_DAY = datetime.date(2024, 6, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Amadou Keita of Mali arrived in Dakar on Monday for a visit of work and "
        "friendship.",
        "President Amadou Keita of Mali arrived in Dakar on Monday for a visit of friendship "
        "and work.",
        "President Amadou Keita of Mali arrived in Dakar on Monday for a work and friendship "
        "visit.",
        "President Amadou Keita of Mali arrived in Dakar on Monday for a working and "
        "friendship visit.",
    ],
)
def test_visit_types_work_after_the_noun_is_working(sentence: str) -> None:
    assert [r.visit_type for r in visit_rows(sentence, _DAY) if r.host_country == "SN"] == [
        "working"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Amadou Keita of Mali arrived in Dakar on Monday for a visit of friendship.",
        "President Amadou Keita of Mali arrived in Dakar on Monday for a visit of work on the "
        "new port.",
    ],
)
def test_visit_types_other_words_after_the_noun_type_nothing(sentence: str) -> None:
    assert [r.visit_type for r in visit_rows(sentence, _DAY) if r.host_country == "SN"] == [
        "unspecified"
    ]
