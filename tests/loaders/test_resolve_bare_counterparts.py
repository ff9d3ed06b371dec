"""A bare "his counterpart" is the holder of the subject's post on the other side: the minister
of the other country named before; no one when no one of another country holds that post."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
FILED = datetime.date(2025, 3, 12)


def _referent(text: str, phrase: str = "his counterpart") -> list[str]:
    """The names of the people the phrase's mentions resolve to."""
    document = PIPELINE(Document("t", "t", text, date=FILED))
    names = {p.key: p.name for p in document.people}
    at = text.rindex(phrase)
    return [names[m.person] for m in document.person_mentions if m.span.start == at]


def test_resolve_bare_counterparts_the_other_countrys_minister_of_the_same_post() -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Oslo at the invitation of "
        "Norwegian Foreign Minister Espen Barth Eide. On Tuesday Mudavadi and his counterpart "
        "toured the port."
    )
    assert _referent(text) == ["Espen Barth Eide"]


def test_resolve_bare_counterparts_a_leader_of_another_post_is_no_counterpart() -> None:
    text = (
        "Norwegian Prime Minister Jonas Gahr Store received Kenyan Foreign Minister Musalia "
        "Mudavadi in Oslo. On Tuesday Mudavadi and his counterpart toured the port."
    )
    assert _referent(text) == []


def test_resolve_bare_counterparts_a_minister_of_the_same_country_is_no_counterpart() -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi and Kenyan Foreign Minister Alfred Mutua "
        "spoke in Nairobi. Mudavadi said his counterpart would come next month."
    )
    assert _referent(text) == []
