"""A trip told in the clause about where a visitor came from ("arrived from Ghana, where on
Monday she toured a port") is a visit to that earlier stop, on its own day; the visit under
way keeps the day it began."""

from __future__ import annotations

from tests.loaders.reading import dated_visits, read

_OPENING = (
    "LOME, 9 April 2025 - President Ines Varela of Uruguay arrived here this morning for a "
    "one-day working visit to Togo.\n\n"
)


def test_visit_destinations_origin_clauses_are_the_earlier_stop() -> None:
    document = read(
        f"{_OPENING}President Varela arrived from Ghana, where on Tuesday she met President "
        "Kofi Mensah and visited a cocoa cooperative.\n"
    )
    assert dated_visits(document) == {
        ("Ines Varela", "TG", "2025-04-09"),
        ("Ines Varela", "GH", "2025-04-08"),
    }


def test_visit_destinations_origin_clauses_end_at_a_semicolon() -> None:
    """Counter-example: after the clause closes, a trip goes where its own words say; Ghana is
    only the earlier stop, undated."""
    document = read(
        f"{_OPENING}President Varela arrived from Ghana, where she met President Kofi Mensah; "
        "she will visit Benin on Friday.\n"
    )
    assert ("Ines Varela", "BJ", "2025-04-11") in dated_visits(document)
    assert {day for _, host, day in dated_visits(document) if host == "GH"} == {None}


def test_visit_destinations_origin_clauses_with_talks_are_a_visit() -> None:
    """Talks held at the earlier stop the visitor came from tell a stop made there, as a visit
    told with a trip verb in the clause does ("where she visited a port")."""
    document = read(
        f"{_OPENING}President Varela arrived from Ghana, where she had held talks with "
        "President Kofi Mensah on Tuesday.\n"
    )
    assert dated_visits(document) == {
        ("Ines Varela", "TG", "2025-04-09"),
        ("Ines Varela", "GH", "2025-04-08"),
    }


def _talks_day(document_text: str, name: str) -> str | None:
    document = read(document_text)
    names = {p.key: p.name for p in document.people}
    return next(
        m.date.lexical
        for m in document.meetings
        if name in {names[k] for k in m.participants} and m.date is not None
    )


def test_visit_destinations_origin_clauses_day_is_no_day_of_later_talks() -> None:
    text = (
        f"{_OPENING}President Varela arrived from Ghana, where on Tuesday she met President "
        "Kofi Mensah and visited a cocoa cooperative.\n\nLater in the afternoon, President "
        "Varela held talks with Prime Minister Ama Kodjo.\n"
    )
    assert _talks_day(text, "Ama Kodjo") == "2025-04-09"


def test_visit_destinations_origin_clauses_a_destination_clause_day_still_counts() -> None:
    """Counter-example: the day of the stop the visitor went on to is the story's day."""
    text = (
        "LOME, 9 April 2025 - President Ines Varela of Uruguay is on a tour of West Africa.\n\n"
        "On Monday she flew to Ghana, where on Tuesday she met President Kofi Mensah.\n\n"
        "Later in the afternoon, President Varela held talks with Vice President Ama Kodjo.\n"
    )
    assert _talks_day(text, "Ama Kodjo") == "2025-04-08"


def test_visit_destinations_origin_clauses_end_where_the_sentence_goes_on() -> None:
    """Counter-example: ", and flies on to" leaves the clause about the earlier stop, which
    takes no day of the sentence's."""
    document = read(
        f"{_OPENING}President Varela arrived from Ghana, where she attended a summit, and "
        "flies on to Benin this evening.\n"
    )
    assert ("Ines Varela", "BJ", "2025-04-09") in dated_visits(document)
    assert {day for _, host, day in dated_visits(document) if host == "GH"} == {None}
