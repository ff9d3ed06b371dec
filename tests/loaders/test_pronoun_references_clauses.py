"""Each coordinated clause that names its own host refers to the same guest by "him"/"her":
two hosts in one sentence make two meetings with the guest, not one three-way meeting."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[tuple[str, ...]]:
    return sorted(m.participants for m in PIPELINE(Document("t", "t", text)).meetings)


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "President Lula arrived in Oslo on Monday. King Harald received him on Tuesday, "
            "and Prime Minister Store held talks with him on Wednesday.",
            [("harald", "lula"), ("store", "lula")],
        ),
        (
            "President Ruto arrived in Amman on Monday. King Abdullah received him on Tuesday, "
            "and Prime Minister Hassan hosted talks with him on Wednesday.",
            [("abdulah", "ruto"), ("hasan", "ruto")],
        ),
    ],
)
def test_pronoun_references_clauses_each_host_meets_the_guest(
    text: str, meetings: list[tuple[str, ...]]
) -> None:
    assert _meetings(text) == meetings


@pytest.mark.parametrize(
    "text",
    [
        # No new subject after "and": one host, one meeting.
        "President Lula arrived in Oslo on Monday. King Harald received him on Tuesday "
        "and invited him to dinner.",
        # Another pronoun is someone else; the guest is not assumed.
        "President Lula arrived in Oslo on Monday. King Harald received him on Tuesday, "
        "and Queen Sonja showed her the gardens.",
    ],
)
def test_pronoun_references_clauses_without_a_new_host_add_no_meeting(text: str) -> None:
    assert _meetings(text) == [("harald", "lula")]
