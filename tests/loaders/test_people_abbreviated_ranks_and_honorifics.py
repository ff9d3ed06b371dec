"""Military and police ranks written short ("Gen", "Lt. Gen.", "Pol Gen", "Adm") and the
honorifics of Khmer, Thai, Malay, Indonesian and Pacific news are no part of a name: a name
that keeps them is not matched with the same person named without them."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gen Prayut Boonmee met the Malaysian envoy in Bangkok.", "Prayut Boonmee"),
        ("Lt. Gen. Anan Wongsa also attended the talks.", "Anan Wongsa"),
        ("Maj Gen Ali Musa greeted the guests at the airport.", "Ali Musa"),
        ("Pol. Gen. Roj Tanaka led the police escort.", "Roj Tanaka"),
        ("Adm Kenji Mori and Brig. Tom Hale were present.", "Kenji Mori"),
        ("Adm Kenji Mori and Brig. Tom Hale were present.", "Tom Hale"),
        ("Defence Minister Col. Ahmad Razak signed for Malaysia.", "Ahmad Razak"),
        ("Prime Minister Samdech Thipadei Vong Sokha received the delegation.", "Vong Sokha"),
        ("Khunying Malee Srisuk opened the exhibition in Chiang Mai.", "Malee Srisuk"),
        ("Ibu Retno Wulandari chaired the meeting in Jakarta.", "Retno Wulandari"),
    ],
)
def test_people_abbreviated_ranks_are_not_part_of_the_name(text: str, name: str) -> None:
    assert name in people_posts(read(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Colin Gray, the Foreign Minister of Ireland, spoke first.", "Colin Gray"),
        ("Brigitte Roy, the French Ambassador, hosted the dinner.", "Brigitte Roy"),
        ("Admir Hasic, the Bosnian Foreign Minister, arrived late.", "Admir Hasic"),
        ("Rosa Lind, the Swedish Trade Minister, left on Friday.", "Rosa Lind"),
    ],
)
def test_people_abbreviated_ranks_leave_names_that_start_alike(text: str, name: str) -> None:
    """Counter-examples: a given name that starts with the letters of a rank keeps them."""
    assert name in people_posts(read(text))


def test_people_abbreviated_ranks_gen_z_is_no_rank() -> None:
    """Counter-example: "Gen Z" is a generation, and "Z voters" no person."""
    assert set(people_posts(read("Gen Z voters cheered President Ali Musa of Kenya."))) == {
        "Ali Musa"
    }
