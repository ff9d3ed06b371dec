"""An object pronoun after a name in apposition ("the Crown Prince, X, welcomed him") is not
that name, which is the verb's subject, but the guest the text is about."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _mentioned(text: str, word: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text))
    names = {p.key: p.name for p in document.people}
    return [
        names[m.person] for m in document.person_mentions if text[m.span.start : m.span.end] == word
    ]


def test_people_object_pronoun_after_an_apposed_subject_is_the_guest() -> None:
    # "the Crown Prince, X, welcomed him": X is the subject; "him" is the visitor told before.
    text = (
        "Sheikh Mohamed bin Zayed Al Nahyan began a state visit to Oman on Tuesday. Sultan "
        "Haitham bin Tarik received the visiting president at the palace, after the Crown "
        "Prince, Sayyid Theyazin bin Haitham, welcomed him at the airport."
    )
    assert _mentioned(text, "him") == ["Mohamed bin Zayed Al Nahyan"]
    text = (
        "President William Ruto arrived in Accra on Monday. President Nana Akufo-Addo held "
        "talks with the guest, after the Vice-President, Mahamudu Bawumia, greeted him on the "
        "tarmac."
    )
    assert _mentioned(text, "him") == ["William Ruto"]


def test_people_object_pronoun_of_a_trip_that_took_him_is_the_traveller() -> None:
    text = (
        "Finance Minister Rui Costa signed the loan on Monday. President Ana Lopes arrived in "
        "Nairobi on Tuesday, on the last leg of a trip that also took her to Egypt and Ghana."
    )
    assert _mentioned(text, "her") == ["Ana Lopes"]


def test_people_object_pronoun_of_a_host_s_welcome_is_still_the_guest() -> None:
    text = (
        "President Ana Lopes arrived in Nairobi on Tuesday. President William Ruto received "
        "her at State House."
    )
    assert _mentioned(text, "her") == ["Ana Lopes"]
