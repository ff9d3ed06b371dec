"""Agreements: counted packages with breakdown and value, named documents, planned vs signed."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from dkg.loaders.steps.agreement_merging import merge_agreements
from dkg.loaders.steps.agreements import (
    AgreementContext,
    AgreementCount,
    AgreementKind,
    AgreementLevel,
    AgreementMention,
    AgreementStatus,
    find_agreements,
)
from dkg.loaders.steps.segment import split_sentences
from tests.support import shared_folder

PACKAGE = AgreementKind.PACKAGE
SIGNED = AgreementStatus.SIGNED
PLANNED = AgreementStatus.PLANNED

PACKAGES = [
    ("Hungary and Serbia signed 15 agreements in Belgrade.", 15, None, None, SIGNED),
    ("India and the UAE sign 9 documents worth $4 billion", 9, "4e9", "USD", SIGNED),
    ("A package of 20 documents was signed in Tashkent.", 20, None, None, SIGNED),
    ("Egypt and Greece are expected to sign about 12 memoranda.", 12, None, None, PLANNED),
    ("Baku and Ankara plan to sign eight new agreements next week.", 8, None, None, PLANNED),
    ("Some 30 contracts worth 2 billion euros were inked in Rome.", 30, "2e9", "EUR", SIGNED),
    ("A total of 14 documents were prepared for signing.", 14, None, None, PLANNED),
    ("Chinese and Kyrgyz firms concluded 40 commercial deals.", 40, None, None, SIGNED),
]


@pytest.mark.parametrize(("sentence", "count", "value", "currency", "status"), PACKAGES)
def test_agreements_counted_packages(
    sentence: str, count: int, value: str | None, currency: str | None, status: AgreementStatus
) -> None:
    (found,) = find_agreements(sentence, 0)
    assert (found.kind, found.count, found.currency, found.status) == (
        PACKAGE,
        count,
        currency,
        status,
    )
    assert found.value == (Decimal(value) if value else None)


def test_agreements_breakdown_sums_to_the_count_and_commercial_parts_carry_the_value() -> None:
    sentence = (
        "They include two intergovernmental, 11 interdepartmental and 6 commercial agreements "
        "worth 900 million dollars."
    )
    (found,) = find_agreements(sentence, 0)
    assert found.count == 19
    assert found.breakdown == (
        AgreementCount(AgreementLevel.INTERGOVERNMENTAL, 2),
        AgreementCount(AgreementLevel.INTERDEPARTMENTAL, 11),
        AgreementCount(AgreementLevel.COMMERCIAL, 6, Decimal("900e6"), "USD"),
    )


def test_agreements_parts_after_including_belong_to_the_package_before() -> None:
    sentence = "Oman and Jordan signed 10 documents, including 4 commercial contracts."
    (found,) = find_agreements(sentence, 0)
    assert found.count == 10
    assert found.breakdown == (AgreementCount(AgreementLevel.COMMERCIAL, 4),)


NAMED = [
    (
        "The leaders signed the Treaty on Good-Neighbourly Relations and Cooperation.",
        AgreementKind.TREATY,
        "Treaty on Good-Neighbourly Relations and Cooperation",
    ),
    (
        "Seoul and Hanoi adopted a Joint Declaration on Comprehensive Strategic Partnership.",
        AgreementKind.JOINT_DECLARATION,
        "Joint Declaration on Comprehensive Strategic Partnership",
    ),
    (
        "The ministers signed a memorandum of understanding on water management.",
        AgreementKind.MEMORANDUM,
        "memorandum of understanding on water management",
    ),
    (
        "Following the talks, Spain and Morocco adopted a joint statement.",
        AgreementKind.JOINT_STATEMENT,
        "joint statement",
    ),
    (
        "Qatar and Rwanda signed the Comprehensive Economic Partnership Agreement.",
        AgreementKind.AGREEMENT,
        "Comprehensive Economic Partnership Agreement",
    ),
    (
        "The sides will sign a roadmap for industrial cooperation for 2026-2028.",
        AgreementKind.ROADMAP,
        "roadmap for industrial cooperation for 2026-2028",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "title"), NAMED)
def test_agreements_named_documents_with_kind_and_title(
    sentence: str, kind: AgreementKind, title: str
) -> None:
    (found,) = find_agreements(sentence, 0)
    assert (found.kind, found.title, found.count) == (kind, title, 1)


NOT_AGREEMENTS = [
    "The presidents made a joint statement to the press.",
    "They stressed implementing the agreements reached during last year's visit.",
    "We reached definitive agreements in education.",
    "Relevant documents were signed today.",
    "The two sides discussed the Treaty on Friendship.",
    "The two sides issued a joint statement on regional security.",
    "They signed nothing new but announced an extension of the Youth Mobility Programme.",
]

ONLY_SOUGHT = [
    "A treaty on air services is still being negotiated, and both hope to conclude it soon.",
    "The ministers signed nothing but agreed to work towards an investment protection agreement.",
    "Officials adopted a plan to explore a social security agreement next year.",
    "They endorsed the launch of negotiations on a comprehensive free trade agreement.",
]


@pytest.mark.parametrize("sentence", ONLY_SOUGHT)
def test_agreements_only_negotiated_or_hoped_for_are_not_documents(sentence: str) -> None:
    assert [a for a in find_agreements(sentence, 0) if a.count == 1] == []


def test_agreements_negotiation_leaves_the_signed_document_of_the_sentence() -> None:
    sentence = "Peru and Chile signed a memorandum on fisheries and began talks on a trade accord."
    assert [a.title for a in find_agreements(sentence, 0)] == ["memorandum on fisheries"]


def test_agreements_arrangements_are_documents() -> None:
    counted = find_agreements("The ministers signed four arrangements in Lima.", 0)
    named = find_agreements("They signed an arrangement on customs cooperation.", 0)
    assert [(a.kind, a.count) for a in counted] == [(PACKAGE, 4)]
    assert [(a.kind, a.title) for a in named] == [
        (AgreementKind.AGREEMENT, "arrangement on customs cooperation")
    ]


@pytest.mark.parametrize("sentence", NOT_AGREEMENTS)
def test_agreements_skips_press_statements_and_earlier_agreements(sentence: str) -> None:
    assert find_agreements(sentence, 0) == []


def test_agreements_uncounted_packages_have_no_count() -> None:
    (found,) = find_agreements("Officials signed several agreements on mining.", 0)
    assert (found.kind, found.count) == (PACKAGE, None)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("They signed a number of accords between the two ministries, totalling nine.", 9),
        ("They signed a series of memoranda on trade, numbering twelve, at the palace.", 12),
        # a sum after the package is its value, not a count
        ("They signed several deals with Gulf investors totaling 5 billion dollars.", None),
    ],
)
def test_agreements_uncounted_packages_take_the_total_told_later(
    sentence: str, count: int | None
) -> None:
    packages = [a for a in find_agreements(sentence, 0) if a.kind is PACKAGE]
    assert [p.count for p in packages] == [count]


def test_agreements_headline_and_body_merge_into_one_with_both_spans() -> None:
    headline = "Peru and Chile sign 11 documents worth $1.5 billion"
    body = (
        "In total 11 documents were signed; they include 3 intergovernmental and "
        "8 commercial agreements."
    )
    text = headline + "\n" + body
    mentions = find_agreements(headline, 0) + find_agreements(body, len(headline) + 1)
    (merged,) = merge_agreements(mentions)
    assert (merged.count, merged.value, len(merged.spans)) == (11, Decimal("1.5e9"), 2)
    assert [b.count for b in merged.breakdown] == [3, 8]
    assert all(text[s:e] for s, e in merged.spans)


def test_agreements_parties_come_from_a_two_country_context() -> None:
    (found,) = find_agreements("They signed 5 documents.", 0, AgreementContext(("VN", "KR")))
    assert found.parties == ("VN", "KR")


def test_agreements_on_the_shared_samples_match_the_gold() -> None:
    shared = shared_folder()
    if shared is None:
        pytest.skip("../shared (or $DKG_SHARED) with corpus/seeds.gold.json is not present")
    gold = json.loads((shared / "corpus" / "seeds.gold.json").read_text(encoding="utf-8"))
    for document in gold["documents"]:
        text = (shared / "corpus" / document["file"]).read_text(encoding="utf-8")
        mentions = [
            a
            for s in split_sentences(text)
            if not s.boilerplate
            for a in find_agreements(s.text, s.span.start)
        ]
        # A package and each line of its breakdown are what the gold lists as agreements.
        got = sorted(
            (
                (a.count, float(a.value) if a.value else None)
                for a in _expanded(merge_agreements(mentions))
                if a.count is not None
            ),
            key=repr,
        )
        wanted = sorted(
            (
                (g["count"], g["value_usd"])
                for g in document["agreements"]
                if g["count"] is not None
            ),
            key=repr,
        )
        assert got == wanted, document["id"]


def _expanded(agreements: list[AgreementMention]) -> list[AgreementMention]:
    """Each agreement and, for packages, one package per breakdown line."""
    lines = [
        AgreementMention(PACKAGE, a.status, a.spans, None, b.count, b.value, b.currency)
        for a in agreements
        for b in a.breakdown
    ]
    return agreements + lines


def test_agreements_dated_to_the_past_are_background() -> None:
    sentence = "They reviewed the Defence Cooperation Agreement signed in March 2021."
    assert find_agreements(sentence, 0) == []


def test_agreements_breakdown_told_as_a_sentence() -> None:
    (found,) = find_agreements("Of these, 12 are intergovernmental and five are commercial.", 0)
    assert (found.count, [b.count for b in found.breakdown]) == (17, [12, 5])


def test_agreements_model_numbers_and_the_parties_are_no_counts() -> None:
    sentence = "The two governments signed a deal on 30 Airbus A320 jets."
    assert [a.count for a in find_agreements(sentence, 0) if a.kind is PACKAGE] == []


def test_agreements_priced_without_a_number() -> None:
    (found,) = find_agreements("Deals worth over 3 billion euros were signed in Lisbon.", 0)
    assert (found.kind, found.count, found.value, found.currency) == (
        PACKAGE,
        None,
        Decimal("3e9"),
        "EUR",
    )


def test_agreements_breakdown_after_a_colon_completes_the_package() -> None:
    sentence = "In all, 25 documents were signed: 10 intergovernmental and 15 commercial."
    (found,) = find_agreements(sentence, 0)
    assert (found.count, [(b.level, b.count) for b in found.breakdown]) == (
        25,
        [(AgreementLevel.INTERGOVERNMENTAL, 10), (AgreementLevel.COMMERCIAL, 15)],
    )


def test_agreements_agreed_to_sign_is_planned() -> None:
    sentence = "They agreed to sign a Free Trade Agreement next year."
    (found,) = find_agreements(sentence, 0)
    assert (found.kind, found.status, found.title) == (
        AgreementKind.AGREEMENT,
        PLANNED,
        "Free Trade Agreement",
    )


NAMED_KINDS = [
    (
        "Ministers of Ghana and Togo exchanged notes on the demarcation of their maritime border.",
        [],  # "exchanged notes" is a verb phrase, not an "exchange of notes"
    ),
    (
        "An Exchange of Notes on a rice aid grant was signed by the two envoys in Dhaka.",
        [(AgreementKind.AGREEMENT, SIGNED, "Exchange of Notes on a rice aid grant")],
    ),
    (
        "In Quito, Colombia and Ecuador adopted a Charter on Border Integration.",
        [(AgreementKind.JOINT_DECLARATION, SIGNED, "Charter on Border Integration")],
    ),
    (
        "The ports authorities signed a letter of intent on container shipping.",
        [(AgreementKind.MEMORANDUM, SIGNED, "letter of intent on container shipping")],
    ),
    (
        "Kenya and Tanzania signed an accord on cross-border livestock movement.",
        [(AgreementKind.AGREEMENT, SIGNED, "accord on cross-border livestock movement")],
    ),
    (
        "Mongolia and Korea will sign a double taxation avoidance agreement next spring.",
        [(AgreementKind.AGREEMENT, PLANNED, "double taxation avoidance agreement")],
    ),
    (
        "Chile and Peru signed a new visa-free travel agreement.",
        [(AgreementKind.AGREEMENT, SIGNED, "visa-free travel agreement")],
    ),
    (
        "The two banks signed a protocol extending the credit line for farmers.",
        [(AgreementKind.AGREEMENT, SIGNED, "protocol extending the credit line for farmers")],
    ),
    (
        "Lisbon and Brasilia renewed the Treaty of Friendship, Cooperation and Consultation.",
        [(AgreementKind.TREATY, SIGNED, "Treaty of Friendship")],
    ),
    (
        "The ministers signed memoranda on fisheries and a school lunch programme for villages.",
        [],  # the programme is what a memorandum is about, not a document of its own
    ),
    (
        "The sides agreed to open talks on an Economic Partnership Agreement next year.",
        [],  # talks about a future document neither sign nor plan to sign it
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED_KINDS)
def test_agreements_every_kind_of_named_document(
    sentence: str, expected: list[tuple[AgreementKind, AgreementStatus, str]]
) -> None:
    found = find_agreements(sentence, 0)
    assert [(a.kind, a.status, a.title) for a in found] == expected
