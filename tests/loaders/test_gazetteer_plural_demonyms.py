"""A demonym's regular plural that is also the country's name ("Philippines") stays a name."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.gazetteer import load_gazetteer

PIPELINE = default_pipeline()


def test_gazetteer_plural_demonyms_never_shadow_the_country_name() -> None:
    philippines = load_gazetteer().country("PH")
    assert philippines is not None
    assert "Philippines" not in philippines.demonyms
    assert "Philippine" in philippines.demonyms


def test_gazetteer_plural_demonyms_leave_a_trip_to_the_philippines_readable() -> None:
    text = "President Joko Widodo arrived in the Philippines on Tuesday for a state visit."
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 1, 12)))
    assert [(v.host_country, v.start.lexical) for v in document.visits] == [("PH", "2024-01-09")]
