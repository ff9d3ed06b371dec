""" "The two met at the palace": with no noun after "the two", the talks verb right after it
tells talks of the two principals the story named (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 1, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ewa Nowak of Poland arrived in Lisbon on 21 January at the invitation "
        "of Prime Minister Rui Matos. The two met at the Sao Bento Palace.",
        "WARSAW - President Rui Matos of Portugal and Prime Minister Ewa Nowak of Poland "
        "opened a trade fair on 21 January. The two later held talks on defence.",
    ],
)
def test_meetings_the_two_met_are_the_principals(text: str) -> None:
    assert ["Ewa Nowak", "Rui Matos"] in meetings(read(text, _DAY))


@pytest.mark.parametrize(
    "text",
    [
        # "the two" is the countries, not people
        "Prime Minister Ewa Nowak of Poland praised President Rui Matos of Portugal on 21 "
        "January. The two countries held a trade fair in Porto.",
        # a number of things, no verb of talks right after
        "Prime Minister Ewa Nowak of Poland praised President Rui Matos of Portugal on 21 "
        "January. The two agreements signed in 2019 met their targets.",
    ],
)
def test_meetings_the_two_met_needs_people_and_a_talks_verb(text: str) -> None:
    assert meetings(read(text, _DAY)) == []
