"""A leg of a tour told by a departure from where the story is, to where the trip goes next:
"will leave Hanoi on Friday for Manila", "before leaving for Peru, where he will make a state
visit". The clause after the destination tells what is done there and when."""

from __future__ import annotations

from tests.loaders.reading import read, visit_statuses

_OPENING = (
    "CANBERRA, 6 August 2025 - Indonesian Foreign Minister Sugiono met Australian Foreign "
    "Minister Penny Wong in Canberra on Wednesday.\n\n"
)


def _trips(text: str) -> set[tuple[str, str, str]]:
    return visit_statuses(read(_OPENING + text))


def test_visit_departure_destinations_a_city_left_for_another_is_the_next_leg() -> None:
    trips = _trips("Sugiono will leave Canberra on Friday for Wellington.\n")
    assert ("Sugiono", "NZ", "announced") in trips


def test_visit_departure_destinations_the_clause_at_the_destination_gives_status_and_type() -> None:
    document = read(
        _OPENING + "Sugiono toured a port on Thursday before leaving for Fiji, where he will "
        "pay an official visit.\n"
    )
    fiji = [v for v in document.visits if v.host_country == "FJ"]
    assert [(v.status, v.visit_type) for v in fiji] == [("announced", "official")]
    assert [v.visit_type for v in document.visits if v.host_country == "AU"] == ["unspecified"]


def test_visit_departure_destinations_a_departure_told_in_the_past_keeps_its_future_purpose() -> (
    None
):
    trips = _trips("Sugiono left Canberra tonight for Suva, where he will open an embassy.\n")
    assert ("Sugiono", "FJ", "announced") in trips


def test_visit_departure_destinations_leaving_for_home_is_no_visit() -> None:
    """Counter-example: the traveller's own country is where he returns, not a trip abroad."""
    trips = _trips("Sugiono will leave Canberra on Friday for Jakarta, where he will report.\n")
    assert not any(host == "ID" for _, host, _ in trips)


def test_visit_departure_destinations_leaving_office_or_a_meeting_is_no_trip() -> None:
    """Counter-examples: "left" with no place after "for", or said of no one named."""
    trips = _trips(
        "Sugiono left office talk aside for a moment. Many Australians left Sydney for Bali "
        "this summer, where prices are low. The ministers were leaving for lunch.\n"
    )
    assert {host for _, host, _ in trips} == {"AU"}
