"""A summit abroad said to be attended by leaders, in the passive, is a trip of each of them
to the host country; the host's own leaders, a virtual summit and a dinner make none."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


def _visits(text: str) -> set[tuple[str, str, str]]:
    document = read("date 2024-05-22\n" + text)
    return {(v.visitor, v.host_country, v.status) for v in document.visits}


def test_summit_attendance_each_foreign_leader_visits_the_host() -> None:
    assert _visits(
        "The summit in Tirana on Tuesday was attended by Greek Prime Minister Nikos Dimou and "
        "Montenegrin President Jakov Milic."
    ) == {("nikos-dimou", "AL", "happened"), ("jakov-milic", "AL", "happened")}


def test_summit_attendance_the_hosts_own_leader_makes_no_trip() -> None:
    assert _visits(
        "The summit in Tirana on Tuesday was attended by Albanian Prime Minister Edi Kola and "
        "Greek Prime Minister Nikos Dimou."
    ) == {("nikos-dimou", "AL", "happened")}


def test_summit_attendance_ahead_is_announced() -> None:
    assert _visits("The summit in Lusaka will be attended by Kenyan President Grace Wanjiru.") == {
        ("grace-wanjiru", "ZM", "announced")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The virtual summit in Tirana on Tuesday was attended by Greek Prime Minister Nikos Dimou.",
        "The dinner in Tirana on Tuesday was attended by Greek Prime Minister Nikos Dimou.",
    ],
)
def test_summit_attendance_no_trip(text: str) -> None:
    assert _visits(text) == set()
