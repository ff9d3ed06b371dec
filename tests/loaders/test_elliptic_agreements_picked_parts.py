"""A counted package followed by parts picked out of it ("six MoUs, among them one on ...",
"ten documents, including one on ...") names each part as a document of the package's kind,
as a colon before the list does."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.elliptic_agreements import find_elliptic_agreements


def _titles(sentence: str) -> list[str]:
    return [a.title for a in find_elliptic_agreements(sentence, 0, AgreementStatus.SIGNED)]


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "Ghana and Turkey signed five MoUs, among them one on mining and one on textiles.",
            ["MoU on mining", "MoU on textiles"],
        ),
        (
            "The delegations signed nine documents, including one on vocational training.",
            ["document on vocational training"],
        ),
        (
            "The envoys exchanged two memoranda including one for flood warnings and one for "
            "seed banks.",
            ["memorandum for flood warnings", "memorandum for seed banks"],
        ),
        (
            "They signed three agreements, of which one on pensions and one on road haulage.",
            ["agreement on pensions", "agreement on road haulage"],
        ),
    ],
)
def test_elliptic_agreements_picked_parts_are_named_documents(
    sentence: str, titles: list[str]
) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The two delegations held four sessions, including one on trade and one on energy.",
        "They signed twelve agreements, including one on one talks between the ministers.",
        "Of the seven documents, among them the tariff text, none was signed in public.",
        "Six agreements were signed, including the one the ministers had drafted in May.",
    ],
)
def test_elliptic_agreements_picked_parts_need_a_counted_document_and_a_subject(
    sentence: str,
) -> None:
    assert _titles(sentence) == []
