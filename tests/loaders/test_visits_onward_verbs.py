"""A further stop told with a verb of going after "before", "and" or "then" ("before proceeding
to Zimbabwe", "and then heading to Peru") is an onward leg of the tour, announced."""

from __future__ import annotations

from tests.loaders.reading import read, visit_statuses


def _visits(text: str) -> set[tuple[str, str, str]]:
    return visit_statuses(read(text))


def test_visits_onward_verbs_before_proceeding_to() -> None:
    visits = _visits(
        "LUANDA, 25 August 2023 - President Luiz Inacio Lula da Silva of Brazil arrived in "
        "Angola on Friday for a state visit before proceeding to Sao Tome and Principe.\n"
    )
    assert ("Luiz Inacio Lula da Silva", "ST", "announced") in visits


def test_visits_onward_verbs_and_then_flying_to() -> None:
    visits = _visits(
        "HANOI, 6 October 2024 - Prime Minister Anwar Ibrahim of Malaysia is on an official "
        "visit to Vietnam and then flying to Laos for the regional summit.\n"
    )
    assert ("Anwar Ibrahim", "LA", "announced") in visits


def test_visits_onward_verbs_returning_is_no_further_stop() -> None:
    visits = _visits(
        "RABAT, 29 October 2024 - President Emmanuel Macron of France is on a state visit to "
        "Morocco before returning to Germany for talks on Thursday.\n"
    )
    assert {v[1] for v in visits} == {"MA"}


def test_visits_onward_verbs_proceed_to_as_the_main_verb_is_a_trip() -> None:
    visits = _visits(
        " date 2025-08-16\nFrom Seoul, President William Ruto of Kenya will proceed to Tokyo, "
        "Japan, to attend a conference on African development. He then proceeded to sign a "
        "loan deal with Japanese lenders.\n"
    )
    assert visits == {("William Ruto", "JP", "announced")}
