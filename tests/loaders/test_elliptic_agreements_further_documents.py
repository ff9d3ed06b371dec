"""A document named in full and then "a second one on ..." or "another on ...": two documents
of one kind, the head noun written once."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

FILED = datetime.date(2024, 3, 6)


def _titles(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(a.kind.value, a.title, a.count) for a in read(text, FILED).agreements]


def test_elliptic_agreements_further_documents_a_second_one() -> None:
    text = (
        "Foreign Minister Ngozi Okafor and her Chilean counterpart Alberto van Klaveren later "
        "signed a memorandum of understanding establishing a joint commission and a second "
        "one on cooperation in tourism and sport."
    )
    assert _titles(text) == [
        ("memorandum", "memorandum of understanding establishing a joint commission", 1),
        ("memorandum", "memorandum of understanding on cooperation in tourism and sport", 1),
    ]


def test_elliptic_agreements_further_documents_another_on() -> None:
    text = "The ministers signed an agreement on road transport and another on ports."
    assert _titles(text) == [
        ("agreement", "agreement on road transport", 1),
        ("agreement", "agreement on ports", 1),
    ]


def test_elliptic_agreements_further_documents_not_another_thing() -> None:
    text = "The ministers signed a memorandum on health, and another one is expected next year."
    assert _titles(text) == [("memorandum", "memorandum on health", 1)]
    text = "The ministers signed an agreement on trade and another meeting on ports was held."
    assert _titles(text) == [("agreement", "agreement on trade", 1)]
