"""Each rule that ranks who made a visit, on one hand-written sentence and the cue in it.

The whole-pipeline tests (test_visit_parties_*, test_visit_clause_subjects) show the visits a
reader gets; these show which rule names whom, so a rule added or changed later is checked on
its own, with a sentence where it must name no one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import pytest

from dkg.loaders.document import PersonMention
from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.visit_cues import CUE
from dkg.loaders.steps.visit_visitors import (
    adjacent_subjects,
    clause_subjects,
    cue_in_relative_clause,
    delegation_leaders,
    guests_on_own_visit,
    invitees,
    named_before,
    possessive_owners,
    received_guests,
    relative_clause_subjects,
    subjects_after_own_visit,
    thanked_guests,
    visit_object,
    visitors,
)
from tests.loaders.reading import read
from tests.visit_rows import visit_rows

Rule = Callable[[SentenceView, re.Match[str]], list[PersonMention]]


def _named(sentence: str, cue: str, rule: Rule) -> list[str]:
    """The names a rule gives for the cue ``cue`` (its first match) in a one-sentence text."""
    document = read(f"date 2024-03-04\n{sentence}\n")
    names = {p.key: p.name for p in document.people}
    view = sentence_views(document)[0]
    match = next(m for m in CUE.finditer(view.text) if m.group().strip() == cue)
    return [names[m.person] for m in rule(view, match)]


def _before_cue(rule: Callable[..., list[PersonMention]]) -> Rule:
    """A rule that ranks the people named before the cue, given them as ``named_before`` does."""
    return lambda view, cue: rule(view, cue, named_before(view, cue))


def _with_guests(rule: Callable[..., list[PersonMention]]) -> Rule:
    """A rule that also needs the guests a host received."""
    return lambda view, cue: rule(view, cue, received_guests(view))


def _clause(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    return clause_subjects(view, cue, named_before(view, cue), received_guests(view))


CASES = [
    # rule, sentence, cue, who it names
    (
        visit_object,
        "The visit of Chilean President Ana Lima to Peru ended on Sunday.",
        "visit",
        ["Ana Lima"],
    ),
    (
        visit_object,
        "The visit was marred by remarks of Chilean President Ana Lima on Sunday.",
        "visit",
        [],
    ),
    (
        lambda view, _: delegation_leaders(view),
        "A delegation led by Norwegian Foreign Minister Tomas Berg arrived in Ottawa.",
        "arrived",
        ["Tomas Berg"],
    ),
    (
        lambda view, _: delegation_leaders(view),
        "Norwegian Foreign Minister Tomas Berg led the talks after he arrived in Ottawa.",
        "arrived",
        [],
    ),
    (
        _before_cue(adjacent_subjects),
        "Ties warmed after Spanish Prime Minister Luis Ortega flew to Morocco in 2019.",
        "flew to",
        ["Luis Ortega"],
    ),
    (
        _before_cue(adjacent_subjects),
        "Spanish Prime Minister Luis Ortega invited Moroccan King Karim Idrissi to visit Madrid.",
        "to visit",
        [],
    ),
    (
        _before_cue(possessive_owners),
        "Spanish Prime Minister Luis Ortega's visit to Rabat was brief.",
        "visit",
        ["Luis Ortega"],
    ),
    (
        _before_cue(invitees),
        "Spanish Prime Minister Luis Ortega invited Moroccan King Karim Idrissi to visit Madrid.",
        "to visit",
        ["Karim Idrissi"],
    ),
    (
        _before_cue(possessive_owners),
        "Spanish Prime Minister Luis Ortega said the visit to Rabat was brief.",
        "visit",
        [],
    ),
    (
        _before_cue(thanked_guests),
        "Kenyan President Amos Njoroge thanked Chilean President Ana Lima for her visit.",
        "visit",
        ["Ana Lima"],
    ),
    (
        _before_cue(thanked_guests),
        "Kenyan President Amos Njoroge thanked Chilean President Ana Lima after the visit.",
        "visit",
        [],
    ),
    (
        _before_cue(lambda view, _, before: relative_clause_subjects(view, before)),
        "Indian Prime Minister Ravi Menon received Chilean President Ana Lima, who arrived in "
        "Delhi on Monday.",
        "arrived",
        ["Ana Lima"],
    ),
    (
        _before_cue(lambda view, _, before: relative_clause_subjects(view, before)),
        "Indian Prime Minister Ravi Menon received Chilean President Ana Lima as she arrived in "
        "Delhi on Monday.",
        "arrived",
        [],
    ),
    (
        lambda view, _: received_guests(view),
        "Indian Prime Minister Ravi Menon welcomed Chilean President Ana Lima on a state visit.",
        "state visit",
        ["Ana Lima"],
    ),
    (
        lambda view, _: received_guests(view),
        "Chilean President Ana Lima was received at the airport by Indian Prime Minister Ravi "
        "Menon on a state visit.",
        "state visit",
        [],
    ),
    (
        _with_guests(guests_on_own_visit),
        "Indian Prime Minister Ravi Menon welcomed Chilean President Ana Lima on her first visit "
        "abroad.",
        "first visit",
        ["Ana Lima"],
    ),
    (
        _with_guests(guests_on_own_visit),
        "Indian Prime Minister Ravi Menon welcomed Chilean President Ana Lima before his first "
        "visit abroad.",
        "first visit",
        [],
    ),
    (
        _clause,
        "Spanish Prime Minister Luis Ortega visited Rabat, and Carlos Ortega, his brother, went "
        "to Tunis.",
        "went to",
        [],
    ),
    (
        _clause,
        "Spanish Prime Minister Luis Ortega visited Rabat and went on to Tunis.",
        "visited",
        ["Luis Ortega"],
    ),
    (
        lambda view, _: subjects_after_own_visit(view),
        "During his visit to Baku, Spanish Prime Minister Luis Ortega opened a school.",
        "visit",
        ["Luis Ortega"],
    ),
    (
        lambda view, _: subjects_after_own_visit(view),
        "During his visit, he was hosted by Azerbaijani President Elnur Aliyev.",
        "visit",
        [],
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "cue", "names"), CASES)
def test_visit_visitors_each_rule_names_only_its_phrasing(
    rule: Rule, sentence: str, cue: str, names: list[str]
) -> None:
    assert _named(sentence, cue, rule) == names


def test_visit_visitors_a_clause_whose_verb_is_the_cue_is_about_its_own_subject() -> None:
    document = read(
        "date 2024-03-04\nIndian Prime Minister Ravi Menon hosted Chilean President Ana Lima, "
        "who came to Delhi, and later visited Tokyo.\n"
    )
    view = sentence_views(document)[0]
    came, visited = (m for m in CUE.finditer(view.text) if m.group() in {"came to", "visited"})
    assert cue_in_relative_clause(view, came)
    assert not cue_in_relative_clause(view, visited)


def test_visit_visitors_the_thanked_guest_outranks_the_one_who_thanks() -> None:
    sentence = "Kenyan President Amos Njoroge thanked Chilean President Ana Lima for her visit."
    assert _named(sentence, "visit", visitors) == ["Ana Lima"]


def test_visit_visitors_a_relatives_own_trip_has_no_named_visitor() -> None:
    sentence = "Spanish Prime Minister Luis Ortega stayed in Madrid, while his son went to Tunis."
    assert _named(sentence, "went to", visitors) == []


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Peruvian President Dina Boluarte met Vietnamese President To Lam and announced that "
            "the Chairman of the National Assembly, Tran Thanh Man, will travel to Peru in the "
            "coming months.",
            "Tran Thanh Man",
        ),
        (
            "Peruvian President Dina Boluarte said that the Chairman of the National Assembly, "
            "Tran Thanh Man, is expected to visit Peru next year.",
            "Tran Thanh Man",
        ),
    ],
)
def test_visit_visitors_a_name_set_off_by_commas_is_the_subject_of_its_trip(
    text: str, visitor: str
) -> None:
    rows = visit_rows(text, datetime.date(2024, 6, 4))
    assert {(r.visitor, r.host_country, r.status) for r in rows} == {(visitor, "PE", "announced")}


def test_visit_visitors_a_name_set_off_before_a_joined_verb_is_not_its_subject() -> None:
    # "met X, and will travel": the one who met X travels, not X
    text = (
        "Peruvian President Dina Boluarte met the Chairman of the National Assembly of Vietnam, "
        "Tran Thanh Man, and will travel to Vietnam in November."
    )
    rows = visit_rows(text, datetime.date(2024, 6, 4))
    assert {(r.visitor, r.host_country) for r in rows} == {("Dina Boluarte", "VN")}
