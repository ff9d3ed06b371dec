"""Signings told as a noun, as releases translated from French or Spanish write them ("proceeded
to the signature of five (05) cooperation instruments, namely: ..."), with the count restated in
digits in brackets; and the same words where they sign nothing."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.agreements import find_agreements
from tests.loaders.reading import read


def _found(sentence: str) -> list[tuple[str, int | None, str | None, str]]:
    return [(a.kind.value, a.count, a.title, a.status.value) for a in find_agreements(sentence, 0)]


def test_agreements_signature_of_a_package_and_its_dash_list() -> None:
    sentence = (
        "At the close of the session, the two ministers proceeded to the signature of four (04) "
        "cooperation instruments, namely: - a Memorandum of Understanding on political "
        "consultations; - an Agreement on the exemption of visas for holders of service "
        "passports; - a Convention of cooperation in the domain of civil aviation; - a Protocol "
        "on health."
    )
    assert _found(sentence) == [
        ("package", 4, None, "signed"),
        ("memorandum", 1, "Memorandum of Understanding on political consultations", "signed"),
        (
            "agreement",
            1,
            "Agreement on the exemption of visas for holders of service passports",
            "signed",
        ),
        ("treaty", 1, "Convention of cooperation in the domain of civil aviation", "signed"),
        ("agreement", 1, "Protocol on health", "signed"),
    ]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The two delegations proceeded to the signing of six (06) legal instruments.", 6),
        ("Guinea and Benin have signed eight (08) legal instruments.", 8),
        ("The ministers signed three (3) cooperation documents in Conakry.", 3),
        ("The visit was crowned by the signature of eleven documents of cooperation.", 11),
    ],
)
def test_agreements_counts_restated_in_brackets_and_signing_nouns(
    sentence: str, count: int
) -> None:
    assert _found(sentence) == [("package", count, None, "signed")]


@pytest.mark.parametrize("lead", ["among them", "of which notably", "including"])
def test_agreements_parts_named_after_the_signature_of_a_package(lead: str) -> None:
    sentence = (
        "The talks ended with the signature of seven documents of cooperation, "
        f"{lead} an Agreement on road transport and a Memorandum of Understanding on mining."
    )
    assert _found(sentence) == [
        ("package", 7, None, "signed"),
        ("agreement", 1, "Agreement on road transport", "signed"),
        ("memorandum", 1, "Memorandum of Understanding on mining", "signed"),
    ]


def test_agreements_signature_of_a_package_with_its_items_on_lines_of_their_own() -> None:
    text = (
        "Guinea and Benin strengthen ties\n\n"
        "CONAKRY, 4 June 2025 - The Foreign Minister of Guinea received his Beninese "
        "counterpart in Conakry on Tuesday.\n\n"
        "At the end of the talks, the two ministers proceeded to the signature of three (03) "
        "cooperation instruments, namely:\n"
        "- a Memorandum of Understanding on political consultations;\n"
        "- an Agreement on the exemption of visas for holders of diplomatic passports;\n"
        "- a Convention of cooperation in the domain of vocational training.\n"
    )
    document = read(text, datetime.date(2025, 6, 4))
    assert [a.count for a in document.agreements] == [3, 1, 1, 1]


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish, not a signing: the named document is only sought
        "The minister called for the early signature of the agreement on fisheries.",
        # a signature that is no signing of documents
        "The forms bear the signature of three officials.",
        "The chef's signature dish was served to the two delegations.",
    ],
)
def test_agreements_signature_in_other_senses_signs_nothing(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the bracket holds another number: a year, a part of a whole
        "The ministers signed two (2019) agreements.",
        "The ministers signed five (of 12) agreements.",
    ],
)
def test_agreements_a_bracket_with_another_number_is_no_restated_count(sentence: str) -> None:
    assert [a.count for a in find_agreements(sentence, 0) if a.kind.value == "package"] == []
