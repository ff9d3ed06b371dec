"""A speaker who "recalled that" or "pointed out that" someone once came to a country does not
make that trip: the subject of the that-clause does."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2025, 9, 9)
_OPENING = (
    "QUITO, Sept 9 - Portuguese Foreign Minister Rui Tavares met his Ecuadorian counterpart "
    "Gabriela Sommerfeld in Quito on Monday. "
)


def _visits(text: str) -> set[tuple[str, str, str | None]]:
    return dated_visits(read(text, _DAY))


def test_reporting_subjects_recalled_trip_is_the_that_clause_subjects() -> None:
    text = _OPENING + (
        "The minister recalled that Prime Minister Luis Montenegro paid an official visit to "
        "Guayaquil in 2018.\n"
    )
    found = _visits(text)
    assert ("Luis Montenegro", "EC", "2018") in found
    assert ("Rui Tavares", "EC", "2018") not in found


def test_reporting_subjects_reminded_trip_is_the_that_clause_subjects() -> None:
    text = _OPENING + (
        "Tavares reminded reporters that President Marcelo Sousa had travelled to Ecuador in "
        "2019.\n"
    )
    found = _visits(text)
    assert ("Marcelo Sousa", "EC", "2019") in found
    assert ("Rui Tavares", "EC", "2019") not in found


def test_reporting_subjects_recalling_ones_own_trip_is_still_ones_own() -> None:
    """Counter-example: with no one else named in the clause, the speaker's own past trip."""
    text = _OPENING + "Tavares recalled that he had visited Ecuador in 2016.\n"
    assert ("Rui Tavares", "EC", "2016") in _visits(text)


def test_reporting_subjects_recalling_a_trip_where_he_met_someone_is_ones_own() -> None:
    """Counter-example: a person named later in the clause is one the speaker met."""
    text = _OPENING + (
        "Tavares recalled that during talks with President Daniel Noboa he had visited "
        "Guayaquil in 2016.\n"
    )
    found = _visits(text)
    assert ("Rui Tavares", "EC", "2016") in found
    assert ("Daniel Noboa", "EC", "2016") not in found


def test_reporting_subjects_speaker_of_a_recalled_trip_still_talks_in_the_same_sentence() -> None:
    """The recalled trip is the other's, but the speaker stays one of "the two ministers" who
    spoke by phone later in the same sentence."""
    text = _OPENING + (
        "Tavares recalled that Sommerfeld had visited Lisbon in May, and that the two ministers "
        "had discussed the migration pact in a phone call on August 20.\n"
    )
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    calls = {
        frozenset(names[p] for p in m.participants)
        for m in document.meetings
        if m.date is not None and m.date.lexical == "2025-08-20"
    }
    assert frozenset({"Rui Tavares", "Gabriela Sommerfeld"}) in calls
    assert ("Gabriela Sommerfeld", "PT", "2025-05") in _visits(text)


def test_reporting_subjects_speaker_is_not_at_the_recalled_talks() -> None:
    """Talks the that-clause's subject held are hers alone, not the speaker's."""
    text = _OPENING + (
        "Tavares recalled that Sommerfeld attended a conference in Porto in June 2024, where she "
        "met with President Marcelo Sousa.\n"
    )
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    past = [
        {names[p] for p in m.participants}
        for m in document.meetings
        if m.date is not None and m.date.lexical == "2024-06"
    ]
    assert {"Gabriela Sommerfeld", "Marcelo Sousa"} in past
    assert all("Rui Tavares" not in people for people in past)


def test_reporting_subjects_recalled_by_a_speaker_titled_of_the_republic() -> None:
    """The speaker named by a title with its "of the Republic" is not the one who came."""
    text = (
        "The President of the Republic, Mr Daniel Noboa, received today at the Carondelet Palace "
        "the President of Portugal, Mr Marcelo Sousa. The President of the Republic recalled "
        "that President Sousa had paid a state visit to Ecuador in September 2018.\n"
    )
    found = _visits(text)
    assert ("Marcelo Sousa", "EC", "2018-09") in found
    assert ("Daniel Noboa", "EC", "2018-09") not in found


def test_reporting_subjects_titled_speaker_recalling_a_trip_where_he_met_someone() -> None:
    """Counter-example: a person named later in the clause is one the titled speaker met."""
    text = (
        "The President of the Republic, Mr Daniel Noboa, received today at the Carondelet Palace "
        "the President of Portugal, Mr Marcelo Sousa. The President of the Republic recalled "
        "that during talks with President Sousa he had visited Portugal in 2016.\n"
    )
    found = _visits(text)
    assert ("Daniel Noboa", "PT", "2016") in found
    assert ("Marcelo Sousa", "PT", "2016") not in found
