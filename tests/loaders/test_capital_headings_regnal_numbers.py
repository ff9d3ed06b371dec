"""A sovereign's name in a heading in capitals ends at its regnal number (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import people_posts, read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "HIS MAJESTY KING LETSIE III WELCOMED IN GABORONE\n\n"
            "The King of Lesotho arrived in Gaborone on Monday for a state visit to Botswana.",
            "Letsie III",
        ),
        (
            "KING HARALD V GREETED BY CROWDS IN REYKJAVIK\n\n"
            "The Norwegian monarch began a state visit to Iceland on Tuesday.",
            "Harald V",
        ),
    ],
)
def test_capital_headings_the_verb_after_a_regnal_number_is_no_name(text: str, name: str) -> None:
    assert list(people_posts(read(text))) == [name]


def test_capital_headings_a_regnal_number_that_ends_the_heading_keeps_the_name() -> None:
    text = (
        "STATE VISIT BY KING FELIPE VI\n\n"
        "The King of Spain arrived in Lisbon on Monday for a state visit to Portugal."
    )
    assert list(people_posts(read(text))) == ["Felipe VI"]
