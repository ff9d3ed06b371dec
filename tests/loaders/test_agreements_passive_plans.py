"""A document the text says "will be signed", "should be signed" or "is to be inked" is still
to come: it is planned, and its title stops before the verb; a document signed now that "will
be" reviewed or applied later is signed."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("A memorandum on port services will be signed next month.", "memorandum on port services"),
        ("An MoU on solar power should be signed in the coming weeks.", "MoU on solar power"),
        (
            "A treaty on legal aid is to be inked in the spring, a diplomat said.",
            "treaty on legal aid",
        ),
        (
            "Officials hope an accord on river transport would be concluded soon.",
            "accord on river transport",
        ),
    ],
)
def test_agreements_passive_plans_are_planned_with_a_clean_title(sentence: str, title: str) -> None:
    (found,) = find_agreements(sentence, 0)
    assert (found.status, found.title) == (AgreementStatus.PLANNED, title)


@pytest.mark.parametrize(
    "sentence",
    [
        "The memorandum on grain exports that they signed on Monday will be reviewed each year.",
        "Uruguay and Egypt signed an accord on beef exports, which will be applied from June.",
        "The ministers signed a treaty on extradition; it should be ratified by both parliaments.",
    ],
)
def test_agreements_passive_plans_a_later_step_leaves_the_signing_done(sentence: str) -> None:
    assert {a.status for a in find_agreements(sentence, 0)} == {AgreementStatus.SIGNED}
