"""Letters after a name for a seat in a legislature or an honour ("Leo Varadkar TD", "X MSP")
are no part of the name: the surname is what scorers and readers match."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

_DAY = datetime.date(2023, 3, 17)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Taoiseach, Ciaran Doyle TD, met President Mara Lindqvist.", "Ciaran Doyle"),
        ("First Minister Eilidh Ross MSP met President Mara Lindqvist.", "Eilidh Ross"),
        ("Premier Luc Tremblay MNA met President Mara Lindqvist.", "Luc Tremblay"),
        ("Senator Joan Hart SC met President Mara Lindqvist.", "Joan Hart"),
        ("Former Taoiseach Brendan Keane T.D. met President Mara Lindqvist.", "Brendan Keane"),
        ("Ambassador Rachel Oduya CMG met President Mara Lindqvist.", "Rachel Oduya"),
        ("Governor-General Tane Parata GNZM met President Mara Lindqvist.", "Tane Parata"),
        ("Chief Justice Ngozi Eze GCON met President Mara Lindqvist.", "Ngozi Eze"),
        ("Professor Ines Walde Ph.D. met President Mara Lindqvist.", "Ines Walde"),
        ("Minister Omar Farouk PhD met President Mara Lindqvist.", "Omar Farouk"),
    ],
)
def test_people_post_nominals_letters_after_a_name_are_left_out(sentence: str, name: str) -> None:
    assert name in {p.name for p in read(sentence, _DAY).people}


def test_people_post_nominals_a_short_last_name_stays_in_the_name() -> None:
    # A given name of two letters after the family name is a name, not letters after it.
    people = read("Foreign Minister Wang Yi met President Mara Lindqvist.", _DAY).people
    assert "Wang Yi" in {p.name for p in people}


def test_people_post_nominals_dotted_letters_keep_the_visit() -> None:
    """The visit of a member written with dotted letters is the member's, under the name."""
    text = "Former Taoiseach Brendan Keane T.D. arrived in Lima for a visit to Peru."
    assert visits(read(text, _DAY)) == {("Brendan Keane", "PE")}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A family name that is also a degree's letters in capitals, but not written so.
        ("Commerce Minister Wen Ma met President Mara Lindqvist.", "Wen Ma"),
        # Initials before a family name are the name's own.
        ("Senator Joan P. Hart met President Mara Lindqvist.", "Joan P. Hart"),
        # A number after the name is part of it.
        ("President Ferdinand Duterte III met President Mara Lindqvist.", "Ferdinand Duterte III"),
    ],
)
def test_people_post_nominals_name_words_are_kept(sentence: str, name: str) -> None:
    """Counter-examples: words of the name itself are not cut as letters after it."""
    assert name in {p.name for p in read(sentence, _DAY).people}
