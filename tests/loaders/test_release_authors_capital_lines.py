"""A text whose first line is written all in capitals and is no name line ("AMARA DIALLO MET
PRESIDENT ... ON 3 MAY 2025.") is read in well under a second: the heading-author scan took
minutes to fail on such a line, stalling the whole ingest."""

from __future__ import annotations

import time

from tests.loaders.reading import read


def test_release_authors_capital_lines_read_fast() -> None:
    text = "AMARA DIALLO MET PRESIDENT TOMAS REYES IN DAKAR ON 3 MAY 2025.\n\nThey spoke."
    read("Warm-up.")  # the first read compiles the lazy patterns
    started = time.process_time()
    read(text)
    assert time.process_time() - started < 5


def test_release_authors_capital_lines_still_name_the_author() -> None:
    """Counter-example: a heading line of capitalised words still names the author."""
    text = (
        "MEDIA RELEASE\nThe Hon Rosa Vidal MP\nMinister for Trade\n\n"
        "Today I arrived in Tokyo on my first visit to Japan.\n"
    )
    names = {p.name for p in read(text).people}
    assert "Rosa Vidal" in names
