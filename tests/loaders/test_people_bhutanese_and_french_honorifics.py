"""Bhutanese titles that are forms of address, and the French "Pr" (Professor)."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _document(text: str) -> Document:
    return PIPELINE(Document("t", "t", text))


def _mentions(document: Document) -> list[tuple[str, str, str]]:
    names = {p.key: p.name for p in document.people}
    return [
        (document.text[m.span.start : m.span.end], names[m.person], m.via)
        for m in document.person_mentions
    ]


def test_people_lyonpo_before_a_name_is_a_form_of_address() -> None:
    document = _document("Foreign Minister Lyonpo Karma Wangdi arrived in Dhaka on Monday.")
    assert [(p.name, [q.title for q in p.posts]) for p in document.people] == [
        ("Karma Wangdi", ["Minister of Foreign Affairs"])
    ]
    assert [document.people[0].key] == [v.visitor for v in document.visits]


def test_people_dasho_before_a_name_is_a_form_of_address() -> None:
    document = _document("Dasho Pema Choden met the Indian envoy.")
    assert [p.name for p in document.people] == ["Pema Choden"]


def test_people_lyonchhoen_alone_refers_to_the_prime_minister() -> None:
    text = (
        "THIMPHU - Prime Minister Sonam Dorji left for India on 4 March 2025. Lyonchhoen, "
        "accompanied by senior officials, arrived in New Delhi on Tuesday and held talks with "
        "Prime Minister Arun Mehta."
    )
    document = _document(text)
    assert ("Lyonchhoen", "Sonam Dorji", "role") in _mentions(document)
    names = {p.key: p.name for p in document.people}
    assert [sorted(names[k] for k in m.participants) for m in document.meetings] == [
        ["Arun Mehta", "Sonam Dorji"]
    ]


def test_people_lyonpo_alone_is_no_new_person() -> None:
    text = (
        "Foreign Minister Lyonpo Karma Wangdi arrived in Dhaka on Monday. Lyonpo met Prime "
        "Minister Rahima Begum on Tuesday."
    )
    document = _document(text)
    assert sorted(p.name for p in document.people) == ["Karma Wangdi", "Rahima Begum"]
    assert ("Lyonpo", "Karma Wangdi", "role") in _mentions(document)


def test_people_lyonchhoen_alone_with_no_prime_minister_named_is_no_one() -> None:
    document = _document("Lyonchhoen arrived in New Delhi on Tuesday.")
    assert document.person_mentions == ()


def test_people_pr_is_professor_before_a_name() -> None:
    text = "The Head of State, Pr Faustin-Arnaud KOYAMBA, received the envoy in Bangui."
    assert [p.name for p in _document(text).people] == ["Faustin-Arnaud Koyamba"]


def test_people_pr_before_a_surname_alone() -> None:
    document = _document("He was received by Pr KOYAMBA at the palace.")
    assert [p.name.casefold() for p in document.people] == ["koyamba"]


def test_people_pr_as_public_relations_is_no_address() -> None:
    assert _document("The PR team met on Monday.").people == ()
