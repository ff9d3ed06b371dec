"""A sentence that opens on the trip ("Within the framework of the official visit to Germany,
X held talks") is the trip of its clause's subject, and the talks it tells date it."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, meetings, read

FILED = datetime.date(2023, 9, 28)


def _visits(text: str) -> set[tuple[str, str, str | None]]:
    return dated_visits(read(text, FILED))


def test_visit_visitors_fronted_trips_the_subject_makes_the_trip() -> None:
    text = (
        "Within the framework of the official visit to the Federal Republic of Germany, "
        "President of Kazakhstan Kassym-Jomart Tokayev held negotiations with Federal "
        "Chancellor Olaf Scholz."
    )
    document = read(text, FILED)
    assert dated_visits(document) == {("Kassym-Jomart Tokayev", "DE", "2023-09-28")}
    assert [v.visit_type for v in document.visits] == ["official"]
    assert meetings(document) == [["Kassym-Jomart Tokayev", "Olaf Scholz"]]


def test_visit_visitors_fronted_trips_during_a_state_visit() -> None:
    text = (
        "During the state visit to Japan, President of Kenya William Ruto held talks with "
        "Prime Minister Fumio Kishida."
    )
    assert _visits(text) == {("William Ruto", "JP", "2023-09-28")}


def test_visit_visitors_fronted_trips_a_host_who_receives_is_no_visitor() -> None:
    text = (
        "During the state visit to Kenya, President William Ruto hosted King Charles III at "
        "State House."
    )
    assert {(name, host) for name, host, _ in _visits(text)} == {("Charles III", "KE")}


def test_visit_visitors_fronted_trips_a_speaker_or_a_later_trip_is_no_visitor() -> None:
    assert not _visits(
        "During the state visit to Kenya, President William Ruto said trade would grow."
    )
    assert not _visits(
        "After the visit to Kenya, President William Ruto held talks with Prime Minister "
        "Fumio Kishida."
    )


def test_visit_visitors_fronted_trips_the_visit_told_before_names_no_visitor() -> None:
    assert not _visits("During the visit, President Xi Jinping will meet with him in Beijing.")
    assert not _visits(
        "Within the framework of the visit, Presidents Ilham Aliyev and Recep Tayyip Erdogan "
        "attended a ceremony."
    )


def test_visit_visitors_fronted_trips_talks_on_a_counted_day_do_not_date_the_start() -> None:
    text = (
        "During the state visit to Japan, President of Kenya William Ruto held talks with "
        "Prime Minister Fumio Kishida on the second day of the trip."
    )
    assert _visits(text) == {("William Ruto", "JP", None)}
