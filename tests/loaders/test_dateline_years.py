"""A dateline without a year takes the year of a full date the story tells close to its day,
so the story's weekdays fall on the real calendar."""

from __future__ import annotations

from dkg.loaders import Document
from dkg.loaders.pipeline import Pipeline
from dkg.loaders.steps.normalize import DateNormalizer
from dkg.loaders.steps.segment import Segmenter


def _read(text: str) -> Document:
    return Pipeline([Segmenter(), DateNormalizer()])(Document("t", "t", text))


def test_dateline_years_a_full_date_near_the_dateline_gives_it_its_year() -> None:
    document = _read(
        "QUITO, Oct. 4 - The foreign minister flew in on October 3-4, 2022, for a regional "
        "forum. He saw his host on Monday and left on Tuesday after a lunch."
    )
    assert document.filed is not None and document.filed.lexical == "2022-10-04"
    # 4 October 2022 was a Tuesday: "on Monday" is the day before it.
    assert [d.start.lexical for d in document.dates] == ["2022-10-03", "2022-10-03", "2022-10-04"]


def test_dateline_years_a_full_date_just_across_new_year_gives_the_next_year() -> None:
    document = _read(
        "SUVA, Jan. 1 \u2014\n\nIsland leaders ended talks that opened on December 30, 2021, "
        "with a pledge on fisheries."
    )
    assert document.filed is not None and document.filed.lexical == "2022-01-01"


def test_dateline_years_a_full_date_far_from_the_dateline_lends_no_year() -> None:
    document = _read(
        "QUITO, Oct. 4 - The foreign minister, who first came here on 12 March 2019, saw "
        "his host on Monday."
    )
    assert document.filed is not None and document.filed.lexical == "--10-04"
    # "on Monday" keeps the stand-in weekday reading, without a year.
    assert [d.start.lexical for d in document.dates] == ["2019-03-12", "--10-04"]
