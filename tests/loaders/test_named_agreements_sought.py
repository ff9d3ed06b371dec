"""A document a sentence names as sought or under negotiation, or says was not signed, is no
agreement (issue 4); the documents signed beside it still are."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Economic Partnership Agreement that Peru seeks was not among the texts signed.",
        "The two sides signed two agreements and agreed to negotiate with the aim of concluding"
        " an Investment Protection Treaty by June.",
        "Ministers agreed to launch negotiations on a Free Trade Agreement, which Kenya has"
        " sought since 2020.",
        "The fisheries accord, which Senegal wants, has not yet been signed.",
        "Mongolia is seeking a Comprehensive Partnership Agreement with Korea.",
    ],
)
def test_named_agreements_sought_are_no_agreements(sentence: str) -> None:
    assert not any(
        t and ("Agreement" in t or "Treaty" in t or "accord" in t) for t in _titles(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # Counter-examples: negotiated before, or signed in the same clause as the talks.
        (
            "Ministers who had negotiated for years signed a Free Trade Agreement on Monday.",
            "Free Trade Agreement",
        ),
        (
            "After years of negotiations, Peru and Korea signed an Investment Protection Treaty.",
            "Investment Protection Treaty",
        ),
        (
            "The presidents held talks on Tuesday and signed an Agreement on Visa Exemption.",
            "Agreement on Visa Exemption",
        ),
        (
            "The ministers signed a memorandum on mining, though the trade deal Peru wants was"
            " not among the documents signed.",
            "memorandum on mining",
        ),
        (
            "The Agreement on Air Services, which was not ready last year, was signed on Monday.",
            "Agreement on Air Services",
        ),
    ],
)
def test_named_agreements_sought_signed_ones_stay(sentence: str, title: str) -> None:
    assert any(t and title in t for t in _titles(sentence)), _titles(sentence)
