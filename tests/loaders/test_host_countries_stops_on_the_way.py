"""The one a traveller meets at a stop of the trip ("stopped in Portugal, where she met Prime
Minister X") serves the stop's country, not the main host's (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Prime Minister Jonas Berg of Sweden visited Kenya on 4 May 2025 and held talks with"
            " President Olu Kamau. He later stopped in Uganda, where he met President Sam Okello.",
            "Sam Okello",
            ("President", "UG"),
        ),
        (
            "President Marta Quiroga of Chile paid a state visit to Spain on 3 March 2025,"
            " meeting Prime Minister Luis Ortega in Madrid. On the way home she stopped in"
            " Portugal, where she met Prime Minister Ana Souza e Lima.",
            "Ana Souza e Lima",
            ("Prime Minister", "PT"),
        ),
        (
            "Chancellor Petra Vogel of Austria visited Japan on 6 June 2025. She then flew to"
            " Seoul, where she held talks with Prime Minister Han Do-yun.",
            "Han Do-yun",
            ("Prime Minister", "KR"),
        ),
    ],
)
def test_host_countries_stops_on_the_way(text: str, name: str, post: tuple[str, str]) -> None:
    assert people_posts(read(text))[name] == {post}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Chancellor Petra Vogel of Austria visited Japan on 6 June 2025. She then flew to"
            " Seoul, where she met the Thai Prime Minister Anan Chai.",
            "Anan Chai",
            ("Prime Minister", "TH"),
        ),
        (
            "Chancellor Petra Vogel of Austria visited Japan on 6 June 2025. She then went to"
            " New York, where she met Secretary-General Rosa Diaz.",
            "Rosa Diaz",
            ("Secretary-General", None),
        ),
        (
            "Chancellor Petra Vogel of Austria toured Japan and Korea in June 2025. In Japan and"
            " Korea, where she met President Min Ho, she spoke of trade.",
            "Min Ho",
            ("President", None),
        ),
    ],
)
def test_host_countries_stops_on_the_way_not_placed(
    text: str, name: str, post: tuple[str, str | None]
) -> None:
    """Counter-example: one the text places elsewhere, an international official, and one met
    where two countries are named keep what the text gives them."""
    assert people_posts(read(text))[name] == {post}
