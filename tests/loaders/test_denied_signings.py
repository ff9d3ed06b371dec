"""A document the sentence says was not signed is no signed agreement."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read

_HEAD = "Talks in Accra\nApril 9, 2024\n\nACCRA, April 9 - "


def _agreements(sentence: str) -> list[tuple[str, str]]:
    document = read(_HEAD + sentence)
    return [(a.kind.value, a.status.value) for a in document.agreements]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana and Togo did not endorse the draft joint declaration on fisheries.",
        "Ghana and Togo failed to sign the roadmap on border trade.",
        "The memorandum on fisheries between Ghana and Togo was not signed.",
        "Ghana and Togo have never ratified the treaty on the shared lagoon.",
        "Ghana refused to sign the agreement with Togo on power supply.",
        "Ghana and Togo didn't sign the roadmap on border trade.",
    ],
)
def test_denied_signings_store_no_agreement(sentence: str) -> None:
    assert _agreements(sentence) == []


def test_denied_signings_leave_a_signing_told_beside_them() -> None:
    """Counter-examples: one denied verb does not undo another signing, and "not only"
    denies nothing."""
    kept = _agreements(
        "Ghana and Togo did not endorse the declaration on power, but signed a memorandum on "
        "fisheries."
    )
    assert ("memorandum", "signed") in kept
    assert _agreements(
        "Ghana and Togo not only signed a memorandum on fisheries but opened a border post."
    ) == [("memorandum", "signed")]
