"""Documents a story names as ended, replaced or dated by an earlier year ("the treaty replaces
the 2004 Treaty on ...", "which both sides agreed to terminate in 2016") are background; a
title-case headline naming the story's treaty by its topic is that treaty, not a second one."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus
from dkg.loaders.steps.agreement_merging import merge_agreements
from dkg.loaders.steps.agreements import AgreementContext, find_agreements
from tests.loaders.reading import read

_CONTEXT = AgreementContext(countries=("FI", "EE"), document_date=datetime.date(2025, 6, 4))


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0, _CONTEXT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty, signed by the two foreign ministers, replaces the 2004 Treaty on Certain "
        "Sealing Arrangements, which the two governments agreed to terminate in 2016.",
        "The new accord supersedes the Agreement on Ferry Services, which expired last year.",
        "The old protocol on border crossings was replaced by the treaty signed on Tuesday.",
        "Both ministers signed the treaty, which replaced the 1998 Convention on Fishing.",
    ],
)
def test_agreements_a_document_replaced_or_ended_is_background(sentence: str) -> None:
    assert _titles(sentence) == []


def test_agreements_a_document_named_after_an_earlier_year_is_background() -> None:
    sentence = "The ministers signed a memorandum on ports, as the 1997 Treaty of Amity foresaw."
    assert _titles(sentence) == ["memorandum on ports"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # the new treaty's own clause ends another document: the new one stays
        (
            "The ministers signed a Treaty on Maritime Borders, which replaces the old accord.",
            "Treaty on Maritime Borders",
        ),
        # "replaced by" names the new document
        (
            "The ministers signed a treaty that will replace the old agreement on fishing.",
            "treaty",
        ),
        # an ending verb of another clause
        (
            "The two sides agreed to terminate visa requirements and signed an agreement on "
            "tourism.",
            "agreement on tourism",
        ),
        # a period, not a year of signing
        (
            "The ministers signed the 2025-2028 Action Plan on Trade.",
            "Action Plan on Trade",
        ),
        # the news' own year
        ("The ministers signed the 2025 Protocol on Ferries.", "Protocol on Ferries"),
    ],
)
def test_agreements_documents_near_an_ending_that_stay(sentence: str, title: str) -> None:
    assert _titles(sentence) == [title]


def test_agreements_a_title_case_headline_names_the_treaty_after_its_verb() -> None:
    (found,) = find_agreements("Finland and Estonia Sign Sea Border Treaty", 0)
    assert found.title == "Sea Border Treaty"


@pytest.mark.parametrize("name", ["Renewed Partnership Agreement", "Strike Force Agreement"])
def test_agreements_a_capitalised_name_that_holds_no_headline_verb(name: str) -> None:
    sentence = f"The two ministers signed the {name} in Tallinn."
    assert [a.title for a in find_agreements(sentence, 0)] == [name]


def test_agreements_a_story_of_one_treaty_counts_one() -> None:
    text = (
        "Finland and Estonia Sign Sea Border Treaty\n\n"
        "HELSINKI, June 4, 2025 - Finland and Estonia on Wednesday signed a treaty setting a "
        "permanent sea border in the Gulf of Finland, ending a long dispute.\n\n"
        "The treaty, signed in the presence of both prime ministers, replaces the 2004 Treaty "
        "on Certain Sealing Arrangements, which the two governments agreed to terminate in "
        "2016.\n\n"
        "The treaty must now be ratified by both parliaments.\n"
    )
    document = read(text, datetime.date(2025, 6, 4))
    assert [(a.kind, a.count) for a in document.agreements] == [(AgreementKind.TREATY, 1)]


def _named(title: str, start: int) -> AgreementMention:
    return AgreementMention(
        AgreementKind.TREATY, AgreementStatus.SIGNED, ((start, start + 9),), title=title, count=1
    )


def test_agreements_a_topic_before_the_noun_merges_with_the_full_title_told_after() -> None:
    merged = merge_agreements(
        [_named("Sea Border Treaty", 0), _named("treaty setting a sea border in the gulf", 50)]
    )
    assert [m.title for m in merged] == ["treaty setting a sea border in the gulf"]


def test_agreements_a_topic_the_full_title_lacks_is_another_treaty() -> None:
    merged = merge_agreements(
        [_named("Fisheries Treaty", 0), _named("treaty setting a sea border in the gulf", 50)]
    )
    assert len(merged) == 2
