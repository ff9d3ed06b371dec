"""The items under a page's "Related links" heading are other stories' titles: no source of a
visit, nor of its date."""

from __future__ import annotations

import datetime

from dkg.loaders.steps.segment import split_sentences
from tests.loaders.reading import dated_visits, read

_FILED = datetime.date(2025, 10, 4)
_STORY = (
    "Prime Minister Mark Olsen of Canada arrived in Lima yesterday evening for an official "
    "visit, his office said.\n\n"
)


def test_link_lists_item_date_is_not_the_visit_s() -> None:
    text = (
        _STORY + "Associated Links\n"
        "- Prime Minister Mark Olsen to travel to Peru (October 1, 2025)\n"
        "- Prime Minister meets business leaders (September 30, 2025)\n"
    )
    assert dated_visits(read(text, _FILED)) == {("Mark Olsen", "PE", "2025-10-03")}


def test_link_lists_items_under_the_heading_are_boilerplate() -> None:
    text = _STORY + "Related news:\n- Canada and Peru sign a trade pact (May 2, 2025)\n"
    assert [s.boilerplate for s in split_sentences(text)][-2:] == [True, True]


def test_link_lists_list_of_the_story_itself_is_read() -> None:
    text = (
        _STORY + "The two sides agreed on the following:\n"
        "- Canada will open a trade office in Lima.\n"
    )
    assert not any(s.boilerplate for s in split_sentences(text))


def test_link_lists_text_after_the_list_is_read_again() -> None:
    text = (
        "Related\n- Canada and Peru sign a trade pact (May 2, 2025)\n"
        "Prime Minister Mark Olsen said trade would grow."
    )
    assert [s.boilerplate for s in split_sentences(text)] == [True, True, False]
