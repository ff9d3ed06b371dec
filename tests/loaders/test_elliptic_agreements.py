"""A counted list of documents that leaves the head noun out of its items ("two memoranda, one
on fisheries and one on tourism") names each document."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.elliptic_agreements import find_elliptic_agreements

PIPELINE = default_pipeline()


def _titles(sentence: str) -> list[str]:
    return [a.title for a in find_elliptic_agreements(sentence, 0, AgreementStatus.SIGNED)]


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "Ministers signed two memoranda of understanding, one on fisheries and one on "
            "tourism promotion.",
            ["memorandum on fisheries", "memorandum on tourism promotion"],
        ),
        (
            "The sides concluded three agreements: one on roads, another on ports and a third "
            "on customs.",
            ["agreement on roads", "agreement on ports", "agreement on customs"],
        ),
        (
            "Two MoUs \u2013 one for teacher training and the other for seed banks \u2013 were "
            "exchanged.",
            ["MoU for teacher training", "MoU for seed banks"],
        ),
    ],
)
def test_elliptic_agreements_each_item_is_a_named_document(
    sentence: str, titles: list[str]
) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents met one on one before the agreements were signed.",
        "They signed agreements, one on one basis, the minister said.",
        "Of the five agreements, one covers trade and one covers energy.",
        "The ministers held two meetings, one on trade and one on energy.",
    ],
)
def test_elliptic_agreements_need_the_counted_documents_right_before(sentence: str) -> None:
    assert _titles(sentence) == []


def test_elliptic_agreements_the_package_and_its_named_parts_are_all_kept() -> None:
    text = (
        "The two prime ministers signed two memoranda of understanding, one on fisheries and "
        "one on tourism promotion, in Suva on Tuesday."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 5)))
    named = sorted(a.title for a in document.agreements if a.count == 1 and a.title)
    assert named == ["memorandum on fisheries", "memorandum on tourism promotion"]
    assert [a.count for a in document.agreements if a.count != 1] == [2]
