"""A pronoun after a bare word of sequence ("Later she met the Prime Minister, X", "Then he
met", "Afterwards she met") is the story's current actor, as after "Later that day he" or
"Later, he": without it the talks have one named side and are lost."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 5, 9)
_ARRIVAL = "OSLO - Mexican President Claudia Sheinbaum arrived in Oslo on Thursday for talks. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Later she met the Prime Minister, Jonas Gahr Store.",
        "Then she met Prime Minister Jonas Gahr Store at his office.",
        "Afterwards she met the Norwegian Prime Minister, Jonas Gahr Store.",
        "Subsequently she met Prime Minister Jonas Gahr Store.",
    ],
)
def test_meetings_sequel_pronouns_are_the_visitor(sentence: str) -> None:
    assert dated_meetings(read(_ARRIVAL + sentence, FILED)) == [
        (["Claudia Sheinbaum", "Jonas Gahr Store"], "2025-05-08")
    ]


def test_meetings_sequel_pronouns_leave_names_alone() -> None:
    """Counter-example: a name that starts like a pronoun ("Later Hedda ...") is that person,
    who meets the one named, not the visitor."""
    document = read(
        _ARRIVAL + "Later Speaker Hedda Foss Five met Prime Minister Jonas Gahr Store.", FILED
    )
    assert [m[0] for m in dated_meetings(document)] == [["Hedda Foss Five", "Jonas Gahr Store"]]


def test_meetings_sequel_pronouns_need_someone_told_before() -> None:
    """Counter-example: with no one told before, "Later he" stands for no one, and the one
    person named meets no one."""
    assert dated_meetings(read("Later he met Prime Minister Jonas Gahr Store.", FILED)) == []
