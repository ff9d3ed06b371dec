"""A body's name ends before its head's name, particles and all (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kenyan President Amos Kibet met the President of the European Commission Margit "
            "van der Berg in Brussels.",
            "European Commission",
        ),
        (
            "The Secretary General of the Arab League Ahmed bin Rashid visited Algiers.",
            "Arab League",
        ),
    ],
)
def test_recognize_the_heads_name_is_no_part_of_the_body(text: str, body: str) -> None:
    assert body in {o.name for o in read(text).organizations}
    assert not any(o.name.startswith(body + " ") for o in read(text).organizations)


def test_recognize_two_bodies_joined_by_and_stay_two() -> None:
    """Counter-example: "and the" is no particle of a name, so no holder is read there."""
    text = "Officials of the European Commission and the African Union Commission met in Accra."
    names = {o.name for o in read(text).organizations}
    assert {"European Commission", "African Union Commission"} <= names
