"""A signing told as the signatures put to a document ("he and his counterpart put their
signatures to a Treaty on ...") signs it, as "signed" does; the signatures of a petition sign
nothing."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2024, 4, 19)
_OPENING = "President Ana Ruiz of Chile arrived in Lima on April 18 on a state visit. "


def _agreements(text: str) -> set[tuple[str, str]]:
    return {(a.title, a.status.value) for a in read(_OPENING + text, _DAY).agreements}


def test_putting_their_signatures_to_a_named_treaty_signs_it() -> None:
    text = (
        "By the evening she and her counterpart had put their signatures to a Treaty on Good "
        "Neighbourliness."
    )
    assert _agreements(text) == {("Treaty on Good Neighbourliness", "signed")}


def test_affixing_a_signature_on_an_agreement_signs_it() -> None:
    text = "The two ministers then affixed their signatures on an Agreement on Visa Exemption."
    assert _agreements(text) == {("Agreement on Visa Exemption", "signed")}


def test_signatures_on_a_petition_sign_no_agreement() -> None:
    """Counter-example: a petition's signatures are no signing of the document it opposes."""
    text = (
        "More than 10,000 signatures on a petition against the Agreement on Fisheries were "
        "handed in."
    )
    assert _agreements(text) == set()
