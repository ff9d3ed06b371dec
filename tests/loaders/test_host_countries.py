"""The host a visitor holds talks with serves the host country, though no text names it."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "host", "post"),
    [
        (
            "German Chancellor Klaus Weber arrived in Kenya for an official visit. "
            "President Samuel Otieno welcomed him at State House.",
            "Samuel Otieno",
            ("President", "KE"),
        ),
        (
            "Indonesian President Budi Santoso paid a state visit to Vietnam on Monday. "
            "He held talks with President Tran Van Long in Hanoi.",
            "Tran Van Long",
            ("President", "VN"),
        ),
        (
            "Foreign Minister Sara Lind of Sweden visited Ghana on Monday. "
            "She met Foreign Minister Kofi Mensah in Accra.",
            "Kofi Mensah",
            ("Minister of Foreign Affairs", "GH"),
        ),
        (
            "NASSAU, Bahamas - Governor-General Ruth Pinder welcomed the Indian Foreign "
            "Minister Arjun Mehta at Government House on Tuesday.",
            "Ruth Pinder",
            ("Governor-General", "BS"),
        ),
    ],
)
def test_host_countries_the_host_of_the_talks_serves_the_host_country(
    text: str, host: str, post: tuple[str, str]
) -> None:
    assert post in people_posts(read(text))[host]


def test_host_countries_a_third_countrys_minister_keeps_his_own() -> None:
    text = (
        "Chilean President Rosa Vidal arrived in Peru for a state visit. Turkish Foreign "
        "Minister Ali Demir met her in Lima on the sidelines of a regional forum."
    )
    assert people_posts(read(text))["Ali Demir"] == {("Minister of Foreign Affairs", "TR")}


@pytest.mark.parametrize(
    ("text", "official"),
    [
        (
            "Foreign Minister Sara Lind of Sweden visited Ghana on Monday. "
            "She met UN Secretary-General Antonio Ruiz in Accra.",
            "Antonio Ruiz",
        ),
        (
            "Japanese Prime Minister Kenji Mori arrived in Brazil on Monday. "
            "He met Ambassador Taro Ito in Brasilia.",
            "Taro Ito",
        ),
        (
            # A plain Governor may be a province's or a central bank's, not the state's.
            "Indian Foreign Minister Arjun Mehta arrived in Nigeria on Monday. "
            "He met Governor Bola Adeyemi in Lagos.",
            "Bola Adeyemi",
        ),
    ],
)
def test_host_countries_an_office_that_is_no_states_own_gets_no_country(
    text: str, official: str
) -> None:
    assert all(country is None for _, country in people_posts(read(text))[official])


@pytest.mark.parametrize(
    ("text", "host", "post"),
    [
        (
            "Kenyan President Daniel Kiptoo arrived in Tanzania on Tuesday for a two-day state "
            "visit. He was received by President Amina Juma at the airport.",
            "Amina Juma",
            ("President", "TZ"),
        ),
        (
            "German Chancellor Klaus Weber arrived in Ghana on Monday. He was welcomed by "
            "Foreign Minister Kofi Mensah at the airport.",
            "Kofi Mensah",
            ("Minister of Foreign Affairs", "GH"),
        ),
    ],
)
def test_host_countries_the_one_who_receives_the_guest_serves_the_host_country(
    text: str, host: str, post: tuple[str, str]
) -> None:
    assert post in people_posts(read(text))[host]


def test_host_countries_a_receiver_in_a_story_of_two_hosts_gets_no_country() -> None:
    text = (
        "Kenyan President Daniel Kiptoo arrived in Tanzania on Monday for a state visit. On "
        "Wednesday he travelled on to Uganda for a working visit. He was received by "
        "President Amina Juma at the airport."
    )
    assert people_posts(read(text))["Amina Juma"] == {("President", None)}


def test_host_countries_a_counterpart_holds_the_guests_post_for_the_host() -> None:
    text = (
        "Chile's Foreign Minister Rosa Vidal visited Peru on Monday. She held talks with her "
        "counterpart Luis Mendoza in Lima."
    )
    assert people_posts(read(text))["Luis Mendoza"] == {("Minister of Foreign Affairs", "PE")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The counterpart's own post, when the text gives it, is theirs.
        (
            "Chilean President Rosa Vidal visited Peru on Monday. She met her counterpart, "
            "Foreign Minister Luis Mendoza, in Lima.",
            {("Minister of Foreign Affairs", "PE")},
        ),
        # A call is no talks in a host country: no visit gives the counterpart a country.
        (
            "Chile's Foreign Minister Rosa Vidal spoke by phone on Monday with her counterpart "
            "Luis Mendoza.",
            {("Minister of Foreign Affairs", None)},
        ),
    ],
)
def test_host_countries_a_counterpart_keeps_an_own_post_and_needs_a_visit(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert people_posts(read(text))["Luis Mendoza"] == expected


def test_host_countries_a_governor_general_host_serves_the_host_country() -> None:
    """Every leader's post of leader_posts is a state's own, not only a president's."""
    text = (
        "Prime Minister Ana Kolo of Tonga arrived in Papua New Guinea on Monday for an official "
        "visit. Governor-General Peter Kama welcomed her at Government House."
    )
    assert people_posts(read(text))["Peter Kama"] == {("Governor-General", "PG")}
