"""A leader a verb places abroad for a gathering ("is in Lima for the summit", "was in
Samarkand for the EU-Central Asia summit") made a visit there: the corpus counts a stay at a
summit abroad, once the text states it, as a visit to the host country."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read, visits

FILED = datetime.date(2025, 6, 14)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Uzbek President Shavkat Mirziyoyev was in Astana for the Turkic states summit on"
            " 3 June 2025.",
            ("Shavkat Mirziyoyev", "KZ", "2025-06-03"),
        ),
        (
            "President Irfaan Ali of Guyana is in Bridgetown for a meeting of Caribbean leaders.",
            ("Irfaan Ali", "BB", "2025-06-14"),
        ),
        (
            "Romanian President Nicusor Dan was in Chisinau for the inauguration of the new"
            " parliament on 9 June 2025.",
            ("Nicusor Dan", "MD", "2025-06-09"),
        ),
        (
            "Ghanaian President John Mahama is now in the Nigerian capital for talks on the"
            " regional bloc.",
            ("John Mahama", "NG", "2025-06-14"),
        ),
    ],
)
def test_visit_presence_gatherings_a_stay_for_a_gathering_is_a_visit(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dated_visits(read(sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        # a stay with no gathering to come for may be a posting or a study year
        "Uzbek diplomat Shavkat Mirziyoyev was in Astana for three years before 2001.",
        "President Irfaan Ali of Guyana was in Bridgetown for his studies in the 1980s.",
        # not there, or there only in the future: no visit that happened
        "Uzbek President Shavkat Mirziyoyev was not in Astana for the Turkic states summit.",
        # at home for a gathering: no visit
        "Kazakh President Kassym-Jomart Tokayev was in Astana for the Turkic states summit.",
        # the gathering is not the one the person is in the place for
        "Uzbek President Shavkat Mirziyoyev was in Astana, for the first time since the"
        " summit of 2019.",
    ],
)
def test_visit_presence_gatherings_no_visit_without_a_gathering_abroad(sentence: str) -> None:
    found = visits(read(sentence, FILED))
    assert not any(host == "KZ" or host == "BB" for _, host in found)
