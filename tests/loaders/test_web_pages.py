"""Saved news web pages: the story's text without the page around it, dated by the page itself."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.read import read_documents

PIPELINE = default_pipeline()

STORY = (
    "<p>Prime Minister Mark Carney received President Alexander Stubb of Finland in Ottawa on "
    "Tuesday for talks on Arctic security, icebreakers and critical minerals.</p>"
    "<p>The two leaders discussed shipbuilding, research on northern shipping routes and the "
    "training of crews, and asked their ministers to report back within a year.</p>"
    "<p>Stubb, who is on a working visit to Canada, also addressed students at a university "
    "in the capital and met business leaders from the mining industry.</p>"
)
RELATED = (
    "<aside><h3>Related stories</h3><ul>"
    "<li><a href='/a'>Prime Minister Carney visits Mexico City for trade talks</a> "
    "<span>12 March 2021</span></li>"
    "<li><a href='/b'>Finnish president opens a forum in Helsinki</a> "
    "<span>3 February 2021</span></li>"
    "</ul></aside>"
)


def _page(
    tmp_path: Path, head: str, article: str, after: str = "", title: str = "Carney and Stubb meet"
) -> Document:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>{title}</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<main><article>{article}</article>{after}</main>"
        "<footer>All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    [document] = read_documents(path)
    assert isinstance(document, Document), document
    return document


def test_web_pages_a_related_story_date_does_not_date_the_page(tmp_path: Path) -> None:
    undated = _page(tmp_path, "", STORY + RELATED)
    assert undated.date is None
    stamped = '<meta property="article:published_time" content="2025-06-17T09:30:00+00:00">'
    assert _page(tmp_path, stamped, STORY + RELATED).date == datetime.date(2025, 6, 17)
    in_byline = (
        "<p class='byline'>By a staff writer, <time datetime='2025-06-17'>17 June</time></p>"
    )
    assert _page(tmp_path, "", in_byline + STORY).date == datetime.date(2025, 6, 17)
    linked_data = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-06-17T10:00:00+02:00", "dateModified": "2025-06-19"}</script>'
    )
    assert _page(tmp_path, linked_data, STORY + RELATED).date == datetime.date(2025, 6, 17)


def test_web_pages_related_stories_give_no_visits(tmp_path: Path) -> None:
    listed = RELATED.replace("<aside>", "").replace("</aside>", "")
    document = PIPELINE(_page(tmp_path, "", STORY + listed))
    assert "Mexico" not in document.text
    assert {v.host_country for v in document.visits} == {"CA"}


def test_web_pages_a_list_under_a_story_heading_stays(tmp_path: Path) -> None:
    signed = "<h2>Documents signed</h2><ul><li>Memorandum on polar research</li></ul>"
    document = _page(tmp_path, "", STORY + signed)
    assert "Memorandum on polar research" in document.text


def test_web_pages_a_title_case_headline_names_no_one(tmp_path: Path) -> None:
    headline = "<h1>Prime Minister Carney Hosts Finnish President Stubb In Ottawa</h1>"
    document = PIPELINE(_page(tmp_path, "", headline + STORY))
    assert document.title is not None and "Hosts" in document.title
    assert "Hosts" not in document.text
    assert all("Hosts" not in person.name for person in document.people)
    assert {person.name for person in document.people} >= {"Mark Carney", "Alexander Stubb"}


def test_web_pages_a_heading_inside_the_story_stays(tmp_path: Path) -> None:
    inside = STORY + "<h2>Icebreakers First</h2><p>Both sides want new ships by 2030.</p>"
    assert "Icebreakers First" in _page(tmp_path, "", inside).text


def test_web_pages_breadcrumbs_and_kickers_are_cut(tmp_path: Path) -> None:
    top = "<p>Home \u203a World \u203a Americas</p><p>Americas \u00b7 Diplomacy</p>"
    document = _page(tmp_path, "", top + STORY)
    assert "Home" not in document.text and "Diplomacy" not in document.text
    dated = "<p>Politics \u00b7 17 June 2025 \u00b7 4 min read</p>"
    assert "17 June 2025" in _page(tmp_path, "", dated + STORY).text


def test_web_pages_pointers_and_credits_amid_the_story_are_cut(tmp_path: Path) -> None:
    amid = (
        "<p>READ ALSO: Carney travels to Mexico City for trade talks</p>"
        "<p><strong>Related:</strong> <a href='/c'>Stubb arrives in Tokyo</a></p>"
        "<p>Photo: Lea Martin/Northern Agency</p><p>Tags: Arctic, Finland</p>"
        "<p>Photographs of the talks were released by the Prime Minister's Office.</p>"
    )
    document = PIPELINE(_page(tmp_path, "", STORY + amid))
    assert "Mexico" not in document.text and "Tokyo" not in document.text
    assert "Lea Martin" not in document.text and "Tags" not in document.text
    assert "Photographs of the talks were released" in document.text
    assert {v.host_country for v in document.visits} == {"CA"}


def test_web_pages_a_month_alone_does_not_date_the_page(tmp_path: Path) -> None:
    # htmldate completes "2025-06" with a day of its own (today's, or the 1st).
    dateline = "<p>OTTAWA, June 17, 2025 (Northern Wire) - The leaders met for an hour.</p>"
    meta = '<meta property="article:published_time" content="2025-06">'
    assert _page(tmp_path, meta, dateline + STORY).date == datetime.date(2025, 6, 17)
    assert _page(tmp_path, meta, STORY).date is None
    in_title = _page(tmp_path, "", STORY, title="Carney and Stubb meet 2025-06")
    assert in_title.date is None


def test_web_pages_a_dated_masthead_above_the_story_stays(tmp_path: Path) -> None:
    masthead = "<h2>THE NORTHERN DAILY | Ottawa | Tuesday, 17 June 2025</h2>"
    document = _page(tmp_path, "", masthead + STORY)
    assert "THE NORTHERN DAILY" in document.text
    assert document.date == datetime.date(2025, 6, 17)


def test_web_pages_a_stamp_under_the_headline_outside_the_story_dates_it(
    tmp_path: Path,
) -> None:
    for stamp in (
        "<div class='meta'>June 17, 2025 | 09:15 (GMT-4)</div>",
        "<time>17 June 2025 - 09:15</time>",
        "<div><span>By Ana Lima</span><span>Posted on 17/06/2025</span></div>",
    ):
        path = tmp_path / "stamped.html"
        path.write_text(
            "<html><head><title>Carney and Stubb meet</title></head><body>"
            f"<header><h1>Carney and Stubb meet</h1>{stamp}</header>"
            f"<main><article>{STORY}</article></main></body></html>",
            encoding="utf-8",
        )
        [document] = read_documents(path)
        assert isinstance(document, Document), document
        assert document.date == datetime.date(2025, 6, 17), stamp


def test_web_pages_a_related_story_date_under_the_headline_does_not_date_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "listed.html"
    path.write_text(
        "<html><head><title>Carney and Stubb meet</title></head><body>"
        "<header><h1>Carney and Stubb meet</h1><ul><li>Carney in Mexico</li>"
        "<li>12 March 2021</li></ul></header>"
        f"<main><article>{STORY}</article></main></body></html>",
        encoding="utf-8",
    )
    [document] = read_documents(path)
    assert isinstance(document, Document), document
    assert document.date is None
    [given] = read_documents(path, default_date=datetime.date(2025, 6, 17))
    assert isinstance(given, Document), given
    assert given.date == datetime.date(2025, 6, 17)


_STAMPED_STORY = (
    "<p>Tokyo, March 7 /Wire/ - Foreign Minister Aino Virtanen of Finland, on an official "
    "visit to Japan, met her Japanese counterpart Kenji Sato on Thursday.</p>"
    "<p>The two ministers discussed research on hydrogen and the training of engineers.</p>"
)


@pytest.mark.parametrize(
    "layout",
    [
        # Under the headline, on a line of its own.
        "<h1>Virtanen in Tokyo</h1><div class='meta'>Published: 07-03-2023 14:32 | "
        "Updated: 07-03-2023 16:05</div><div>{story}</div>",
        # In a block that holds the story too.
        "<h1>Virtanen in Tokyo</h1><div class='wrap'><div class='meta'><span>Published: "
        "07-03-2023 14:32</span></div><div>{story}</div></div>",
        # Above the headline, the label apart from the date.
        "<div class='meta'><strong>Published:</strong> 07-03-2023 14:32</div>"
        "<h1>Virtanen in Tokyo</h1><div>{story}</div>",
    ],
)
def test_web_pages_a_labelled_stamp_in_figures_dates_the_page(tmp_path: Path, layout: str) -> None:
    document = _page(tmp_path, "", layout.format(story=_STAMPED_STORY), title="Virtanen in Tokyo")
    assert document.date == datetime.date(2023, 3, 7)
    visits = {
        (v.host_country, v.start.lexical if v.start else None) for v in PIPELINE(document).visits
    }
    assert visits == {("JP", "2023-03-02")}


def test_web_pages_a_labelled_stamp_of_a_related_story_does_not_date_the_page(
    tmp_path: Path,
) -> None:
    related = (
        "<aside><h3>Related stories</h3><ul><li><a href='/a'>Virtanen visits Seoul</a> "
        "<span>Published: 02-03-2023</span></li></ul></aside>"
    )
    told = "<p>Published: the ministry's plan for hydrogen research, in full.</p>"
    document = _page(
        tmp_path,
        "",
        f"<h1>Virtanen in Tokyo</h1>{told}{_STAMPED_STORY}",
        after=related,
        title="Virtanen in Tokyo",
    )
    assert document.date is None
    assert "Seoul" not in document.text
