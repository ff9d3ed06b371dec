"""Background talks told as one list, each person met with a place and a day of their own:
"Last week he held talks with A in Oslo on Monday, and with B in Helsinki on Thursday"."""

from __future__ import annotations

from tests.loaders.reading import dated_visits, read

_HEAD = "Ministers meet in Rome\nMay 15, 2025\n\n"
_OPENING = (
    "ROME, May 15 - Canadian Foreign Minister Anita Anand met Italian Foreign Minister "
    "Antonio Tajani in Rome on Thursday. "
)


def _talks(text: str) -> set[tuple[str, str | None, str | None]]:
    document = read(_HEAD + _OPENING + text)
    names = {p.key: p.name for p in document.people}
    return {
        (
            next(names[k] for k in m.participants if names[k] != "Anita Anand"),
            m.place.name if m.place else None,
            m.date.lexical if m.date else None,
        )
        for m in document.meetings
    }


def test_meeting_counterparts_own_conjuncts_keep_their_city_and_day() -> None:
    talks = _talks(
        "Last week she held talks with Norwegian Foreign Minister Espen Barth Eide in Oslo on "
        "Monday, and with Finnish Foreign Minister Elina Valtonen in Helsinki on Thursday."
    )
    assert ("Espen Barth Eide", "Oslo", "2025-05-05") in talks
    assert ("Elina Valtonen", "Helsinki", "2025-05-08") in talks


def test_meeting_counterparts_own_conjuncts_are_visits_abroad() -> None:
    document = read(
        _HEAD + _OPENING + "Last week she held talks with Norwegian Foreign Minister Espen "
        "Barth Eide in Oslo on Monday, and with Finnish Foreign Minister Elina Valtonen in "
        "Helsinki on Thursday."
    )
    assert {("Anita Anand", "NO", "2025-05-05"), ("Anita Anand", "FI", "2025-05-08")} <= (
        dated_visits(document)
    )


def test_meeting_counterparts_own_conjuncts_share_what_the_sentence_says_once() -> None:
    """Counter-example: a place and day said once, after the list, hold for everyone met."""
    talks = _talks(
        "Anand also held separate talks with Norwegian Foreign Minister Espen Barth Eide and "
        "Finnish Foreign Minister Elina Valtonen in Rome on Wednesday."
    )
    assert ("Espen Barth Eide", "Rome", "2025-05-14") in talks
    assert ("Elina Valtonen", "Rome", "2025-05-14") in talks


def test_meeting_counterparts_own_conjuncts_stop_at_the_clause_end() -> None:
    """Counter-example: a place in a clause after the list is not the last talks' place."""
    talks = _talks(
        "Last week she held talks with Norwegian Foreign Minister Espen Barth Eide in Oslo on "
        "Monday, and with Finnish Foreign Minister Elina Valtonen on Thursday, before flying "
        "to Berlin."
    )
    assert ("Elina Valtonen", "Berlin", "2025-05-08") not in talks
    assert ("Espen Barth Eide", "Oslo", "2025-05-05") in talks
