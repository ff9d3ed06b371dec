"""A ministry's spokesperson named after the ministry ("Ministry of Foreign Affairs
Spokesperson Lin Jian said") is a person who speaks for it, not part of the ministry's name:
Chinese, Vietnamese and Indonesian briefings introduce their speakers this way."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> set[str]:
    return {p.name for p in PIPELINE(Document("t", "t", text)).people}


def test_people_ministry_spokesperson_after_the_ministry_is_a_person() -> None:
    text = (
        "The visit will strengthen trust, Ministry of Foreign Affairs Spokesperson Tran Minh "
        "Hoa told a news briefing on Thursday."
    )
    assert _people(text) == {"Tran Minh Hoa"}


def test_people_ministry_name_without_a_title_names_no_one() -> None:
    text = "The Ministry of Foreign Affairs Press Centre Hanoi issued the programme on Thursday."
    assert _people(text) == set()


def test_people_ministry_of_a_portfolio_ends_before_the_holder_of_a_long_title() -> None:
    text = (
        "The Permanent Secretary of the Ministry of Foreign Affairs Wanjiru Otieno signed the "
        "minutes, and State Secretary at the Ministry of Finance Petra Novak witnessed them."
    )
    assert _people(text) == {"Wanjiru Otieno", "Petra Novak"}
