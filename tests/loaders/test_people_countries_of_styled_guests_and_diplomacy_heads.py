"""A styled guest's appositive post keeps its country; "the head of X diplomacy" is a role."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _countries(text: str) -> dict[str, str | None]:
    document = PIPELINE(Document("t", "t", text))
    return {
        p.name: p.country or next((q.country for q in p.posts if q.country), None)
        for p in document.people
    }


def test_people_appositive_post_after_words_before_the_address_keeps_its_country() -> None:
    text = (
        "AMMAN - His Majesty King Abdullah II received on Tuesday His Excellency Andreas "
        "Kyprianou, President of the Republic of Cyprus, who is paying an official visit."
    )
    assert _countries(text)["Andreas Kyprianou"] == "CY"


def test_people_head_of_a_demonyms_diplomacy_is_its_foreign_minister() -> None:
    text = (
        "Hungarian Foreign Minister Gabor Kiss met Serbian President Milan Jovic in Belgrade on "
        "Monday. The head of Hungarian diplomacy stated that ties were strong."
    )
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    roles = [
        (text[m.span.start : m.span.end], names[m.person])
        for m in document.person_mentions
        if m.via == "role"
    ]
    assert roles == [("The head of Hungarian diplomacy", "Gabor Kiss")]
