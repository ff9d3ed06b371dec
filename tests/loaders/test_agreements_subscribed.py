"""Documents "subscribed" as translated Spanish and Portuguese copy writes "suscribir" ("the
delegations subscribed nine instruments"), "a letter of intentions", the parts of a package told
as "of which 19 are ...", and a headline's count in capitals ("SIGN NINE INSTRUMENTS"); and what
the same words say in other senses."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementStatus
from dkg.loaders.steps.agreements import find_agreements
from tests.loaders.reading import read


def _found(sentence: str) -> list[tuple[str, int | None, str | None, str]]:
    return [(a.kind.value, a.count, a.title, a.status.value) for a in find_agreements(sentence, 0)]


def test_agreements_subscribed_package_and_its_named_parts() -> None:
    sentence = (
        "The two delegations subscribed eleven instruments of cooperation, among them a "
        "Memorandum of Understanding on Lithium Processing, an Agreement of Cooperation in the "
        "Matter of Railways and a letter of intentions between Comibol and Codelco for the supply "
        "of brine."
    )
    assert _found(sentence) == [
        ("package", 11, None, "signed"),
        ("memorandum", 1, "Memorandum of Understanding on Lithium Processing", "signed"),
        ("agreement", 1, "Agreement of Cooperation in the Matter of Railways", "signed"),
        (
            "memorandum",
            1,
            "letter of intentions between Comibol and Codelco for the supply of brine",
            "signed",
        ),
    ]


def test_agreements_subscribed_package_and_its_breakdown_told_as_of_which_are() -> None:
    sentence = (
        "Paraguay and Uruguay subscribed 31 instruments of cooperation, of which 22 are "
        "intergovernmental agreements and 9 are memoranda between public enterprises."
    )
    assert [(a.kind, a.count) for a in find_agreements(sentence, 0)] == [
        (AgreementKind.PACKAGE, 31),
        (AgreementKind.PACKAGE, 22),
        (AgreementKind.PACKAGE, 9),
    ]


def test_agreements_will_subscribe_is_a_plan() -> None:
    (found,) = find_agreements("The ministers will subscribe four agreements on Friday.", 0)
    assert (found.count, found.status) == (4, AgreementStatus.PLANNED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ecuador subscribed to the Paris Agreement years before its neighbours.",
        "The government subscribes to the view that the trade agreement needs revision.",
        "The bank's subscribed capital under the founding agreement is $5 billion.",
        "Investors subscribed shares worth $2 billion in the company under the deal.",
        "Readers can subscribe to the newsletter on the treaty negotiations.",
    ],
)
def test_agreements_subscribing_to_a_view_capital_or_a_newsletter_signs_nothing(
    sentence: str,
) -> None:
    assert find_agreements(sentence, 0) == []


@pytest.mark.parametrize(
    "headline",
    [
        "ECUADOR AND PERU SUBSCRIBE TWELVE INSTRUMENTS",
        "ECUADOR AND PERU SIGN TWELVE AGREEMENTS",
        "Ecuador, Peru Sign 12 Agreements",
    ],
)
def test_agreements_a_headline_count_in_capitals_or_title_case(headline: str) -> None:
    text = (
        f"{headline}\n\nQuito, 3 March 2025. President Noboa received President Boluarte in "
        "Quito on Monday.\n"
    )
    document = read(text, datetime.date(2025, 3, 3))
    assert [(a.kind, a.count) for a in document.agreements] == [(AgreementKind.PACKAGE, 12)]


def test_agreements_a_model_number_after_a_maker_is_still_no_count() -> None:
    sentence = "Kenya Airways signed for Boeing 787 agreements covering engines."
    assert [a.count for a in find_agreements(sentence, 0) if a.kind is AgreementKind.PACKAGE] == []
