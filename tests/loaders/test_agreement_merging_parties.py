"""A named document told again with its parties ("the Charter on X between A and B") is the
same document; two memoranda that differ only by their parties stay two."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DATE = datetime.date(2024, 9, 10)


def _counts(text: str) -> list[int | None]:
    document = PIPELINE(Document("t", "t", text, date=DATE))
    return [a.count for a in document.agreements]


def test_agreement_merging_a_title_told_again_with_its_parties_is_one_document() -> None:
    text = (
        "Peru and Norway sign a Charter on Energy Partnership\n\n"
        "The ministers signed a Charter on Energy Partnership between Peru and Norway in Lima "
        "on Tuesday."
    )
    assert _counts(text) == [1]


def test_agreement_merging_memoranda_between_different_parties_stay_two() -> None:
    text = (
        "The ministers witnessed the signing of a Memorandum of Understanding between the "
        "Peruvian Coast Guard and the Norwegian Coastal Administration. They also witnessed "
        "the signing of a Memorandum of Understanding between the Peruvian Ministry of "
        "Agriculture and the Norwegian Seafood Council."
    )
    assert _counts(text) == [1, 1]
