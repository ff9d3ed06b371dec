"""A planned cue must speak of the signing: "a plan to simplify controls" (a noun) or "people
are expected to move" (another verb) leave the agreements of the sentence signed."""

from __future__ import annotations

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements


def _statuses(sentence: str) -> set[AgreementStatus]:
    return {a.status for a in find_agreements(sentence, 0)}


def test_agreements_planned_cues_a_plan_named_among_the_documents_is_signed() -> None:
    sentence = (
        "The ministers signed six agreements, among them a plan to open two border crossings."
    )
    assert _statuses(sentence) == {AgreementStatus.SIGNED}


def test_agreements_planned_cues_others_expected_to_act_leave_it_signed() -> None:
    sentence = (
        "Some 40,000 students are expected to travel each year, and nine memoranda were signed."
    )
    assert _statuses(sentence) == {AgreementStatus.SIGNED}


def test_agreements_planned_cues_that_speak_of_the_signing_still_plan() -> None:
    for sentence in (
        "The two governments plan to sign four agreements.",
        "Five agreements are expected to be signed on Friday.",
        "The visit is expected to produce a dozen agreements.",
        "The ministers are set to sign a memorandum on fisheries.",
    ):
        assert _statuses(sentence) == {AgreementStatus.PLANNED}, sentence
