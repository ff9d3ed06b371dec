"""Which cues tell no one's visit, which further countries a tour lists after its first, and
which days a visit's own sentence gives it: the three steps the visit reader takes around each
cue, each on hand-written sentences."""

from __future__ import annotations

import re

import pytest

from dkg.loaders.document import PartialDate, Visit
from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.visit_cue_days import cue_days
from dkg.loaders.steps.visit_cues import CUE, dismissed
from dkg.loaders.steps.visit_onward_legs import onward_legs
from tests.loaders.reading import read


def _view_and_cue(sentence: str, cue: str) -> tuple[SentenceView, re.Match[str]]:
    """The sentence's view and the first cue in it that reads ``cue``."""
    view = sentence_views(read(f"date 2024-03-04\n{sentence}\n"))[0]
    return view, next(m for m in CUE.finditer(view.text) if m.group().strip() == cue)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Chilean President Ana Lima will not travel to Peru this year.", "travel"),
        ("Chilean President Ana Lima hoped to visit Peru before the election.", "to visit"),
        ("Chilean President Ana Lima visited the war memorial in Lima.", "visited"),
        ("Thousands of Chilean students visiting Peru were stranded.", "visiting"),
        ("Every winter some 30,000 Chileans travel to Peru for its beaches.", "travel"),
        ("Officials said thousands of Bolivians visited Peru last year.", "visited"),
        ("Chilean President Ana Lima said growth is expected in Peru.", "is expected in"),
    ],
)
def test_visit_cues_a_denied_wished_or_group_trip_is_dismissed(sentence: str, cue: str) -> None:
    assert dismissed(*_view_and_cue(sentence, cue))


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Chilean President Ana Lima will travel to Peru this year.", "travel"),
        ("Chilean President Ana Lima visited Peru in May.", "visited"),
        ("Chilean President Ana Lima is expected in Lima on Monday.", "is expected in"),
        ("In March 2024 Reyes travelled to Peru for talks.", "travelled"),
        ("The President of Seychelles travelled to Peru in May.", "travelled"),
        ("The two Presidents visited Peru together in May.", "visited"),
    ],
)
def test_visit_cues_a_told_trip_is_kept(sentence: str, cue: str) -> None:
    assert not dismissed(*_view_and_cue(sentence, cue))


def _visit(host: str, start: PartialDate | None) -> Visit:
    return Visit(
        visitor="ana-lima",
        visitor_country="CL",
        host_country=host,
        place=None,
        start=start,
        end=None,
        visit_type="state",
        status="happened",
        evidence=(),
    )


def test_visit_onward_legs_countries_listed_after_the_first_are_announced_legs() -> None:
    view, cue = _view_and_cue(
        "Chilean President Ana Lima visited Peru on 4 March and then went on to Ecuador.",
        "visited",
    )
    legs = onward_legs(view, cue, _visit("PE", PartialDate(2024, 3, 4)))
    assert [(leg.host_country, leg.status, leg.visit_type) for leg in legs] == [
        ("EC", "announced", "unspecified")
    ]


def test_visit_onward_legs_countries_of_another_clause_are_no_legs() -> None:
    view, cue = _view_and_cue(
        "Chilean President Ana Lima visited Peru, where Ecuador and Bolivia signed a pact.",
        "visited",
    )
    assert onward_legs(view, cue, _visit("PE", None)) == []


def test_visit_cue_days_the_date_after_the_cue_is_the_visits() -> None:
    view, cue = _view_and_cue("Chilean President Ana Lima visited Peru on 4 March 2024.", "visited")
    assert cue_days(view, cue, CUE.search(view.text, cue.end())) == (PartialDate(2024, 3, 4), None)


def test_visit_cue_days_the_date_of_a_later_cue_is_not_the_first_visits() -> None:
    view, cue = _view_and_cue(
        "Chilean President Ana Lima's coming visit to Peru and Bolivian President Luis Arce's "
        "state visit to Brazil in June 2023 were discussed.",
        "visit",
    )
    later = CUE.search(view.text, cue.end())
    assert later is not None and later.group().strip() == "state visit"
    assert cue_days(view, cue, later) == (None, None)
