"""First-person visits told in op-eds and interviews: the writer named in a closing note ("The
author is X, ...") or on a heading line with the post's country ("X, Foreign Minister of
Germany"), the guest of an interview labelled in full once and by surname after, and a "we"
that travels (the writer goes along). A "we" that does not travel, or one in someone else's
quoted words, names no one."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read


def _visits(text: str) -> set[tuple[str, str, str | None]]:
    return dated_visits(read(text, datetime.date(2025, 9, 3)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Partners across the Pacific\n\n"
            "When I visited Hanoi last year, I saw how quickly our trade is growing.\n\n"
            "The author is Penny Wong, Australia's Minister for Foreign Affairs.\n",
            {("Penny Wong", "VN", "2024")},
        ),
        (
            "Europe and South America\n\n"
            "Annalena Baerbock, Foreign Minister of Germany\n\n"
            "I was in Brasilia in June to prepare the next government consultations.\n",
            {("Annalena Baerbock", "BR", "2025-06")},
        ),
        (
            "A neighbourhood policy\n\n"
            "We travelled to Lima in March and came home with a new fisheries plan.\n\n"
            "Alberto van Klaveren, Foreign Minister of Chile\n",
            {("Alberto van Klaveren", "PE", "2025-03")},
        ),
        (
            "Chile's foreign minister on the Andes\n\n"
            "Foreign Minister Alberto van Klaveren: I was in La Paz in April for lithium.\n\n"
            "Q: And after that?\n\n"
            "Van Klaveren: We flew to Quito in May for the Andean meeting.\n",
            {("Alberto van Klaveren", "BO", "2025-04"), ("Alberto van Klaveren", "EC", "2025-05")},
        ),
    ],
)
def test_first_person_notes_and_turns_give_the_writer_s_visits(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert _visits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "we" is the government: it exports, it does not travel
        "Our ties with Peru\n\nWe export copper to Lima and we agreed in March to do more.\n\n"
        "Alberto van Klaveren, Foreign Minister of Chile\n",
        # "we" in someone else's quoted words
        "Our ties with Peru\n\n"
        'The growers said: "We went to Lima in March to sell our grapes."\n\n'
        "Alberto van Klaveren, Foreign Minister of Chile\n",
        # a closing line that is a sentence of the story, not a note on the writer
        "Our ties with Peru\n\nWe travelled to Lima in March.\n\n"
        "The author of the plan, Alberto van Klaveren, Foreign Minister of Chile, was absent.\n",
        # a journalist's question in an interview
        "Chile's foreign minister\n\nForeign Minister Alberto van Klaveren: Thank you.\n\n"
        "Q: I was in Lima in March; did you go too?\n\nVan Klaveren: No.\n",
    ],
)
def test_first_person_notes_and_turns_other_voices_make_no_visit(text: str) -> None:
    assert _visits(text) == set()
