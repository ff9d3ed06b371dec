"""A parliament's record names the member who speaks before each turn, in capitals with their
seat and post in brackets; the turn's "I" is that member."""

from __future__ import annotations

from dkg.loaders import default_pipeline
from dkg.loaders.steps.member_labels import member_labels
from dkg.loaders.steps.read import make_document

PIPELINE = default_pipeline()

_RECORD = (
    "HOUSE OF REPRESENTATIVES\nWednesday, 9 August 2023\n\n"
    "Mr WOOD (Kooyong) (14:05): My question is to the Prime Minister. How did his talks in "
    "Manila go?\n\n"
    "Mr ALBANESE (Grayndler - Prime Minister) (14:05): I thank the member. I arrived in Manila "
    "on Monday the 7th, and on Tuesday the 8th I met President Ferdinand Marcos Jr at "
    "Malacanang Palace.\n\n"
    "Mr ALBANESE: We agreed to deepen our maritime cooperation.\n"
)


def test_member_labels_reads_name_and_post_from_the_brackets() -> None:
    label = "Mr ALBANESE (Grayndler \u2013 Prime Minister) (14:05): I thank the member."
    assert [(name, post) for _, name, post in member_labels(label, 0)] == [
        ("Albanese", "Prime Minister")
    ]


def test_member_labels_a_seat_alone_gives_no_post_and_a_dateline_no_member() -> None:
    assert [(n, p) for _, n, p in member_labels("Ms RYAN (Kooyong) (14:07): Thanks.", 0)] == [
        ("Ryan", None)
    ]
    assert list(member_labels("MANILA, Aug 8 (Wire): The President said", 0)) == []


def test_member_labels_the_members_turn_tells_his_own_trip_and_talks() -> None:
    document = PIPELINE(make_document("t", "t", _RECORD))
    names = {p.key: p.name for p in document.people}
    assert {
        (names[v.visitor], v.host_country, v.start.lexical if v.start else None)
        for v in document.visits
    } == {("Albanese", "PH", "2023-08-07")}
    assert {tuple(sorted(names[k] for k in m.participants)) for m in document.meetings} == {
        ("Albanese", "Ferdinand Marcos")
    }


def test_member_labels_writes_prefixes_apostrophes_and_hyphens_as_a_reader_does() -> None:
    labels = [
        "Mr McCORMACK (Riverina) (14:10): Thank you.",
        "Ms O'BRIEN (Fadden - Minister for Trade) (14:12): Yes.",
        "Dr SMITH-JONES (Mallee) (14:13): No.",
    ]
    assert [(n, p) for label in labels for _, n, p in member_labels(label, 0)] == [
        ("McCormack", None),
        ("O'Brien", "Minister for Trade"),
        ("Smith-Jones", None),
    ]


def test_member_labels_a_mixed_case_sentence_after_a_title_is_no_label() -> None:
    assert list(member_labels("Mr Albanese (Grayndler) said: we agreed.", 0)) == []
