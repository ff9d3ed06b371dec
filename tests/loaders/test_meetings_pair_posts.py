""" "The two presidents" of a sentence are the two people the sentence before named only when
they are presidents; otherwise they are the two presidents the story is about."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 3, 4)))
    names = {p.key: p.name for p in document.people}
    return [
        (sorted(names[k] for k in m.participants), m.date.lexical if m.date else None)
        for m in document.meetings
    ]


def test_meetings_pair_posts_an_aide_is_not_one_of_the_two_presidents() -> None:
    text = (
        "Kazakh President Ainur Bekov held talks with Armenian President Davit Sargsyan in "
        "Astana on Tuesday. Presidential Aide Erlan Omarov told reporters that it was the "
        "Armenian leader's first official visit to Kazakhstan. The two presidents previously "
        "met in Baku in October 2024."
    )
    assert (["Ainur Bekov", "Davit Sargsyan"], "2024-10") in _meetings(text)


def test_meetings_pair_posts_two_named_presidents_are_the_pair() -> None:
    """Counter-example: the guest and another president named in the sentence before are the
    two presidents, even when the story's host is someone else."""
    text = (
        "Armenian President Davit Sargsyan arrived in Astana on Monday and was received by "
        "Prime Minister Olzhas Bektenov. On Tuesday he was received by Kazakh President Ainur "
        "Bekov. The two presidents had met in Baku in October 2024."
    )
    assert (["Ainur Bekov", "Davit Sargsyan"], "2024-10") in _meetings(text)
