"""When the text never gives the host's country, "the two prime ministers" are the visitor and
the host the visit's own sentence names (in full or by surname), not the first other titled
person of the story."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()

STORY = (
    "HONIARA, Tuesday March 5, 2024 -- Australian Prime Minister Anthony Albanese was welcomed "
    "to Solomon Islands last night by his counterpart Manasseh Sogavare, who met him at "
    "Honiara International Airport.\n\n"
    "Mr Albanese, on his first visit to the country, is in Honiara to open a regional forum "
    "with Mr Sogavare today. Ministers from nine island states are attending.\n\n"
    "The two prime ministers held talks at the parliament this morning.\n\n"
    "Governor-General Sir David Vunagi later conferred an honour on the Australian leader.\n"
)


def test_visit_hosts_the_host_the_visit_names_is_one_of_the_two() -> None:
    document = PIPELINE(Document("t", "t", STORY, date=datetime.date(2024, 3, 5)))
    names = {p.key: p.name for p in document.people}
    meetings = [sorted(names[k] for k in m.participants) for m in document.meetings]
    assert ["Anthony Albanese", "Manasseh Sogavare"] in meetings
    assert ["Anthony Albanese", "David Vunagi"] not in meetings
