"""A story keeps saying "she" of its visitor while she meets one host after another: a
sentence that a pronoun opens is still about that person, whoever else it names, so the next
"She" is the visitor again, not the host she was received by."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 3, 5)


def _meetings(text: str) -> list[set[str]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    names = {p.key: p.name for p in document.people}
    return [{names[k] for k in m.participants} for m in document.meetings]


def test_pronoun_chains_a_second_she_is_still_the_visitor() -> None:
    text = (
        "Chilean President Michelle Bachelet arrived in Apia on Monday. This morning she was "
        "received by the Head of State, Tuimalealiifano Vaaletoa Sualauvi II. She later held "
        "talks with Prime Minister Fiame Naomi Mataafa."
    )
    assert {"Michelle Bachelet", "Fiame Naomi Mataafa"} in _meetings(text)
    assert not any("Michelle Bachelet" not in m for m in _meetings(text))


def test_pronoun_chains_a_sentence_opened_by_a_name_moves_the_story_on() -> None:
    # Counter-example: once a sentence opens with someone else, "He" is that person.
    text = (
        "Chilean President Michelle Bachelet arrived in Apia on Monday and met Prime Minister "
        "Fiame Naomi Mataafa. Foreign Minister Peseta Noa Tuimaleali'ifano welcomed the "
        "agreement. He later held talks with Chinese envoy Wang Lin."
    )
    assert {"Peseta Noa Tuimaleali'ifano", "Wang Lin"} in _meetings(text)
