"""A "he"/"she" after a place opener ("In Manila he was hosted by ...") is the person the
story is about, as after a time opener."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def test_pronoun_place_openers_resolve_the_subject_of_the_story() -> None:
    text = (
        "President Lula da Silva arrived in Luanda on Thursday. In Luanda he was received by "
        "President Joao Lourenco at the presidential palace."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 8, 26)))
    assert [set(m.participants) for m in document.meetings] == [{"lula-da-silva", "joao-lourenco"}]


def test_pronoun_place_openers_need_a_pronoun_that_opens_the_clause() -> None:
    text = (
        "President Lula da Silva arrived in Luanda on Thursday. In Luanda the heat was "
        "intense, he said."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 8, 26)))
    assert document.meetings == ()
