"""A web page whose only full date stands in an element its markup names as the date
(``<div class="dateline">2024.09.03.</div>``), year first in figures or after a state outlet's
own era ("Oriel 113 (2024).09.03."), is dated by it; the dates of a related stories block are
not the page's, even when htmldate picks one of them."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from dkg.loaders import Document
from dkg.loaders.steps.read import read_documents

TITLE = "Premier receives Mongolian delegation"
STORY = (
    "<p>Tirana, September 3 (ATA) -- Prime Minister Edi Rama received a delegation led by "
    "Mongolian Deputy Prime Minister Amarsaikhan Sainbuyan on Tuesday.</p>"
    "<p>The two sides discussed cooperation in mining, tourism and education.</p>"
)
RELATED = (
    "<div class='related-stories'><h3>Related stories</h3>"
    "<div class='item'><a href='/a'>Premier meets Chilean envoy</a> "
    "<span class='date'>2024.08.21</span></div>"
    "<div class='item'><a href='/b'>Foreign Minister visits Ulaanbaatar</a> "
    "<span class='date'>2024.08.14</span></div></div>"
)
LINKED = (
    "<ul><li><a href='/a'>Premier meets Chilean envoy (2024.08.21)</a></li>"
    "<li><a href='/b'>Foreign Minister visits Ulaanbaatar (2024.08.14)</a></li></ul>"
)
TUESDAY = datetime.date(2024, 9, 3)


def _page(tmp_path: Path, top: str, after: str = RELATED) -> Document:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>{TITLE}</title></head><body>{top}"
        f"<div class='content'>{STORY}</div>{after}</body></html>",
        encoding="utf-8",
    )
    [document] = read_documents(path)
    assert isinstance(document, Document), document
    return document


@pytest.mark.parametrize(
    "stamp",
    ["2024.09.03.", "2024/09/03", "2024-09-03", "Oriel 113 (2024).09.03.", "Oriel113(2024).09.03"],
)
@pytest.mark.parametrize(
    "layout",
    [
        "<h1>{title}</h1><div class='dateline'>{stamp}</div>",
        "<div class='article-title'>{title}</div><div class='dateline'>{stamp}</div>",
        "<div class='head'><div class='article-title'>{title}</div></div>"
        "<p class='publish-time'>{stamp}</p>",
        "<header><h1>{title}</h1></header><div class='meta'><span class='date'>{stamp}</span>"
        "</div>",
    ],
)
def test_web_pages_date_elements_date_the_page(tmp_path: Path, layout: str, stamp: str) -> None:
    assert _page(tmp_path, layout.format(title=TITLE, stamp=stamp)).date == TUESDAY


@pytest.mark.parametrize("after", [RELATED, LINKED])
def test_web_pages_date_elements_related_story_dates_do_not_date_the_page(
    tmp_path: Path, after: str
) -> None:
    top = f"<div class='article-title'>{TITLE}</div>"
    assert _page(tmp_path, top, after).date is None


@pytest.mark.parametrize(
    "stamp",
    [
        # The era's own year is not the Gregorian one, a year must have four figures, and a
        # month 13 is no date.
        "Oriel 113.09.03.",
        "Oriel 113 (2024).13.03.",
        "Oriel 113 (24).09.03.",
    ],
)
def test_web_pages_date_elements_that_are_no_stamp(tmp_path: Path, stamp: str) -> None:
    top = f"<div class='article-title'>{TITLE}</div><div class='dateline'>{stamp}</div>"
    assert _page(tmp_path, top).date is None


def test_web_pages_date_elements_a_stated_date_wins_over_related_ones(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2024-09-03T08:00:00+02:00">'
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>{TITLE}</title>{head}</head><body>"
        f"<h1>{TITLE}</h1><div class='content'>{STORY}</div>{RELATED}</body></html>",
        encoding="utf-8",
    )
    [document] = read_documents(path)
    assert isinstance(document, Document)
    assert document.date == TUESDAY
