"""A trip that "will not" or "will no longer" be made on a day still named is a
cancelled visit (issue 4); a refusal with no trip planned, or a past "has not visited", is no
visit at all."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2024, 10, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "Colombian President Gustavo Petro will not travel to Lima for the summit on 14 November.",
        "Colombian President Gustavo Petro will no longer fly to Lima on 14 November, his "
        "office said.",
        "Colombian President Gustavo Petro won't attend the APEC summit in Lima on 14 November.",
        # a place's country set off by commas is still the trip's clause
        "Colombian President Gustavo Petro will not travel to Lima, Peru, on 14 November.",
        "Colombian President Gustavo Petro will not travel to Lima, Peru, for the summit on "
        "14 November.",
    ],
)
def test_visit_cues_called_off_trip_is_cancelled(sentence: str) -> None:
    document = read(sentence + "\n", _DAY)
    assert [(v.host_country, v.status) for v in document.visits] == [("PE", "cancelled")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Colombian President Gustavo Petro will not travel to Lima while the dispute lasts.",
        "Colombian President Gustavo Petro will not travel to Lima this year.",
        "Colombian President Gustavo Petro has not visited Lima since 2 March 2023.",
        # the day is the saying's, not the trip's
        "Colombian President Gustavo Petro will not travel to Lima, his spokeswoman told "
        "reporters on 14 November.",
    ],
)
def test_visit_cues_refusal_or_past_denial_is_no_visit(sentence: str) -> None:
    """Counter-example: no planned trip was called off."""
    assert read(sentence + "\n", _DAY).visits == ()
