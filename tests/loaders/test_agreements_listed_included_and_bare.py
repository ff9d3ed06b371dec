"""Documents a list names with Markdown's "+" or no marker under a lead-in, documents a
package's next sentence names after "They included", and "the agreement" named again, which
is no new document."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_TALKS = "Prime Minister Okoro held talks with Prime Minister Lind in Abuja on Monday. "


def _agreements(text: str) -> list[tuple[int | None, str | None]]:
    return [(a.count, a.title) for a in read(text, datetime.date(2025, 6, 4)).agreements]


@pytest.mark.parametrize("marker", ["+ ", ""])
def test_agreements_listed_items_with_plus_or_no_marker(marker: str) -> None:
    text = (
        f"{_TALKS}\n\nFive instruments were signed during the visit, including the following:\n\n"
        f"{marker}Memorandum of Understanding on the Feasibility Study of the Lagos-Oslo Route\n"
        f"{marker}Exchange of Letters on the Handover of the Teaching Hospital\n"
        f"{marker}Memorandum of Understanding on Cooperation in Fisheries Research\n\n"
        "A Memorandum of Understanding on health was also discussed.\n"
    )
    assert _agreements(text) == [
        (5, None),
        (1, "Memorandum of Understanding on the Feasibility Study of the Lagos-Oslo Route"),
        (1, "Exchange of Letters on the Handover of the Teaching Hospital"),
        (1, "Memorandum of Understanding on Cooperation in Fisheries Research"),
    ]


def test_agreements_they_included_names_the_parts() -> None:
    text = (
        f"{_TALKS}The two leaders then witnessed the signing of six documents. They included a "
        "memorandum of understanding on cooperation in the field of space research, and a "
        "strategic framework agreement between Equinor and NNPC on gas projects."
    )
    assert _agreements(text) == [
        (6, None),
        (1, "memorandum of understanding on cooperation in the field of space research"),
        (1, "strategic framework agreement between Equinor and NNPC on gas projects"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "They included talks on a free trade agreement.",
        "They included a review of the free trade agreement.",
    ],
)
def test_agreements_they_included_no_document_names_none(sentence: str) -> None:
    text = f"{_TALKS}The two leaders then witnessed the signing of six documents. {sentence}"
    assert _agreements(text) == [(6, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders signed a joint communique, and our officials will now work on the "
        "legally binding agreement.",
        "The leaders agreed to conclude the agreement by June.",
        "The agreement, once it enters into force, will be signed by the ministers.",
    ],
)
def test_agreements_the_bare_agreement_is_no_new_document(sentence: str) -> None:
    assert all(
        title != "agreement" and "binding" not in (title or "")
        for _, title in _agreements(_TALKS + sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The two sides signed an agreement on Monday.", "agreement"),
        ("The ministers signed the free trade agreement on Monday.", "free trade agreement"),
        ("The ministers signed the agreement on fisheries on Monday.", "agreement on fisheries"),
    ],
)
def test_agreements_a_new_or_topical_agreement_stays(sentence: str, title: str) -> None:
    assert _agreements(_TALKS + sentence) == [(1, title)]
