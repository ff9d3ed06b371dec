"""Military ranks are forms of address before the name and posts the story refers back to."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, [q.title for q in p.posts]) for p in PIPELINE(Document("t", "t", text)).people]


def _roles(text: str) -> list[tuple[str, str]]:
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return [
        (text[m.span.start : m.span.end], names[m.person])
        for m in document.person_mentions
        if m.via == "role"
    ]


def test_people_senior_general_after_a_civil_title() -> None:
    text = (
        "Prime Minister Senior General Soe Win Naing received the Lao delegation in Naypyitaw. "
        "The Senior General said relations had grown."
    )
    assert _people(text) == [("Soe Win Naing", ["Prime Minister", "Senior General"])]
    assert ("The Senior General", "Soe Win Naing") in _roles(text)


def test_people_marshal_after_a_portfolio_is_the_officer_referred_back_to() -> None:
    text = (
        "Defence Minister Marshal Omar Kabbaj inspected the troops on Monday. "
        "The Marshal said the units were ready."
    )
    assert _people(text) == [("Omar Kabbaj", ["Minister of Defence", "Marshal"])]
    assert ("The Marshal", "Omar Kabbaj") in _roles(text)


def test_people_flag_ranks_open_a_name() -> None:
    names = [n for n, _ in _people("Fleet Admiral Tomas Ekberg met Air Commodore Nia Boateng.")]
    assert names == ["Tomas Ekberg", "Nia Boateng"]


def test_people_courtesy_address_after_a_title_gives_no_rank_post() -> None:
    # "Sheikh" is a form of address and no officer's grade: no second post.
    assert _people("President Sheikh Khalid bin Rashid met the Thai delegation.") == [
        ("Khalid bin Rashid", ["President"])
    ]
