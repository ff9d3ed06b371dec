"""The one a monument written in lower case honours is no person of the story (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ravi Anand of India laid a wreath at the samadhi of Sir Harka Thapa "
        "in Kathmandu on Monday.",
        "President Lucia Ferrer of Uruguay bowed before the tomb of the late King Haakon Berge "
        "during her stay in Oslo.",
        "Chancellor Otto Brandt of Austria unveiled a bust of General Mihai Popescu in Bucharest.",
        "The Turkish President Kemal Aydin prayed at the mazar of Sheikh Yusuf Karimov in "
        "Samarkand.",
        "Minister Aiko Tanaka of Japan visited the memorial to President Julius Mwale in Dodoma.",
    ],
)
def test_monument_names_the_honoured_one_is_no_person(text: str) -> None:
    assert len(people_posts(read(text))) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Ana Silva laid a wreath at the memorial to the fallen with President "
            "Jorge Ruiz of Peru on Monday.",
            "Jorge Ruiz",
        ),
        (
            "After the visit to the statue, President Jorge Ruiz of Peru met the press.",
            "Jorge Ruiz",
        ),
        (
            "The grave concerns of Foreign Minister Jorge Ruiz of Peru were heard in Quito.",
            "Jorge Ruiz",
        ),
    ],
)
def test_monument_names_someone_standing_by_a_monument_still_acts(text: str, name: str) -> None:
    assert name in people_posts(read(text))
