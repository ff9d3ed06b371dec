"""Text with a dotted capital I ("İstanbul", "İzmir"), which lower-cases to two characters, is
read at its own offsets: the finders that search a case-blind copy of a sentence use one of the
same length."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def test_dotted_capital_i_leaves_amounts_and_sectors_after_it_readable() -> None:
    text = "The İzmir port project got $5 billion in investment for energy and tourism cooperation."
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 1, 1)))
    assert [str(f.value) for f in document.figures] == ["5000000000"]
    assert {text[s.start : s.end] for s in document.sectors} >= {"energy", "tourism"}


def test_dotted_capital_i_alone_with_a_number_raises_nothing() -> None:
    document = PIPELINE(Document("t", "t", "İİ 5 İİ 7.", date=datetime.date(2024, 1, 1)))
    assert document.figures == ()
