"""Talks abroad with a leader's delegation tell the leader's visit (issue 4): the ministers who
accompany their leader to the talks share the leader's country, and are no second visitor
that would leave the talks without one."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2024, 5, 15)


def test_talks_abroad_a_leaders_delegation_is_the_leaders_visit() -> None:
    text = (
        "Kenyan President William Ruto held talks with President Nana Akufo-Addo of Ghana at "
        "Jubilee House, Accra, on Tuesday.\n\n"
        "Also accompanying the President at the meeting were Foreign Minister Musalia Mudavadi "
        "and Trade Minister Rebecca Miano.\n"
    )
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    assert [(names[v.visitor], v.host_country) for v in document.visits] == [("William Ruto", "GH")]
