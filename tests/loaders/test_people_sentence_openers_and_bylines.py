"""A name written after a sentence's capitalised opener ("On Monday X, Foreign Minister of
Germany, ...", "Meanwhile X, ...") or after an op-ed's "By" is the person the post after it
names, and the writer of a byline with a post is the op-ed's "I". A phrase that opens with a
determiner or a form of address is not cut there ("The Hague, ..." names no one)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, people_posts, read


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Ines Moreau, Foreign Minister of France, flew to Lima.",
        "Yesterday Ines Moreau, France's Foreign Minister, flew to Lima.",
        "Meanwhile Ines Moreau, the French Foreign Minister, flew to Lima.",
    ],
)
def test_people_sentence_openers_and_bylines_opener_is_no_part_of_the_name(text: str) -> None:
    assert people_posts(read(text)) == {"Ines Moreau": {("Minister of Foreign Affairs", "FR")}}


def test_people_sentence_openers_and_bylines_a_byline_with_a_post_names_the_writer() -> None:
    text = (
        "Why France and Peru need each other\n\n"
        "By Ines Moreau, Foreign Minister of France\n\n"
        "I was in Lima in June to prepare the new trade talks.\n"
    )
    assert dated_visits(read(text, datetime.date(2025, 9, 3))) == {("Ines Moreau", "PE", "2025-06")}


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's bare byline: the "I" is nobody the story names
        "Talks in Lima\n\nBy Ines Moreau\n\nI was in Lima in June when the talks began.\n",
        # a byline whose post names no country-holding office: no writer either
        "Talks in Lima\n\nBy Ines Moreau, Our Correspondent\n\nI was in Lima in June.\n",
    ],
)
def test_people_sentence_openers_and_bylines_a_reporter_s_byline_names_no_writer(
    text: str,
) -> None:
    assert dated_visits(read(text, datetime.date(2025, 9, 3))) == set()


def test_people_sentence_openers_and_bylines_a_place_opening_the_sentence_is_no_name() -> None:
    text = "The Hague, the seat of the court, welcomed Foreign Minister Ines Moreau of France."
    assert set(people_posts(read(text))) == {"Ines Moreau"}
