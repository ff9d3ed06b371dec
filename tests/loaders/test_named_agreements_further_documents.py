"""A named document's title ends before the further documents counted after it ("the Treaty on
Friendship and four further agreements"): they are a package of their own, not words of its
name."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.named_agreements import find_named_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_named_agreements(sentence, 0, AgreementStatus.SIGNED)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The presidents signed the Treaty on Friendship and Cooperation and four further "
            "agreements.",
            "Treaty on Friendship and Cooperation",
        ),
        (
            "The ministers signed the Convention on Mutual Legal Assistance and of three other "
            "memoranda.",
            "Convention on Mutual Legal Assistance",
        ),
        (
            "Both sides signed the Agreement on Raw Materials and 2 more documents.",
            "Agreement on Raw Materials",
        ),
        (
            "They signed a memorandum on fisheries and a dozen additional contracts.",
            "memorandum on fisheries",
        ),
    ],
)
def test_named_agreements_further_documents_end_the_title(sentence: str, title: str) -> None:
    assert _titles(sentence)[0] == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The leaders signed the Agreement on Trade and Investment in the two regions.",
            "Agreement on Trade and Investment in the two regions",
        ),
        (
            "The ministers signed the Protocol on Air Services and Five Freedoms.",
            "Protocol on Air Services and Five Freedoms",
        ),
        (
            "They signed an agreement on fishing and two coastal zones.",
            "agreement on fishing and two coastal zones",
        ),
    ],
)
def test_named_agreements_further_documents_other_counts_stay_in_the_title(
    sentence: str, title: str
) -> None:
    """Counter-examples: an "and" that is the name's own, or a number of things not documents."""
    assert _titles(sentence)[0] == title
