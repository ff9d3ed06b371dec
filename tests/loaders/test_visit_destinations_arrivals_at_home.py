"""A leader who arrives in a city of their own country to receive a guest makes no visit to the
guest's country (issue 4: no visit whose visitor holds a post of the host country)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

_DAY = datetime.date(2025, 2, 12)


def test_visit_destinations_arrival_at_home_to_receive_a_guest_is_no_visit() -> None:
    text = (
        "Tanzanian President Samia Suluhu Hassan arrived in Arusha on Monday to receive Kenyan"
        " President William Ruto.\n"
    )
    assert ("Samia Suluhu Hassan", "KE") not in visits(read(text, _DAY))


def test_visit_destinations_guest_arriving_abroad_still_visits() -> None:
    """Counter-example: the guest's arrival in the host's city is a visit."""
    text = (
        "Kenyan President William Ruto arrived in Arusha on Monday and was received by"
        " Tanzanian President Samia Suluhu Hassan.\n"
    )
    assert visits(read(text, _DAY)) == {("William Ruto", "TZ")}
