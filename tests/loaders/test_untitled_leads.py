"""A leader a story opens with by full name alone ("Karin Holm arrived in Oslo"), then names by
surname and by role ("the Swedish prime minister"), is a person whose visit counts; a name
the story never takes up again, or a story that speaks of no leader by role, gives nobody."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DATE = datetime.date(2024, 5, 16)


def _read(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    document = PIPELINE(Document("t", "t", text, date=DATE))
    names = {p.key: p.name for p in document.people}
    return set(names.values()), {(names[v.visitor], v.host_country) for v in document.visits}


def test_untitled_leads_a_lead_taken_up_by_surname_and_role_is_a_visitor() -> None:
    text = (
        "OSLO, 16 May 2024 - Karin Holm arrived in Oslo on Thursday on her first trip abroad. "
        "The Swedish prime minister was met by her Norwegian host at the palace. Holm said the "
        "talks went well."
    )
    people, visits = _read(text)
    assert "Karin Holm" in people
    assert ("Karin Holm", "NO") in visits


def test_untitled_leads_a_name_never_taken_up_again_is_nobody() -> None:
    text = (
        "Karin Holm arrived in Oslo on Thursday. The Swedish prime minister was met at the palace."
    )
    assert "Karin Holm" not in _read(text)[0]


def test_untitled_leads_a_story_without_a_leader_by_role_gives_nobody() -> None:
    text = "Nordic Lines signed a contract in Oslo on Thursday. Lines said it would hire staff."
    assert _read(text)[0] == set()
