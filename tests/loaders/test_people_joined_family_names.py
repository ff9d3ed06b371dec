"""Portuguese and Spanish names join two family names with "e" or "y" and write "do", "das",
"de los" before one: the person is named in full, not cut before the small word (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Jorge Almeida e Costa of Cape Verde arrived in Accra on 4 May 2025.",
            "Jorge Almeida e Costa",
        ),
        (
            "Foreign Minister Ines Barros e Melo of Portugal met her Irish counterpart in Dublin"
            " on 2 June 2025.",
            "Ines Barros e Melo",
        ),
        (
            "Senator Lucia Herrera y Campos of Chile visited Lima on 8 July 2025.",
            "Lucia Herrera y Campos",
        ),
        (
            "Minister Tomas do Rosario of Angola flew to Maputo on 3 May 2025.",
            "Tomas do Rosario",
        ),
        (
            "Governor Rita das Neves of Sao Tome met Ambassador Pablo de los Rios in Lisbon"
            " on 3 May 2025.",
            "Pablo de los Rios",
        ),
    ],
)
def test_people_joined_family_names_kept_whole(text: str, name: str) -> None:
    assert name in people_posts(read(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Presidents Alberto Sousa and Tomas Reyes e-mailed their ministers on 3 May 2025.",
            {"Alberto Sousa", "Tomas Reyes"},
        ),
        (
            "Prime Minister Rui Lopes do not attend, said Minister Carla Dias on 3 May 2025.",
            {"Rui Lopes", "Carla Dias"},
        ),
    ],
)
def test_people_joined_family_names_not_across_other_words(text: str, names: set[str]) -> None:
    """Counter-example: a small word not between two capitalised words joins nothing."""
    assert set(people_posts(read(text))) == names
