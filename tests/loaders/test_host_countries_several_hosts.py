"""Everyone a guest talks with in the host country serves it, not only a lone host (issue 4)."""

from __future__ import annotations

from tests.loaders.reading import people_posts, read


def test_host_countries_two_hosts_at_one_table_both_serve_the_host() -> None:
    text = (
        "Brazilian President Carla Nunes began a state visit to Ghana on Monday. In Accra she "
        "held talks with President Kwame Boateng and the Speaker of Parliament, Ama Owusu."
    )
    posts = people_posts(read(text))
    assert posts["Kwame Boateng"] == {("President", "GH")}
    assert ("Speaker of Parliament", "GH") in posts["Ama Owusu"]


def test_host_countries_a_party_leader_who_welcomes_a_guest_serves_the_host() -> None:
    text = (
        "Mongolian President Bat Erdene paid a state visit to Vietnam from 4 to 6 May. In Hanoi "
        "he was welcomed by General Secretary Tran Van Long."
    )
    assert people_posts(read(text))["Tran Van Long"] == {("General Secretary", "VN")}


def test_host_countries_a_third_countrys_leader_keeps_their_country() -> None:
    text = (
        "Brazilian President Carla Nunes began a state visit to Ghana on Monday. In Accra she "
        "held talks with President Kwame Boateng and Togolese President Eli Agbo."
    )
    assert people_posts(read(text))["Eli Agbo"] == {("President", "TG")}


def test_host_countries_a_speaker_of_a_regional_body_is_no_hosts() -> None:
    text = (
        "Brazilian President Carla Nunes began a state visit to Belgium on Monday. In Brussels "
        "she held talks with Prime Minister Jan Peeters and the Speaker of the European "
        "Parliament, Ana Lopes."
    )
    assert {c for _, c in people_posts(read(text)).get("Ana Lopes", set())} <= {None}


def test_host_countries_a_summit_table_gives_no_one_the_host() -> None:
    text = (
        "Brazilian President Carla Nunes arrived in Addis Ababa on Monday for a visit to "
        "Ethiopia. She held multilateral talks with President Kofi Mensah and President Amadou "
        "Diallo on the margins."
    )
    posts = people_posts(read(text))
    assert {c for _, c in posts.get("Kofi Mensah", set())} <= {None}
