"""An earlier visit told under a country's name of its time ("went to what was then Ceylon",
"visited the Soviet Union in 1966") goes to the state that now holds that country's capital,
as countries.tsv documents (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2024, 2, 20)


@pytest.mark.parametrize(
    ("sentence", "visit"),
    [
        (
            "President Charles de Gaulle of France visited the Soviet Union in 1966.",
            ("Charles de Gaulle", "RU", "1966"),
        ),
        (
            "Prime Minister Indira Gandhi went to what was then Ceylon in 1973.",
            ("Indira Gandhi", "LK", "1973"),
        ),
        (
            "Queen Juliana of the Netherlands travelled to what was then called Zaire in 1973.",
            ("Juliana", "CD", "1973"),
        ),
        (
            "Chancellor Willy Brandt travelled to Czechoslovakia in 1973.",
            ("Willy Brandt", "CZ", "1973"),
        ),
        (
            "President Julius Nyerere paid a state visit to Yugoslavia in 1965.",
            ("Julius Nyerere", "RS", "1965"),
        ),
        (
            "Prime Minister Zhou Enlai flew to what is now Bangladesh in 1971.",
            ("Zhou Enlai", "BD", "1971"),
        ),
        (
            "King Olav of Norway went to Southern Rhodesia in 1955.",
            ("Olav", "ZW", "1955"),
        ),
    ],
)
def test_visit_former_country_names_host_today(sentence: str, visit: tuple[str, str, str]) -> None:
    text = f"President Yoweri Museveni arrived in Paris on Monday. {sentence}"
    assert visit in dated_visits(read(text, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        # The European Union and the African Union are bodies, not former states.
        "Chancellor Olaf Scholz travelled to Brussels to address the European Union.",
        # "what was then" before something that is no country sends the trip nowhere new.
        "Chancellor Olaf Scholz spoke of what was then a bold plan in 1990.",
    ],
)
def test_visit_former_country_names_not_for_other_names(sentence: str) -> None:
    text = f"President Yoweri Museveni arrived in Paris on Monday. {sentence}"
    hosts = {host for _, host, _ in dated_visits(read(text, FILED))}
    assert hosts <= {"FR", "BE"}
