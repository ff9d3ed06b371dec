"""People named only in a heading set in capitals: a court circular's sovereign."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()

CIRCULAR = (
    "COURT CIRCULAR\n\n"
    "STATE VISIT TO THE KINGDOM OF THAILAND BY HIS MAJESTY KING PHILIPPE AND HER MAJESTY "
    "QUEEN MATHILDE, 12th TO 14th MARCH 2024\n\n"
    "GRAND PALACE, BANGKOK\n12th March 2024\n\n"
    "The King and The Queen this morning were received by the Prime Minister of Thailand "
    "(Mr Srettha Thavisin), and His Majesty and the Prime Minister subsequently held talks.\n"
)


def _run(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 12)))


def test_capital_headings_name_the_king_the_circular_goes_on_about() -> None:
    document = _run(CIRCULAR)
    names = {p.key: p.name for p in document.people}
    assert "Philippe" in names.values()
    talks = [{names[k] for k in m.participants} for m in document.meetings]
    assert any({"Philippe", "Srettha Thavisin"} <= t for t in talks)


def test_capital_headings_do_not_make_a_verb_a_name() -> None:
    # "THE PRESIDENT ARRIVED" in title case would read "President Arrived".
    text = (
        "THE PRESIDENT ARRIVED IN CHILE ON HIS FIRST TRIP ABROAD\n\n"
        "President Javier Milei arrived in Santiago on Monday for talks with President "
        "Gabriel Boric.\n"
    )
    names = {p.name for p in _run(text).people}
    assert names == {"Javier Milei", "Gabriel Boric"}


def test_capital_headings_drop_a_name_run_on_into_the_headline() -> None:
    # Title case makes "Lula Receives Prime Minister Sanchez" look like one long name.
    text = (
        "PRESIDENT LULA RECEIVES PRIME MINISTER SANCHEZ IN BRASILIA\n\n"
        "President Lula and Prime Minister Pedro Sanchez discussed trade on Monday.\n"
    )
    names = {p.name for p in _run(text).people}
    assert not any("Receives" in name for name in names)
    assert "Pedro Sanchez" in names
