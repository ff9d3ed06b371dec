"""Documents a meeting only reviews ("reviewed the implementation of two memoranda") are in
force already, as a named one is ("an expansion of the ... Program"): no package is signed; a
package signed about implementing something is new."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys reviewed the implementation of three agreements signed by their predecessors.",
        "Talks focused on the implementation of the four memoranda concluded two years ago.",
        "They welcomed the extension of the two protocols on fishing quotas.",
    ],
)
def test_agreements_in_force_packages_reviewed_are_not_new(sentence: str) -> None:
    assert find_agreements(sentence, 0) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The ministers signed two memoranda on the implementation of a rail project.", 2),
        ("To speed up implementation of the plan, the two sides signed five agreements.", 5),
    ],
)
def test_agreements_in_force_packages_new_ones_about_implementing_stay(
    sentence: str, count: int
) -> None:
    assert [a.count for a in find_agreements(sentence, 0) if a.count != 1] == [count]
