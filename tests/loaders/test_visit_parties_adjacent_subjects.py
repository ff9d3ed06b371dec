"""The name right before the verb of a trip made it, whoever opened the sentence; whoever
speaks well of "the visit" did not make it."""

from __future__ import annotations

from tests.loaders.reading import dated_visits, read


def test_visit_parties_adjacent_subject_of_an_earlier_trip_made_it() -> None:
    text = (
        "date 2019-05-02\nSpeaking in Lima, President Martin Vizcarra recalled that relations "
        "warmed after Xi Jinping travelled to Peru in November 2016.\n"
    )
    assert dated_visits(read(text)) == {("Xi Jinping", "PE", "2016-11")}


def test_visit_parties_host_who_welcomed_the_visit_made_no_trip() -> None:
    text = (
        "date 2024-02-02\nPresident William Ruto welcomed the visit as the first by an Italian "
        "prime minister to Kenya since Matteo Renzi came to Nairobi in July 2016.\n"
    )
    assert dated_visits(read(text)) == {("Matteo Renzi", "KE", "2016-07")}


def test_visit_parties_last_of_joined_subjects_does_not_take_the_trip() -> None:
    text = (
        "date 2023-09-10\nPresident Joko Widodo and First Lady Iriana arrived in Canberra on "
        "Sunday for a state visit.\n"
    )
    assert ("Joko Widodo", "AU", "2023-09-10") in dated_visits(read(text))


def test_visit_parties_inviter_before_to_visit_is_no_visitor() -> None:
    text = (
        "date 2023-04-11\nIranian President Ebrahim Raisi thanked the Kingdom for the invitation "
        "of King Salman bin Abdulaziz to visit Riyadh.\n"
    )
    assert {(name, host) for name, host, _ in dated_visits(read(text))} == {("Ebrahim Raisi", "SA")}
