"""Reading a saved news web page: the story's own text and the date the page states for itself.

trafilatura finds the article in the page, but what it keeps around the story still reads like
news to the extractor: the headline (often in Title Case, so its words pass for a name), a
breadcrumb trail or a kicker ("Africa · Diplomacy"), and lists of related stories whose titles
name other visits on other dates. Those are cut here, on the structure trafilatura returns, so
that only the story's paragraphs, lists and quotes reach the pipeline.

The page's date comes only from what the page states about itself (its metadata, a ``<time>``
element, JSON-LD, a dated element near the title), never from the first date found anywhere in
the page: a related story's date is not the page's, and a wrong date would place every "on
Tuesday" of the story in the wrong week. For the same reason a date the page never writes out in
full is not taken (page_dates.py).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]  # trafilatura returns lxml trees; lxml ships no stubs

from dkg.loaders.document import Document
from dkg.loaders.graph import DocumentError
from dkg.loaders.steps.page_dates import stated_in_full
from dkg.loaders.steps.read import iso_date, make_document

_LINK_CUES = (
    r"related\b|read\s+(?:also|more|next)\b|see\s+also\b|also\s+read\b"
    r"|more\s+(?:from|on|in|news|stories|articles)\b|recommended\b|most\s+(?:read|popular|viewed)\b"
    r"|popular\b|trending\b|latest\b|recent\s+(?:news|posts|stories|articles)\b"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested)\b|further\s+reading\b"
    r"|tags?\b|topics?\b|explore\s+the\s+topic\b|other\s+(?:news|stories)\b"
)
LINK_LIST_HEADING = re.compile(rf"\A\W*(?:{_LINK_CUES})", re.IGNORECASE)
"""How news sites head a list of links to other pages: related stories, most read, tags."""
_POINTER = re.compile(rf"\A\W*(?:{_LINK_CUES})(?:\s+[\w'\u2019-]+){{0,2}}\s*:", re.IGNORECASE)
"""A paragraph that points to another page ("READ ALSO: ...", "Tags: ...") amid the story."""
_CREDIT = re.compile(
    r"\A\W*(?:photo(?:graph)?s?|images?|pictures?|credits?|video|file\s+photo)\b[^:]{0,20}:",
    re.IGNORECASE,
)
"""A credit line under a picture ("Photo: Ana Lima/Agency"): it names no one who acts."""
_NAVIGATION_SEPARATOR = re.compile(r"\s*[\u203a\u00bb|\u00b7\u2022]\s*")
"""The marks between the parts of a breadcrumb trail, a kicker or a row of page tools."""
_NAVIGATION_PART_WORDS = 6
"""At most this many words in each part of a navigation line: it names sections, not events."""
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*\Z")
_STORY_ELEMENTS = frozenset({"p", "list", "quote", "table"})


def page_document(path: Path, html: str, default_date: datetime.date | None) -> Document:
    """The story of a saved web page as a Document, dated by what the page says about itself.

    Raises:
        DocumentError: trafilatura finds no article text in the page.
    """
    import trafilatura
    from trafilatura.settings import Document as Extraction
    from trafilatura.settings import set_date_params
    from trafilatura.xml import xmltotxt

    found = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params=set_date_params(extensive=False),
    )
    body = found.body if isinstance(found, Extraction) else None
    if not isinstance(found, Extraction) or body is None:
        raise DocumentError(str(path), "found no article text in this HTML page")
    cut_page_furniture(body)
    text = xmltotxt(body, include_formatting=False)
    if not text.strip():
        raise DocumentError(str(path), "found no article text in this HTML page")
    stated = stated_in_full(own_markup(html), iso_date(found.date) if found.date else None)
    if stated is None and default_date is None:
        stated = headline_stamp_date(html, text)
    return make_document(
        path.stem,
        str(path),
        text,
        date=stated,
        default_date=default_date,
        url=found.url,
        title=found.title,
    )


_STAMP_SIBLINGS = 4
"""How many elements after the headline may hold its date line: a kicker, a byline, the stamp."""
_LINK_ELEMENTS = frozenset({"nav", "aside", "ul", "ol", "footer", "form"})
"""Where a page lists other pages: menus, sidebars, lists of related stories, footers."""


def headline_stamp_date(html: str, story: str) -> datetime.date | None:
    """The date of a stamp line printed right under the page's headline ("March 3, 2024 |
    09:15 (GMT+7)" in a ``<div>`` or ``<time>`` of its own), which trafilatura drops with the
    headline when it is outside the story's text: the only full date such a page gives.

    Only the first few elements beside the ``<h1>`` are read, and only a line that is nothing
    but a date counts, so a date in the story or in a list of related stories never dates it.
    """
    from lxml import html as lxml_html

    from dkg.loaders.steps.timestamp_lines import top_stamp_date

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    headline = next(iter(root.iter("h1")), None)
    if headline is None:
        return labelled_stamp_date(root, story) or classed_stamp_date(root, story)
    lines: list[str] = []
    for element in headline.itersiblings():
        if not isinstance(element.tag, str) or element.tag in _LINK_ELEMENTS:
            continue  # a comment, or a menu or list of other stories and their dates
        lines.extend(
            " ".join("".join(part.itertext()).split())
            for part in (element, *element.iterchildren())
            if isinstance(part.tag, str)
        )
        if len(lines) >= _STAMP_SIBLINGS:
            break
    return (
        top_stamp_date([line for line in lines if line], story)
        or labelled_stamp_date(root, story)
        or classed_stamp_date(root, story)
    )


_STAMP_LABEL = re.compile(r"\s*(?:published|posted|(?:last\s+)?updated)\b", re.IGNORECASE)
"""The label a page puts before its own date: "Published: 07-03-2023 14:32"."""
_STAMP_LINE = 160
"""A labelled line this long is a sentence of a story, not a stamp."""


def labelled_stamp_date(root: etree._Element, story: str) -> datetime.date | None:
    """The date of the first line the page labels as its publication stamp ("Published:
    07-03-2023 14:32 | Updated: 07-03-2023 16:05"), wherever the page's layout puts it: above
    the headline, or in a block that holds the story too.

    The label says the date is the page's own; a line in a menu or a list of other stories
    (which may label their dates the same way) is not read, and the line must be nothing but
    the stamp, so a sentence that says when something was published dates nothing.
    """
    from dkg.loaders.steps.timestamp_lines import stamp_date

    for element in root.iter():
        if not isinstance(element.tag, str) or not _STAMP_LABEL.match(element.text or ""):
            continue
        if any(isinstance(a.tag, str) and a.tag in _LINK_ELEMENTS for a in element.iterancestors()):
            continue
        # The label may stand in an element of its own beside the date: read the line around it.
        for holder in (element, element.getparent()):
            line = " ".join("".join(holder.itertext()).split()) if holder is not None else ""
            if _STAMP_LABEL.match(line) and len(line) < _STAMP_LINE:
                found = stamp_date(line, story)
                if found is not None:
                    return found
    return None


_DATE_CLASS = re.compile(r"date|time|publish|posted", re.IGNORECASE)
"""What a page's markup calls the element of its date: ``class="dateline"``, ``"post-date"``,
``"publish-time"``, ``id="article-datetime"``."""
_LINK_BLOCK = re.compile(
    r"related|recommend|popular|most[-_]?read|latest|more[-_]?news|other[-_]?news|trending"
    r"|sidebar|widget",
    re.IGNORECASE,
)
"""What a page's markup calls a block of links to other pages, whose items carry their dates."""


def classed_stamp_date(root: etree._Element, story: str) -> datetime.date | None:
    """The date of the first element the page's markup names as a date and that holds nothing
    but a stamp (``<div class="dateline">2023.05.14.</div>``): a page that prints its date
    neither beside its headline nor with a label has it there. Elements in a menu, a list or
    a block of links to other stories, which date those stories, are passed over.
    """
    from dkg.loaders.steps.timestamp_lines import stamp_date

    for element in root.iter():
        if not isinstance(element.tag, str) or not _DATE_CLASS.search(_markup_name(element)):
            continue
        if any(_links_other_pages(a) for a in element.iterancestors()):
            continue
        line = " ".join("".join(element.itertext()).split())
        found = stamp_date(line, story) if line and len(line) < _STAMP_LINE else None
        if found is not None:
            return found
    return None


def _markup_name(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _links_other_pages(element: etree._Element) -> bool:
    """Whether an element is a menu, a list, or a block its markup names as links to other
    pages."""
    if not isinstance(element.tag, str):
        return False
    return element.tag in _LINK_ELEMENTS or bool(_LINK_BLOCK.search(_markup_name(element)))


def own_markup(html: str) -> str:
    """The page's markup without its menus, sidebars, footers, lists of links and the blocks
    its markup names as links to other pages: htmldate may take its date from a related
    story's item ("Premier meets envoy 2023.05.02"), and such a date is then written in full
    only there."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    for element in [e for e in root.iter() if _lists_other_pages(e)]:
        if element.getparent() is not None:
            element.drop_tree()
    return str(etree.tostring(root, encoding="unicode"))


def _lists_other_pages(element: etree._Element) -> bool:
    """Whether an element lists other pages: a menu, sidebar or footer, a block its markup
    names so, or a list whose every item is a link."""
    if not isinstance(element.tag, str):
        return False
    if element.tag in ("ul", "ol"):
        items = [item for item in element if item.tag == "li"]
        return bool(items) and all(next(item.iter("a"), None) is not None for item in items)
    return element.tag in _OTHER_PAGES or bool(_LINK_BLOCK.search(_markup_name(element)))


_OTHER_PAGES = frozenset({"nav", "aside", "footer"})


def cut_page_furniture(body: etree._Element) -> None:
    """Remove, in place, what trafilatura kept around the story: the headline above it,
    navigation and credit lines, pointers to other pages, and each section of links to other
    pages with its heading."""
    children = list(body)
    headline = _headline(children)
    in_link_list = False
    for element in children:
        text = " ".join("".join(element.itertext()).split())
        if element.tag == "head":
            in_link_list = bool(LINK_LIST_HEADING.match(text))
        if element is headline or in_link_list or _is_aside(element, text):
            body.remove(element)


def _headline(children: list[etree._Element]) -> etree._Element | None:
    """The heading above the story's first sentence: the headline, which the story retells
    and whose Title Case turns words into names."""
    for element in children:
        if element.tag == "head":
            # A top line with a year is a masthead or stamp that may date the story: it stays.
            return None if _YEAR.search("".join(element.itertext())) else element
        if element.tag in _STORY_ELEMENTS and _SENTENCE_END.search("".join(element.itertext())):
            return None
    return None


def _is_aside(element: etree._Element, text: str) -> bool:
    """Whether a paragraph is not the story's: a pointer to another page, a picture credit, or
    a breadcrumb trail, kicker or row of page tools (short parts between separator marks, none
    of them a sentence, and no year that could date the page: "Politics · 2 July 2024" stays)."""
    if element.tag != "p":
        return False
    if _POINTER.match(text):
        return True
    if _SENTENCE_END.search(text):
        return False
    if _CREDIT.match(text):
        return True
    if _YEAR.search(text):
        return False
    parts = [part for part in _NAVIGATION_SEPARATOR.split(text) if part]
    return len(parts) >= 2 and all(len(part.split()) <= _NAVIGATION_PART_WORDS for part in parts)
