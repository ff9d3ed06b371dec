"""Two who signed a document with each other met: "X signed the accord with Y during his visit
to Seoul in May 2015" is a meeting of X and Y, dated as the signing (issue 4); a document
signed with a country or a company, or by ministers at their leaders' talks, is none."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 6, 2)


def test_meetings_signed_with_background_signing() -> None:
    text = (
        "President Gabriel Boric met President Lula da Silva in Brasilia on Monday. They"
        " reviewed the energy accord that then-president Michelle Bachelet signed with President"
        " Dilma Rousseff during her visit to Brasilia in June 2015."
    )
    assert (["Dilma Rousseff", "Michelle Bachelet"], "2015-06") in dated_meetings(read(text, FILED))


def test_meetings_signed_with_today() -> None:
    text = (
        "President Gabriel Boric signed a lithium accord with President Luis Arce in La Paz"
        " on Friday."
    )
    assert dated_meetings(read(text, FILED)) == [(["Gabriel Boric", "Luis Arce"], "2025-05-30")]


@pytest.mark.parametrize(
    "sentence",
    [
        # Counter-examples: signed with a country or a company, or ministers' signatures.
        "President Gabriel Boric signed a lithium accord with Bolivia on Friday.",
        "President Gabriel Boric signed a supply contract with Codelco on Friday.",
        "The texts were signed by Foreign Minister Alberto van Klaveren and his Bolivian"
        " counterpart, Celinda Sosa.",
    ],
)
def test_meetings_signed_with_no_one_to_meet(sentence: str) -> None:
    assert dated_meetings(read(sentence, FILED)) == []
