"""Leaders who "intend to travel" plan a trip, as one who "intends to travel" does."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "OSLO, 2 June 2025 - Presidents Ana Costa of Portugal and Luis Vaca of Bolivia intend"
            " to travel to Norway in August.",
            "announced",
        ),
        # counter-example: a trip made, whatever the leaders intend there
        (
            "OSLO, 2 June 2025 - Presidents Ana Costa of Portugal and Luis Vaca of Bolivia"
            " travelled to Norway on Sunday. They intend to stay a week.",
            "happened",
        ),
    ],
)
def test_visit_status_plural_intentions(text: str, status: str) -> None:
    assert {(v.host_country, v.status) for v in read(text).visits} == {("NO", status)}
