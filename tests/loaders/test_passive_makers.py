"""A trip told in the passive names its maker after it ("The previous state visit from
Finland to India was made by President Tarja Halonen in 2007"); "previous" is no group of
travellers, as "pilgrims" or "tourists" are."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 2, 28)
_NEWS = "President Mateo Silva of Chile will pay a state visit to Kenya in March.\n\n"


@pytest.mark.parametrize(
    ("sentence", "visit"),
    [
        (
            "The previous state visit from Chile to Kenya was made by President Ana Rojas in 2009.",
            ("Ana Rojas", "KE", "2009"),
        ),
        (
            "The last official visit to Kenya had been paid by Foreign Minister Luis Vera in "
            "May 2016.",
            ("Luis Vera", "KE", "2016-05"),
        ),
    ],
)
def test_passive_makers_are_the_visitors(sentence: str, visit: tuple[str, str, str]) -> None:
    assert visit in dated_visits(read(_NEWS + sentence, FILED))


def test_passive_makers_a_visit_praised_by_someone_is_not_theirs() -> None:
    sentence = "The previous state visit was praised by President Ana Rojas of Kenya in 2009."
    visits = dated_visits(read(_NEWS + sentence, FILED))
    assert not any(name == "Ana Rojas" for name, _, _ in visits)
