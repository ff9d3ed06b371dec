"""The head of a body named just before, by "its" and a lower-case title set off by commas
("where she was received by its president, X, with whom she discussed ..."), is a person, and
the talks with them a meeting; "its president" with no name after it names no one."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, people_posts, read

FILED = datetime.date(2025, 5, 9)
OPENING = "Ghanaian Finance Minister Cassiel Ato Forson arrived in Abidjan on Monday, 5 May 2025. "


def test_person_lower_titles_heads_of_bodies_its_president_is_met() -> None:
    text = OPENING + (
        "On Tuesday he visited the headquarters of the African Development Bank, where he was "
        "received by its president, Akinwumi Adesina, with whom he discussed rail finance."
    )
    document = read(text, FILED)
    assert "Akinwumi Adesina" in people_posts(document)
    assert dated_meetings(document) == [(["Akinwumi Adesina", "Cassiel Ato Forson"], "2025-05-06")]


def test_person_lower_titles_heads_of_bodies_its_president_unnamed_is_no_one() -> None:
    """Counter-example: "its president" with no name in apposition."""
    text = OPENING + (
        "He praised the African Development Bank and its president, whose term ends in September."
    )
    document = read(text, FILED)
    assert set(people_posts(document)) == {"Cassiel Ato Forson"}
    assert dated_meetings(document) == []
