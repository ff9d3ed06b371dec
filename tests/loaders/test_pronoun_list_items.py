"""A "He"/"She" that opens a list item ("- He met ...", the key points above a story) is the
person the list is about, as at the start of a sentence."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 3, 8)


def _meetings(text: str) -> list[set[str]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return [set(m.participants) for m in document.meetings]


def test_pronoun_list_items_meet_each_counterpart_with_the_subject() -> None:
    text = (
        "Key points:\n"
        "- Chancellor Olaf Scholz spent two days in Portugal\n"
        "- He met President Marcelo Rebelo de Sousa at Belem Palace and Prime Minister "
        "Antonio Costa at Sao Bento Palace\n"
    )
    assert _meetings(text) == [
        {"olaf-scholz", "marcelo-rebelo-de-sousa"},
        {"olaf-scholz", "antonio-costa"},
    ]


def test_pronoun_list_items_with_a_bullet_sign_too() -> None:
    text = (
        "\u2022 Prime Minister Jacinda Ardern flew to Tokyo on Thursday.\n"
        "\u2022 She held talks with Prime Minister Fumio Kishida.\n"
    )
    assert _meetings(text) == [{"jacinda-ardern", "fumio-kishida"}]


def test_pronoun_list_items_need_the_pronoun_to_open_the_item() -> None:
    text = (
        "- Chancellor Olaf Scholz spent two days in Portugal\n"
        "- The weather was mild, he said, and the talks were held in Lisbon\n"
    )
    assert _meetings(text) == []
