"""A trip noun set off by a comma after a visit the sentence has just told ("flew to Lima in
May, her first trip abroad") describes that visit again: it is no second trip, and its "her"
is not the first person of the sentence."""

from __future__ import annotations

from tests.loaders.reading import dated_visits, read

_OPENING = (
    "NAIROBI, 3 June 2024 - President Paul Otieno of Kenya welcomed President Marta Lind of "
    "Sweden, who arrived today for a state visit.\n\n"
)


def test_visit_cues_apposed_trips_are_the_visit_just_told() -> None:
    document = read(
        f"{_OPENING}President Lind first visited Kenya in May 2015, while President Otieno "
        "paid a visit to Stockholm in April 2019, his first trip to Europe as head of state.\n"
    )
    assert dated_visits(document) == {
        ("Marta Lind", "KE", "2024-06-03"),
        ("Marta Lind", "KE", "2015-05"),
        ("Paul Otieno", "SE", "2019-04"),
    }


def test_visit_cues_apposed_trips_a_trip_in_a_clause_of_its_own_still_counts() -> None:
    """Counter-example: ", and his trip to ..." is another trip, with a verb of its own."""
    document = read(
        f"{_OPENING}President Otieno visited Oslo in April 2019, and his trip to Stockholm "
        "followed in May 2019.\n"
    )
    assert ("Paul Otieno", "SE", "2019-05") in dated_visits(document)


def test_visit_cues_apposed_trips_a_first_visit_in_apposition_is_no_trip_of_the_subject() -> None:
    document = read(
        f"{_OPENING}President Lind's trip comes a month after Kenyan Foreign Minister Ruth "
        "Wanjiru visited Stockholm in May, the first visit by a Kenyan minister to the country "
        "in a decade.\n"
    )
    assert dated_visits(document) == {
        ("Marta Lind", "KE", "2024-06-03"),
        ("Ruth Wanjiru", "SE", "2024-05"),
    }


def test_visit_cues_apposed_trips_a_list_of_visits_keeps_each_item() -> None:
    """Counter-example: ", the state visit of X to Y in ..." is the next visit of a list."""
    document = read(
        f"{_OPENING}The visit follows President Otieno's state visit to Sweden in May 2016, "
        "the state visit of King Erik Lund to Kenya in March 2017 and the visit of Prime "
        "Minister Ola Berg to Nairobi in 2019.\n"
    )
    assert ("Erik Lund", "KE", "2017-03") in dated_visits(document)
