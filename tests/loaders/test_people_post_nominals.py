"""Letters after a name for a seat in a legislature or an honour ("Leo Varadkar TD", "X MSP")
are no part of the name: the surname is what scorers and readers match."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2023, 3, 17)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Taoiseach, Ciaran Doyle TD, met President Mara Lindqvist.", "Ciaran Doyle"),
        ("First Minister Eilidh Ross MSP met President Mara Lindqvist.", "Eilidh Ross"),
        ("Premier Luc Tremblay MNA met President Mara Lindqvist.", "Luc Tremblay"),
        ("Senator Joan Hart SC met President Mara Lindqvist.", "Joan Hart"),
    ],
)
def test_people_post_nominals_letters_after_a_name_are_left_out(sentence: str, name: str) -> None:
    assert name in {p.name for p in read(sentence, _DAY).people}


def test_people_post_nominals_a_short_last_name_stays_in_the_name() -> None:
    # A given name of two letters after the family name is a name, not letters after it.
    people = read("Foreign Minister Wang Yi met President Mara Lindqvist.", _DAY).people
    assert "Wang Yi" in {p.name for p in people}
