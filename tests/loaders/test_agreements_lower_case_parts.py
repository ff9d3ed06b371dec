"""Documents a package sentence names in lower case by what they are for ("an agreement to
extend the visa waiver") or with a short form in brackets ("a memorandum of understanding (MoU)
on ..."); and the same words where they name no new document."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _found(sentence: str) -> list[tuple[str, int | None, str | None]]:
    return [(a.kind.value, a.count, a.title) for a in find_agreements(sentence, 0)]


def test_agreements_a_part_named_by_what_it_is_for() -> None:
    sentence = (
        "The two prime ministers signed 6 documents. Among them are a memorandum of "
        "understanding on cooperation in quantum computing, a protocol on the export of fresh "
        "mangosteens, and an agreement to extend the two countries' visa exemption."
    )
    assert _found(sentence.split(". ", 1)[1]) == [
        ("memorandum", 1, "memorandum of understanding on cooperation in quantum computing"),
        ("agreement", 1, "protocol on the export of fresh mangosteens"),
        ("agreement", 1, "agreement to extend the two countries' visa exemption"),
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Chile and Ghana signed an accord to abolish double taxation.",
            ("agreement", 1, "accord to abolish double taxation"),
        ),
        (
            "Chile and Ghana signed a contract to lease four ferries.",
            ("contract", 1, "contract to lease four ferries"),
        ),
        (
            "Chile and Ghana signed a Treaty to combat wildlife crime.",
            ("treaty", 1, "Treaty to combat wildlife crime"),
        ),
    ],
)
def test_agreements_a_legal_document_named_by_its_purpose(
    sentence: str, found: tuple[str, int, str]
) -> None:
    assert _found(sentence) == [found]


def test_agreements_a_short_form_in_brackets_is_the_same_document() -> None:
    sentence = (
        "The ministers signed 7 agreements, including a contract for a national airline to "
        "lease 4 aircraft and a memorandum of understanding (MoU) on cooperation in the peaceful "
        "uses of atomic energy."
    )
    assert _found(sentence) == [
        ("package", 7, None),
        ("contract", 1, "contract for a national airline to lease 4 aircraft"),
        (
            "memorandum",
            1,
            "memorandum of understanding on cooperation in the peaceful uses of atomic energy",
        ),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a programme or a roadmap "to" do something is a policy, not a signed document
        "Kenya signed off on a programme to upgrade the power grid with German help.",
        "The ministers adopted Horizon 2040, a roadmap to guide the partnership for years.",
        # "to" before an article or a pronoun names no purpose
        "The ministers signed the agreement to the applause of the delegates.",
        "Parliament ratified the treaty to which both sides had agreed.",
    ],
)
def test_agreements_to_after_a_document_in_other_senses(sentence: str) -> None:
    assert _found(sentence) == []
