"""The parts of a package named in the sentence after it, without a signing verb: "Among the
nine documents is a memorandum on ports" names a signed part; documents long in force, or
packages of another time, are no parts of the news."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2024, 5, 14)
_LEAD = "Chile and Vietnam signed nine documents in Hanoi on Monday. "


def _agreements(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(a.kind.value, a.title, a.count) for a in read(_LEAD + text, FILED).agreements]


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Among the nine documents is a memorandum on copper processing.",
            "memorandum",
            "memorandum on copper processing",
        ),
        (
            "Of these nine agreements, the most awaited is a protocol on fruit exports.",
            "agreement",
            "protocol on fruit exports",
        ),
    ],
)
def test_package_parts_named_after_the_package(text: str, kind: str, title: str) -> None:
    assert set(_agreements(text)) == {("package", None, 9), (kind, title, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Among the 30 agreements in force is a treaty on extradition.",
        "Among the 12 accords signed in 2015 was a memorandum on fisheries.",
        "Among the items on the agenda is a memorandum on fisheries.",
    ],
)
def test_package_parts_of_another_time_or_no_package_are_not_named(text: str) -> None:
    assert _agreements(text) == [("package", None, 9)]
