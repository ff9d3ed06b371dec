"""A plan listed with the texts a sentence signs ("signed an agreement on railways, along with
a plan for the upgrade of the port works") is one of the documents signed (issue 4); a plan
that is only unveiled or launched is a policy, not a document."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Ghana and India signed an agreement on railways, along with a plan for the upgrade"
            " of the Tema harbour works.",
            "plan for the upgrade of the Tema harbour works",
        ),
        (
            "The ministers signed a memorandum on health as well as a plan to build two clinics.",
            "plan to build two clinics",
        ),
    ],
)
def test_named_agreements_listed_plans_are_signed(sentence: str, title: str) -> None:
    assert title in _titles(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government launched a plan for the upgrade of the Tema harbour works.",
        "Ghana unveiled a plan to build two clinics, officials said.",
        "Ghana and India plan to sign a railway agreement next year.",
    ],
)
def test_named_agreements_listed_plans_not_a_policy(sentence: str) -> None:
    assert not any(t and t.startswith("plan") for t in _titles(sentence))
