"""A firm's name in quotes inside a list of areas ('the gas supply with the company "Neftegaz",
and agriculture') does not end the list; a quotation that closes the list still does."""

from __future__ import annotations

from tests.loaders.reading import read


def _sectors(text: str) -> set[str]:
    return {s.label for s in read(text).sectors}


def test_sectors_quoted_names_inside_the_list() -> None:
    text = (
        "The sides discussed cooperation in the fields of energy, including a plant built with "
        'the State Corporation "Hydroprom", the gas supply with the company \u00abNeftegaz\u00bb, '
        "and agriculture."
    )
    assert {"energy", "gas supply", "agriculture"} <= _sectors(text)


def test_sectors_quoted_names_a_closing_quotation_ends_the_list() -> None:
    """Counter-example: after a quoted list has closed, what the speaker goes on to is not in
    it."""
    text = 'Peru is now "a partner in critical minerals" and, he said, in tourism.'
    assert "tourism" not in _sectors(text)
